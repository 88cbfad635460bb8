import { afterEach, describe, expect, it } from 'vitest';
import type { JoinWarning } from '../../../shared/protocol/events.ts';
import { Harness } from '../helpers/harness.ts';
import { createWorkshop, join, login } from '../helpers/http.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('scripted-join warning', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('tells the facilitators, and not the room, when joins from one address look scripted', async () => {
    // A small burst so the test stays fast; the default (60 per 10 s) is unit-tested against a hall.
    const { app } = await h.start({ env: { SAMSYN_JOIN_WARN_BURST: '5' } });
    const cookie = await login(app.url);
    const { workshop } = await createWorkshop(app.url, cookie);
    const staff = await h.socket(app.url, workshop.id, 'facilitator', cookie);
    const first = await join(app.url, workshop.code);
    const phone = await h.socket(app.url, workshop.id, 'participant', first.cookie);
    const warnings: JoinWarning[] = [];
    const phoneWarnings: JoinWarning[] = [];
    staff.socket.on('joins:warning', (w) => warnings.push(w));
    phone.socket.on('joins:warning', (w) => phoneWarnings.push(w));
    for (let i = 0; i < 6; i++) await join(app.url, workshop.code);
    await waitFor(() => warnings.length > 0, 5000, 'a warning');
    expect(warnings[0]).toMatchObject({ reason: 'burst', count: 5 });
    // Joined vs present: seven joined, one phone connected.
    const presence = await waitFor(() => staff.presence.find((p) => p.joined === 7), 5000, 'presence');
    expect(presence.total).toBe(1);
    expect(phoneWarnings).toEqual([]);
  });

  it('says nothing for a few joins below the burst', async () => {
    const { app } = await h.start({ env: { SAMSYN_JOIN_WARN_BURST: '5' } });
    const cookie = await login(app.url);
    const { workshop } = await createWorkshop(app.url, cookie);
    const staff = await h.socket(app.url, workshop.id, 'facilitator', cookie);
    const warnings: JoinWarning[] = [];
    staff.socket.on('joins:warning', (w) => warnings.push(w));
    for (let i = 0; i < 4; i++) await join(app.url, workshop.code);
    await waitFor(() => staff.presence.find((p) => p.joined === 4), 5000, 'presence of four');
    expect(warnings).toEqual([]);
  });
});
