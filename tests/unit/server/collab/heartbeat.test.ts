import { describe, expect, it } from 'vitest';
import { type Beating, beat, firstBeat, HEARTBEAT_MS } from '../../../../server/collab/heartbeat.ts';

function conn(beatAt: number, lastSentAt = -HEARTBEAT_MS): Beating & { log: string[] } {
  const log: string[] = [];
  return {
    alive: true,
    lastSentAt,
    beatAt,
    log,
    ping: () => log.push('ping'),
    heartbeat: () => log.push('heartbeat'),
    terminate: () => log.push('terminate'),
  };
}

describe('collab/heartbeat', () => {
  it('spreads first turns over the period', () => {
    expect(firstBeat(1000, () => 0)).toBe(1000);
    expect(firstBeat(1000, () => 0.5)).toBe(1000 + HEARTBEAT_MS / 2);
    expect(firstBeat(1000, () => 0.999999)).toBeLessThan(1000 + HEARTBEAT_MS);
  });

  it('pings only the connections whose turn is due, and schedules their next turn', () => {
    const due = conn(100);
    const later = conn(5000);
    beat([due, later], 1000);
    expect(due.log).toEqual(['ping', 'heartbeat']);
    expect(due.beatAt).toBe(1000 + HEARTBEAT_MS);
    expect(later.log).toEqual([]);
  });

  it('sends no heartbeat to a connection that was sent something recently', () => {
    const busy = conn(0, 9000);
    beat([busy], 10_000);
    expect(busy.log).toEqual(['ping']);
  });

  it('terminates a connection that did not answer the previous ping', () => {
    const c = conn(0);
    beat([c], 0);
    beat([c], HEARTBEAT_MS);
    expect(c.log).toEqual(['ping', 'heartbeat', 'terminate']);
  });

  it('keeps the longest silence on a quiet connection under y-websocket’s 30 s', () => {
    const c = conn(0, 0);
    let lastHeard = 0;
    let longest = 0;
    for (let now = 0; now <= 120_000; now += 1000) {
      c.alive = true;
      const before = c.log.length;
      beat([c], now);
      if (c.log.slice(before).includes('heartbeat')) {
        longest = Math.max(longest, now - lastHeard);
        lastHeard = now;
        c.lastSentAt = now;
      }
    }
    expect(longest).toBeLessThan(30_000);
    expect(longest).toBeGreaterThan(0);
  });
});
