import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CreatedFromTemplate, TemplateSummary } from '../../../shared/protocol/templates.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';

// A release without the ranking, matrix and ideas types: the built-in templates must still work.
vi.mock('../../../server/activities/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../server/activities/index.ts')>();
  const missing = new Set(['ranking', 'matrix', 'ideas']);
  return {
    ...real,
    moduleOf: (type: string) => (missing.has(type) ? null : real.moduleOf(type)),
    ACTIVITY_TYPES: real.ACTIVITY_TYPES.filter((t) => !missing.has(t)),
  };
});

describe('built-in templates when some of their types are not registered', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('marks the missing steps in the list and leaves them out of the new workshop', async () => {
    const room = await openRoom(h, []);
    const listed = await api<TemplateSummary[]>(room.url, 'GET', '/api/templates', {
      cookie: room.facilitator,
    });
    expect(listed.body[0]?.steps.map((s) => [s.type, s.available])).toEqual([
      ['question', true],
      ['ideas', false],
      ['ranking', false],
      ['question', true],
    ]);
    const rus = await api<CreatedFromTemplate>(
      room.url,
      'POST',
      '/api/templates/builtin-rus-dialog/workshops',
      {
        cookie: room.facilitator,
        body: { title: 'RUS', date: '2026-03-04' },
      },
    );
    expect(rus.status).toBe(201);
    expect(rus.body.workshop.agenda.map((a) => [a.type, a.title, a.status])).toEqual([
      ['question', 'Inledande fråga', 'open'],
      ['question', 'Reflektion', 'draft'],
    ]);
    expect(rus.body.skipped).toEqual([
      { type: 'ideas', title: 'Idéinsamling', reason: 'unknown-type' },
      { type: 'ranking', title: 'Prioritering', reason: 'unknown-type' },
    ]);
    const risk = await api<CreatedFromTemplate>(
      room.url,
      'POST',
      '/api/templates/builtin-riskworkshop/workshops',
      {
        cookie: room.facilitator,
        body: { title: 'Risker', date: '2026-03-04' },
      },
    );
    expect(risk.body.workshop.agenda.map((a) => a.type)).toEqual(['list']);
    expect(risk.body.workshop.liveActivityId).toBe(risk.body.workshop.agenda[0]?.id);
    expect(risk.body.skipped.map((s) => s.type)).toEqual(['matrix', 'ideas']);
  });
});
