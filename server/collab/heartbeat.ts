/** Each connection's turn comes once in this period: pinged, and sent a heartbeat if quiet. */
export const HEARTBEAT_MS = 15_000;
/** How often turns are looked for; a turn is at most this late. */
export const HEARTBEAT_TICK_MS = 1000;
/**
 * y-websocket closes a connection after 30 s without a message. One quiet for this long gets a
 * heartbeat at its turn, so the longest silence is under HEARTBEAT_MS + QUIET_MS + a tick (23.5 s).
 */
const QUIET_MS = HEARTBEAT_MS / 2;

export interface Beating {
  /** Cleared at each turn, set again by the pong; still clear at the next turn means gone. */
  alive: boolean;
  lastSentAt: number;
  /** When this connection's next turn is due. */
  beatAt: number;
  ping(): void;
  heartbeat(): void;
  terminate(): void;
}

/** A new connection's first turn, at a random point of the period. */
export const firstBeat = (now: number, random: () => number = Math.random): number =>
  now + Math.floor(random() * HEARTBEAT_MS);

/**
 * Runs the turns that are due. Each connection has its own offset in the period, so a hall of a
 * thousand is not pinged in one tick (which stalled co-editing for everyone in that tick), and a
 * connection that is sent updates anyway gets no heartbeat at all.
 */
export function beat(conns: Iterable<Beating>, now: number): void {
  for (const c of conns) {
    if (c.beatAt > now) continue;
    c.beatAt = now + HEARTBEAT_MS;
    if (!c.alive) {
      c.terminate();
      continue;
    }
    c.alive = false;
    c.ping();
    if (now - c.lastSentAt >= QUIET_MS) c.heartbeat();
  }
}
