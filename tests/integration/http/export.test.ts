import { afterEach, describe, expect, it } from 'vitest';
import { emptyBySector } from '../../../shared/domain/sectors.ts';
import { castOk, closeVote, control, hideItem, openVote, sync, tallyOf } from '../helpers/agenda.ts';
import { Harness, openRoom, type Room } from '../helpers/harness.ts';
import { join } from '../helpers/http.ts';

describe('http/exportRouter', () => {
  const h = new Harness();
  afterEach(() => h.cleanup());

  /** Public 1 voter, business 1 voter, civil joined without voting. */
  async function votedRoom(): Promise<Room> {
    const room = await openRoom(
      h,
      ['Kollektivtrafik i Hällefors', '=HYPERLINK("x")'],
      ['public', 'business'],
    );
    await join(room.url, room.workshop.code, 'civil');
    const [a, b] = room.items as [string, string];
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    await openVote(f, room.dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });
    await castOk(p1!, room.dotsId, { [a]: 3, [b]: 2 });
    await castOk(p2!, room.dotsId, { [a]: 1 });
    await closeVote(f, room.dotsId);
    return room;
  }

  async function download(room: Room, format: 'md' | 'csv', lang = 'sv') {
    const res = await fetch(`${room.url}/api/workshops/${room.workshop.id}/export.${format}?lang=${lang}`, {
      headers: { cookie: room.facilitator },
    });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  it('writes dots in total and per sector and participants by sector when exporting Markdown', async () => {
    const room = await votedRoom();

    const { res, bytes } = await download(room, 'md');
    const text = new TextDecoder().decode(bytes);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`samsyn-2025-03-14-${room.workshop.code}.md`);
    expect(text).toContain('# Regional utvecklingsstrategi\n');
    // One section per activity, in agenda order, titled by the type when the title is empty.
    expect(text.indexOf('## 1. Prioriteringar')).toBeGreaterThan(0);
    expect(text.indexOf('## 2. Prickröstning')).toBeGreaterThan(text.indexOf('## 1. Prioriteringar'));
    expect(text).toContain('- **Prickar per deltagare:** 5');
    expect(text).toContain('- **Högst per prioritering:** 3');
    expect(text).toContain('| 1 | 1 | Kollektivtrafik i Hällefors | 4 | 3 | 1 | 0 | 0 | 0 | 0 |');
    expect(text).toContain('| 2 | 2 | =HYPERLINK("x") | 2 | 2 | 0 | 0 | 0 | 0 | 0 |');
    expect(text).toContain('| Offentlig sektor | 1 | 1 |');
    expect(text).toContain('| Näringsliv | 1 | 1 |');
    expect(text).toContain('| Civilsamhälle | 1 | 0 |');
    expect(text).toContain('| Akademi | 0 | 0 |');
    expect(text).toContain('| Alla | 3 | 2 |');
  });

  it('writes a BOM, semicolons and neutralised formulas when exporting CSV', async () => {
    const room = await votedRoom();

    const { res, bytes } = await download(room, 'csv', 'en');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n');

    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe('\uFEFF"Workshop";"Regional utvecklingsstrategi"');
    expect(lines).toContain('"Dots per participant";5');
    expect(lines).toContain('1;1;"Kollektivtrafik i Hällefors";4;3;1;0;0;0;0');
    expect(lines).toContain(`2;2;"'=HYPERLINK(""x"")";2;2;0;0;0;0;0`);
    // The list's own table neutralises the formula as well.
    expect(
      lines.filter((l) => l.includes('HYPERLINK')).every((l) => l.includes(`"'=HYPERLINK(""x"")"`)),
    ).toBe(true);
    expect(lines).toContain('"Public sector";1;1');
    expect(lines).toContain('"Business";1;1');
    expect(lines).toContain('"Civil society";1;0');
    expect(lines).toContain('"All";3;2');
  });

  it('counts what the live results, projector and participants count when a hidden priority holds dots', async () => {
    const room = await openRoom(h, ['Synlig', 'Dold'], ['public', 'business']);
    const [shown, hidden] = room.items as [string, string];
    const dots = room.dotsId;
    const f = await h.socket(room.url, room.workshop.id, 'facilitator', room.facilitator);
    const projector = await h.socket(room.url, room.workshop.id, 'projector', room.facilitator);
    const [p1, p2] = await Promise.all(
      room.participants.map((p) => h.socket(room.url, room.workshop.id, 'participant', p.cookie)),
    );
    await openVote(f, dots, { dotsPerParticipant: 5, maxPerPriority: 3 });
    await castOk(p1!, dots, { [hidden]: 2 });
    await castOk(p2!, dots, { [shown]: 1, [hidden]: 3 });
    await hideItem(f, room.listId, hidden, true);
    await closeVote(f, dots);
    await control(f, dots, 'reveal');

    const live = tallyOf(await sync(f), dots);
    expect(live).toEqual({
      totalDots: 1,
      voters: 1,
      votersBySector: { ...emptyBySector(), business: 1 },
      byPriority: { [shown]: { total: 1, bySector: { ...emptyBySector(), business: 1 } } },
    });
    expect(tallyOf(await sync(projector), dots)).toEqual(live);
    expect(tallyOf(await sync(p1!), dots)).toEqual(live);

    const md = new TextDecoder().decode((await download(room, 'md')).bytes);
    expect(md).toContain('| 1 | 1 | Synlig | 1 | 0 | 1 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('| – | 2 | Dold (dold, räknas inte) | – | – | – | – | – | – | – |');
    expect(md).toContain('| Offentlig sektor | 1 | 0 |');
    expect(md).toContain('| Näringsliv | 1 | 1 |');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await download(room, 'csv')).bytes);
    const lines = csv.split('\r\n');
    expect(lines).toContain('1;1;"Synlig";1;0;1;0;0;0;0');
    expect(lines).toContain('"–";2;"Dold (dold, räknas inte)";"–";"–";"–";"–";"–";"–";"–"');
    expect(lines).toContain('2;"Dold";"Förberedd av processledaren";"ja"');
    expect(lines).toContain('"Offentlig sektor";1;0');
    expect(lines).toContain('"Alla";2;1');
  });
});
