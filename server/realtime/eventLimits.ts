import type { ClientEvent, Role } from '../../shared/protocol/events.ts';
import { type Rate, TokenBuckets } from './tokenBucket.ts';

/** What an event costs the server, which decides the bucket it draws on. */
type Kind = 'ping' | 'sync' | 'act';

const KIND: Record<ClientEvent, Kind> = {
  'connection:ping': 'ping',
  'workshop:sync': 'sync',
  'text:versions': 'sync',
  'workshop:settings': 'act',
  'agenda:add': 'act',
  'agenda:update': 'act',
  'agenda:move': 'act',
  'agenda:duplicate': 'act',
  'agenda:delete': 'act',
  'activity:control': 'act',
  'activity:command': 'act',
  'activity:respond': 'act',
  'text:restore': 'act',
  'timer:start': 'act',
  'timer:pause': 'act',
  'timer:resume': 'act',
  'timer:extend': 'act',
  'timer:stop': 'act',
  'contributions:list': 'sync',
  'contributions:remove': 'act',
};

/**
 * Per person, across all their tabs. Each rate sits well above what our own client sends: a
 * fast tapper on the dot ballot bursts about ten taps a second; every tab pings every 1.5 s
 * (ten tabs, the socket cap, make 6.7 a second); a tab syncs once per (re)connect. Typing goes
 * over Yjs, not here. A script sending thousands a second gets these rates and RATE_LIMITED.
 */
export const EVENT_RATES: Record<'participant' | 'staff', Record<Kind, Rate>> = {
  participant: {
    ping: { burst: 20, perSecond: 10 },
    sync: { burst: 20, perSecond: 2 },
    act: { burst: 30, perSecond: 10 },
  },
  // Signed-in accounts the admin created: only a ceiling for a runaway script or a stolen
  // session, far above anything a control room does (moderating a wall of posts, building an
  // agenda), and above our own integration tests, which drive a control room at machine speed.
  staff: {
    ping: { burst: 200, perSecond: 50 },
    sync: { burst: 1000, perSecond: 250 },
    act: { burst: 2000, perSecond: 500 },
  },
};

/**
 * Refusals a socket may collect before it is cut: a refused event is still received and decoded
 * (up to 64 KiB each), so a script that keeps sending after RATE_LIMITED costs bandwidth until
 * its connection goes. Our own client never gets a refusal in normal use, let alone this many.
 */
export const REFUSALS: Rate = { burst: 100, perSecond: 10 };

const SWEEP_MS = 60_000;

/** Token buckets for socket events, keyed by the person (participant or account), not the socket. */
export function eventLimiter(now: () => number = Date.now) {
  const buckets = {
    participant: bucketsOf(EVENT_RATES.participant, now),
    staff: bucketsOf(EVENT_RATES.staff, now),
  };
  const refusals = new TokenBuckets(REFUSALS, now);
  const sweep = setInterval(() => {
    for (const group of Object.values(buckets)) for (const b of Object.values(group)) b.sweep();
    refusals.sweep();
  }, SWEEP_MS);
  sweep.unref();
  return {
    /** Takes one token for `person`'s event; false when refused (the event must change nothing). */
    allow(person: string, role: Role, event: string): boolean {
      // Events we do not know cost what a command costs: they still arrive and are decoded.
      const kind = Object.hasOwn(KIND, event) ? KIND[event as ClientEvent] : 'act';
      return buckets[role === 'participant' ? 'participant' : 'staff'][kind].take(person);
    },
    /** Counts a refusal on one socket; true when it has had too many and is to be closed. */
    refused: (socketId: string): boolean => !refusals.take(socketId),
    stop: () => clearInterval(sweep),
  };
}

const bucketsOf = (rates: Record<Kind, Rate>, now: () => number): Record<Kind, TokenBuckets> => ({
  ping: new TokenBuckets(rates.ping, now),
  sync: new TokenBuckets(rates.sync, now),
  act: new TokenBuckets(rates.act, now),
});
