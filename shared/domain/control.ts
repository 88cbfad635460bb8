import type { ActivitySummary } from './workshop.ts';

/**
 * The facilitator's controls of one activity (`activity:control`).
 * live: every phone follows it. open/close: contributions. lock/unlock: co-edited texts.
 * reveal/hide: results for participants and the projector. reset: delete every response.
 */
export const CONTROL_ACTIONS = [
  'live',
  'open',
  'close',
  'lock',
  'unlock',
  'reveal',
  'hide',
  'reset',
] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** What an activity type has, which decides the controls that make sense for it. */
export interface Capabilities {
  /** Co-edited texts (a Yjs document) that a lock freezes. */
  document: boolean;
  /** Results that can be revealed. */
  results: boolean;
  /** Stored responses that a reset deletes. */
  responses: boolean;
}

type ControlState = Pick<ActivitySummary, 'status' | 'locked' | 'revealed'>;

/**
 * What the facilitator may do with an activity now. The server refuses every other action
 * (WRONG_PHASE) and the control room offers exactly these, so no button leads to a refusal.
 */
export function allowedActions(a: ControlState, caps: Capabilities, isLive: boolean): ControlAction[] {
  const out: ControlAction[] = [];
  if (!isLive) out.push('live');
  out.push(a.status === 'open' ? 'close' : 'open');
  if (caps.document) out.push(a.locked ? 'unlock' : 'lock');
  if (caps.results) out.push(a.revealed ? 'hide' : 'reveal');
  if (caps.responses) out.push('reset');
  return out;
}

/** The state after an allowed action; `reset` and `live` change no field of the activity itself. */
export function applyAction<T extends ControlState>(a: T, action: ControlAction): T {
  switch (action) {
    case 'open':
      // Results of a new round are the facilitator's to reveal when ready.
      return { ...a, status: 'open', revealed: false };
    case 'close':
      return { ...a, status: 'closed' };
    case 'lock':
      return { ...a, locked: true };
    case 'unlock':
      return { ...a, locked: false };
    case 'reveal':
      return { ...a, revealed: true };
    case 'hide':
      return { ...a, revealed: false };
    default:
      return a;
  }
}
