import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, moduleOf } from '../../../../server/activities/index.ts';
import type { ActivityModule } from '../../../../server/activities/module.ts';
import type { ActivityRecord } from '../../../../server/db/activityRepo.ts';

const MODULES: ActivityModule<unknown>[] = ACTIVITY_TYPES.map((type) => {
  const m = moduleOf(type);
  if (!m) throw new Error(`no module for ${type}`);
  return m;
});

/** Payloads no command or response should take. */
const GARBAGE: unknown[] = [
  undefined,
  null,
  0,
  'add',
  true,
  [],
  [{}],
  {},
  { junk: 1 },
  { itemId: 1, sourceId: null, text: 42, allocation: 'all' },
  { text: '', itemId: '', hidden: 'yes', toIndex: -1, sourceId: '../x', targetId: '' },
  { text: 'x'.repeat(100_000) },
  { allocation: { 'not an id!': 1 } },
  { allocation: { abcdef: -1 } },
  { allocation: { abcdef: 1.5 } },
];

const record = (type: string, i: number): ActivityRecord => ({
  id: `activity-${i}`,
  workshopId: 'workshop-1',
  type,
  position: i,
  title: '',
  config: {},
  configVersion: 1,
  status: 'draft',
  locked: false,
  revealed: false,
  createdAt: '2025-03-14T10:00:00.000Z',
});

/** An agenda with one activity of every registered type, so each type finds what it builds on. */
const AGENDA: ActivityRecord[] = ACTIVITY_TYPES.map(record);

describe('server/activities registry', () => {
  it('registers the list and dot voting types once each', () => {
    expect([...ACTIVITY_TYPES].sort()).toEqual([
      'dots',
      'ideas',
      'list',
      'matrix',
      'poll',
      'question',
      'ranking',
      'scale',
      'wordcloud',
    ]);
    expect(new Set(MODULES.map((m) => m.type)).size).toBe(MODULES.length);
    for (const type of ACTIVITY_TYPES) expect(moduleOf(type)?.type).toBe(type);
  });

  it('knows no module when asked for an unknown type or an object key', () => {
    for (const type of ['', 'List', 'Poll', 'constructor', '__proto__', 'toString'])
      expect(moduleOf(type)).toBeNull();
  });

  it.each(MODULES.map((m) => [m.type, m] as const))('%s: has a config version of at least 1', (_t, m) => {
    expect(Number.isInteger(m.config.version)).toBe(true);
    expect(m.config.version).toBeGreaterThanOrEqual(1);
  });

  it.each(MODULES.map((m) => [m.type, m] as const))(
    '%s: parses its defaults, stably, when added anywhere in an agenda',
    (_t, m) => {
      for (let index = 0; index <= AGENDA.length; index++) {
        const parsed = m.config.schema.safeParse(m.config.defaults(AGENDA, index));
        expect(parsed.success, `index ${index}`).toBe(true);
        // What is stored is parsed again on every update and migrated from its own version as a no-op.
        expect(m.config.schema.parse(parsed.data)).toEqual(parsed.data);
        expect(m.config.schema.parse(m.config.migrate(parsed.data, m.config.version))).toEqual(parsed.data);
      }
    },
  );

  it.each(MODULES.map((m) => [m.type, m] as const))('%s: refuses garbage as config', (_t, m) => {
    for (const g of [null, 0, 'x', [], { junk: 1 }, { prompt: 7 }, { sourceActivityId: 'a b' }])
      expect(m.config.schema.safeParse(g).success, JSON.stringify(g)).toBe(false);
  });

  it.each(MODULES.map((m) => [m.type, m] as const))(
    '%s: refuses garbage in every command and response',
    (_t, m) => {
      const schemas = Object.entries(m.commands).map(([name, c]) => [name, c.schema] as const);
      if (m.response) schemas.push(['response', m.response.schema]);
      const accepted: string[] = [];
      for (const [name, schema] of schemas)
        for (const g of GARBAGE)
          if (schema.safeParse(g).success) accepted.push(`${name} ${JSON.stringify(g)}`);
      expect(accepted).toEqual([]);
    },
  );

  it.each(MODULES.map((m) => [m.type, m] as const))('%s: names who may send each command', (_t, m) => {
    for (const [name, c] of Object.entries(m.commands)) {
      expect(c.roles.length, name).toBeGreaterThan(0);
      for (const role of c.roles) expect(['participant', 'facilitator', 'projector'], name).toContain(role);
    }
  });

  it.each(MODULES.map((m) => [m.type, m] as const))(
    '%s: declares exactly the capabilities its hooks provide',
    (_t, m) => {
      // The controls follow the caps: reveal without results, or reset without responses, would do nothing.
      expect(m.caps.responses).toBe(m.response !== undefined);
      expect(m.caps.document).toBe(m.document !== undefined);
      expect(m.caps.results).toBe(m.results !== undefined);
      if (m.redact) expect(m.caps.results).toBe(true);
    },
  );
});
