import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applyAction,
  type Capabilities,
  CONTROL_ACTIONS,
  type ControlAction,
} from '../../../../shared/domain/control.ts';
import { ACTIVITY_STATUSES, type ActivitySummary } from '../../../../shared/domain/workshop.ts';

type State = Pick<ActivitySummary, 'status' | 'locked' | 'revealed'>;

const both = [false, true] as const;

/** Every state an activity can be in. */
const STATES: State[] = ACTIVITY_STATUSES.flatMap((status) =>
  both.flatMap((locked) => both.map((revealed) => ({ status, locked, revealed }))),
);

/** Every combination of capabilities a type may declare. */
const CAPS: Capabilities[] = both.flatMap((document) =>
  both.flatMap((results) => both.map((responses) => ({ document, results, responses }))),
);

interface Case {
  state: State;
  caps: Capabilities;
  live: boolean;
  offered: ControlAction[];
}

const CASES: Case[] = STATES.flatMap((state) =>
  CAPS.flatMap((caps) =>
    both.map((live) => ({ state, caps, live, offered: allowedActions(state, caps, live) })),
  ),
);

const show = (c: Case, action?: ControlAction) =>
  `${JSON.stringify(c.state)} ${JSON.stringify(c.caps)} live=${c.live}${action ? ` ${action}` : ''}`;

/** What each action must have done to the activity, checked on the state after it. */
const EFFECT: Record<ControlAction, (before: State, after: State) => boolean> = {
  live: (b, a) => a.status === b.status && a.locked === b.locked && a.revealed === b.revealed,
  reset: (b, a) => a.status === b.status && a.locked === b.locked && a.revealed === b.revealed,
  // A new round's results are the facilitator's to reveal when ready.
  open: (b, a) => a.status === 'open' && a.locked === b.locked && !a.revealed,
  close: (b, a) => a.status === 'closed' && a.locked === b.locked && a.revealed === b.revealed,
  lock: (b, a) => a.locked && a.status === b.status && a.revealed === b.revealed,
  unlock: (b, a) => !a.locked && a.status === b.status && a.revealed === b.revealed,
  reveal: (b, a) => a.revealed && a.status === b.status && a.locked === b.locked,
  hide: (b, a) => !a.revealed && a.status === b.status && a.locked === b.locked,
};

/** The action that takes an activity back, where there is one. */
const UNDO: Partial<Record<ControlAction, ControlAction>> = {
  open: 'close',
  close: 'open',
  lock: 'unlock',
  unlock: 'lock',
  reveal: 'hide',
  hide: 'reveal',
};

describe('shared/domain/control', () => {
  it('walks every status, lock, reveal, live flag and capability set', () => {
    expect(CASES).toHaveLength(3 * 2 * 2 * 8 * 2);
  });

  it('offers each known action at most once when asked in any state', () => {
    const bad = CASES.filter(
      (c) =>
        new Set(c.offered).size !== c.offered.length || c.offered.some((a) => !CONTROL_ACTIONS.includes(a)),
    );
    expect(bad.map((c) => show(c))).toEqual([]);
  });

  it('does what the action names when any offered action is applied', () => {
    const bad: string[] = [];
    for (const c of CASES)
      for (const action of c.offered)
        if (!EFFECT[action](c.state, applyAction(c.state, action))) bad.push(show(c, action));
    expect(bad).toEqual([]);
  });

  it('offers no action that would change nothing when the state already is what it asks for', () => {
    // live and reset change other things (the workshop, the responses); the rest must change a field.
    const bad: string[] = [];
    for (const c of CASES)
      for (const action of c.offered)
        if (action !== 'live' && action !== 'reset' && sameState(applyAction(c.state, action), c.state))
          bad.push(show(c, action));
    expect(bad).toEqual([]);
  });

  it('offers the way back after any offered action that changes the activity', () => {
    const bad: string[] = [];
    for (const c of CASES)
      for (const action of c.offered) {
        const undo = UNDO[action];
        const after = applyAction(c.state, action);
        if (undo && !allowedActions(after, c.caps, c.live).includes(undo)) bad.push(show(c, action));
      }
    expect(bad).toEqual([]);
  });

  it('hides results when an activity is opened, revealed or not before', () => {
    for (const c of CASES.filter((x) => x.offered.includes('open')))
      expect(applyAction(c.state, 'open').revealed, show(c)).toBe(false);
    // A closed activity with revealed results is opened again: the results go.
    expect(applyAction({ status: 'closed', locked: false, revealed: true }, 'open')).toEqual({
      status: 'open',
      locked: false,
      revealed: false,
    });
  });

  it('offers open to a draft or closed activity and close to an open one, whatever its type', () => {
    for (const c of CASES) {
      expect(c.offered.includes('close'), show(c)).toBe(c.state.status === 'open');
      expect(c.offered.includes('open'), show(c)).toBe(c.state.status !== 'open');
    }
  });

  it('offers live only when the activity is not already live', () => {
    for (const c of CASES) expect(c.offered.includes('live'), show(c)).toBe(!c.live);
  });

  it('offers lock and unlock only to types with a document, by the lock', () => {
    for (const c of CASES) {
      expect(c.offered.includes('lock'), show(c)).toBe(c.caps.document && !c.state.locked);
      expect(c.offered.includes('unlock'), show(c)).toBe(c.caps.document && c.state.locked);
    }
  });

  it('offers reveal and hide only to types with results, by what is revealed', () => {
    for (const c of CASES) {
      expect(c.offered.includes('reveal'), show(c)).toBe(c.caps.results && !c.state.revealed);
      expect(c.offered.includes('hide'), show(c)).toBe(c.caps.results && c.state.revealed);
    }
  });

  it('offers reset only to types with responses, in every status', () => {
    for (const c of CASES) expect(c.offered.includes('reset'), show(c)).toBe(c.caps.responses);
  });

  it('keeps the other fields and leaves the given activity untouched when applying an action', () => {
    const activity: ActivitySummary = {
      id: 'act-1',
      type: 'dots',
      title: 'Röstning',
      status: 'open',
      locked: true,
      revealed: true,
      config: { sourceActivityId: 'list-1' },
    };
    const copy = structuredClone(activity);
    for (const action of CONTROL_ACTIONS) {
      const after = applyAction(activity, action);
      expect({ ...after, status: 0, locked: 0, revealed: 0 }).toEqual({
        ...copy,
        status: 0,
        locked: 0,
        revealed: 0,
      });
    }
    expect(activity).toEqual(copy);
  });
});

function sameState(a: State, b: State): boolean {
  return a.status === b.status && a.locked === b.locked && a.revealed === b.revealed;
}
