import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { copyV1, sha256Of, V1, V1_FILE } from '../../fixtures/v1.ts';
import { Harness } from '../helpers/harness.ts';
import { api, login } from '../helpers/http.ts';
import { dbFileOf, tempDir } from '../helpers/server.ts';

/** The rows of the Markdown table under `heading`, without its header and separator. */
function tableUnder(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) rows.push(line);
    else if (rows.length > 0) break;
  }
  return rows.slice(2);
}

describe('db/migrations from release 0.1.0: the export', () => {
  const h = new Harness();
  const fixtureHash = sha256Of(V1_FILE);
  afterEach(() => h.cleanup());
  afterAll(() => expect(sha256Of(V1_FILE)).toBe(fixtureHash));

  /** The real server on a fresh copy of the fixture, with the 0.1.0 account logged in. */
  async function loggedInOnV1() {
    const { app } = await h.start({ dataDir: path.dirname(copyV1(dbFileOf(tempDir()))), admin: false });
    return { url: app.url, cookie: await login(app.url) };
  }

  it('exports the same counts and participants by sector in Markdown and CSV when migrating', async () => {
    const { url, cookie } = await loggedInOnV1();

    const md = await api<string>(url, 'GET', `/api/workshops/${V1.rus.id}/export.md?lang=sv`, { cookie });
    expect(md.status).toBe(200);
    expect(md.body).toContain('- **Prickar per deltagare:** 5\n- **Högst per prioritering:** 3');
    expect(tableUnder(md.body, '## 1. Prioriteringar')).toEqual([
      '| 1 | Kompetensförsörjning i hela länet | Förberedd av processledaren | nej |',
      '| 2 | Kollektivtrafik på landsbygden | Förberedd av processledaren | nej |',
      '| 3 | Klimatomställning i näringslivet | Förberedd av processledaren | ja |',
      // Numbered as on every screen: number 4 was merged into "Digital infrastruktur".
      '| 5 | Unga vuxnas psykiska hälsa | Offentlig sektor | nej |',
      '| 6 | Digital infrastruktur<br>Bredband | Förberedd av processledaren | nej |',
    ]);
    expect(md.body).toContain('- 6\\. Digital infrastruktur\n  - Bredband (Förberedd av processledaren)\n');
    expect(tableUnder(md.body, '## 2. Prickröstning')).toEqual([
      '| 1 | 5 | Unga vuxnas psykiska hälsa | 5 | 2 | 0 | 3 | 0 | 0 | 0 |',
      '| 2 | 1 | Kompetensförsörjning i hela länet | 4 | 3 | 1 | 0 | 0 | 0 | 0 |',
      '| 3 | 6 | Digital infrastruktur<br>Bredband | 2 | 0 | 2 | 0 | 0 | 0 | 0 |',
      '| 4 | 2 | Kollektivtrafik på landsbygden | 1 | 0 | 1 | 0 | 0 | 0 | 0 |',
      '| – | 3 | Klimatomställning i näringslivet (dold, räknas inte) | – | – | – | – | – | – | – |',
    ]);
    expect(tableUnder(md.body, '### Har röstat, per sektor')).toEqual([
      '| Offentlig sektor | 1 | 1 |',
      '| Näringsliv | 1 | 1 |',
      '| Akademi | 1 | 1 |',
      '| Civilsamhälle | 0 | 0 |',
      '| Annat | 0 | 0 |',
      '| Vill inte ange | 0 | 0 |',
      '| Alla | 3 | 3 |',
    ]);

    const csv = await api<string>(url, 'GET', `/api/workshops/${V1.rus.id}/export.csv?lang=sv`, { cookie });
    const lines = csv.body.split('\r\n');
    expect(lines).toContain('"Kod";"XBPXBAS7"');
    const dots = lines.indexOf('"2. Prickröstning";"dots"');
    expect(dots).toBeGreaterThan(0);
    expect(lines.slice(dots).filter((l) => /^(\d+|"–");/.test(l))).toEqual([
      '1;5;"Unga vuxnas psykiska hälsa";5;2;0;3;0;0;0',
      '2;1;"Kompetensförsörjning i hela länet";4;3;1;0;0;0;0',
      '3;6;"Digital infrastruktur\nBredband";2;0;2;0;0;0;0',
      '4;2;"Kollektivtrafik på landsbygden";1;0;1;0;0;0;0',
      '"–";3;"Klimatomställning i näringslivet (dold, räknas inte)";"–";"–";"–";"–";"–";"–";"–"',
    ]);
    const sectors = lines.indexOf('"Sektor";"Har gått med";"Har röstat"');
    expect(lines.slice(sectors + 1, sectors + 8)).toEqual([
      '"Offentlig sektor";1;1',
      '"Näringsliv";1;1',
      '"Akademi";1;1',
      '"Civilsamhälle";0;0',
      '"Annat";0;0',
      '"Vill inte ange";0;0',
      '"Alla";3;3',
    ]);
  });
});
