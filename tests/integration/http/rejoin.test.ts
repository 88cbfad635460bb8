import { afterEach, describe, expect, it } from 'vitest';
import type { JoinPreview, ParticipantProfile } from '../../../shared/protocol/api.ts';
import { Harness, openRoom } from '../helpers/harness.ts';
import { api } from '../helpers/http.ts';

describe('http/joinRouter re-joining', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  it('keeps one participant and updates their details when a browser with a valid cookie joins again', async () => {
    const room = await openRoom(h, ['Ett'], ['public']);
    const first = room.participants[0]!;

    const again = await api<ParticipantProfile>(room.url, 'POST', '/api/join', {
      cookie: first.cookie,
      body: { code: room.workshop.code, sector: 'business', organisation: 'Bolaget AB' },
    });

    expect(again.status).toBe(200);
    expect(again.cookie).toBeNull();
    expect(again.body).toEqual({
      id: first.profile.id,
      workshopId: room.workshop.id,
      sector: 'business',
      municipality: '',
      organisation: 'Bolaget AB',
      displayName: '',
    });
    const me = await api<ParticipantProfile>(room.url, 'GET', `/api/workshops/${room.workshop.id}/me`, {
      cookie: first.cookie,
    });
    expect(me.body).toEqual(again.body);
    const csv = await api<string>(room.url, 'GET', `/api/workshops/${room.workshop.id}/export.csv?lang=en`, {
      cookie: room.facilitator,
    });
    // Counted once, in the sector they gave last.
    const lines = csv.body.split('\r\n');
    expect(lines).toContain('"Public sector";0');
    expect(lines).toContain('"Business";1');
    expect(lines).toContain('"All";1');
    const md = await api<string>(room.url, 'GET', `/api/workshops/${room.workshop.id}/export.md`, {
      cookie: room.facilitator,
    });
    const mdLines = md.body.split('\n');
    expect(mdLines).toContain('| Näringsliv | 1 |');
    expect(mdLines).toContain('| Offentlig sektor | 0 |');
    expect(mdLines).toContain('| Alla | 1 |');
  });

  it('creates a new participant when the cookie belongs to another workshop or is not valid', async () => {
    const room = await openRoom(h, [], ['public']);
    const first = room.participants[0]!;
    const forged = `samsyn_p_${room.workshop.id}=forged`;

    const withForged = await api<ParticipantProfile>(room.url, 'POST', '/api/join', {
      cookie: forged,
      body: { code: room.workshop.code, sector: 'civil' },
    });

    expect(withForged.status).toBe(201);
    expect(withForged.cookie).toMatch(new RegExp(`^samsyn_p_${room.workshop.id}=.+`));
    expect(withForged.body.id).not.toBe(first.profile.id);
  });

  it('tells the join page whether this browser has already joined', async () => {
    const room = await openRoom(h, [], ['public']);
    const path = `/api/join/${room.workshop.code}`;

    const stranger = await api<JoinPreview>(room.url, 'GET', path);
    const joined = await api<JoinPreview>(room.url, 'GET', path, { cookie: room.participants[0]!.cookie });

    expect(stranger.body.joined).toBe(false);
    expect(joined.body).toEqual({
      workshopId: room.workshop.id,
      title: 'Regional utvecklingsstrategi',
      names: 'anonymous',
      date: '2025-03-14',
      place: 'Örebro slott',
      joined: true,
      joinsOpen: true,
      dataNotice: expect.objectContaining({ organisation: null }),
    });
  });
});
