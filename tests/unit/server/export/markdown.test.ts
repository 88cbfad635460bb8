import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../../server/export/markdown.ts';
import { exportDoc, sectionOf } from './exportFixture.ts';

describe('server/export/markdown', () => {
  it('renders the facts, who joined and every kind of block when exporting a document', () => {
    const md = toMarkdown(exportDoc());

    expect(md).toBe(
      [
        '# Strategi för Örebro län',
        '',
        '- **Datum:** 2025-03-14',
        '- **Plats:** Lindesberg',
        '- **Kod:** ABCDEFGH',
        '- **Exporterad:** 2025-03-14T12:00:00.000Z',
        '',
        '## Deltagare per sektor',
        '',
        '| Sektor | Har gått med |',
        '|---|---:|',
        '| Offentlig sektor | 3 |',
        '| Näringsliv | 0 |',
        '| Akademi | 0 |',
        '| Civilsamhälle | 1 |',
        '| Annat | 0 |',
        '| Vill inte ange | 0 |',
        '| Alla | 4 |',
        '',
        '## Prickröstning',
        '',
        '**Fråga:** Vad ska länet satsa på?',
        '',
        '- **Prickar per deltagare:** 5',
        '',
        '| Placering | Prioritering | Prickar totalt |',
        '|---:|---|---:|',
        '| 1 | Kollektivtrafik | 4 |',
        '| – | Dold (dold, räknas inte) | – |',
        '',
        'Dolda prioriteringar räknas inte.',
        '',
        '### Har röstat, per sektor',
        '',
        '| Sektor | Har röstat |',
        '|---|---:|',
        '| Offentlig sektor | 2 |',
        '',
        '### Sammanslagen från',
        '',
        '- 1\\. Mål',
        '  - Ett (Civilsamhälle)',
        '',
      ].join('\n'),
    );
  });

  it('uses the chosen language for the facts when lang is en', () => {
    const md = toMarkdown(exportDoc([], { lang: 'en', place: '' }));

    expect(md).toContain('- **Date:** 2025-03-14');
    expect(md).toContain('- **Place:** –');
    expect(md).toContain('| Civil society | 1 |');
    expect(md).toContain('| All | 4 |');
  });

  it('escapes Markdown and HTML characters when texts contain them', () => {
    const doc = exportDoc(
      [
        sectionOf({
          kind: 'table',
          columns: [{ label: 'a|b', numeric: false }],
          rows: [['a | b *fet* _kursiv_ `kod` [länk](x) <script> # & ~~s~~ \\']],
        }),
      ],
      { title: '# Rubrik <b>', place: 'Nora | Kumla' },
    );

    const md = toMarkdown(doc);

    expect(md.startsWith('# \\# Rubrik \\<b\\>\n')).toBe(true);
    expect(md).toContain('- **Plats:** Nora \\| Kumla');
    expect(md).toContain('| a\\|b |');
    expect(md).toContain(
      '| a \\| b \\*fet\\* \\_kursiv\\_ \\`kod\\` \\[länk\\](x) \\<script\\> \\# \\& \\~\\~s\\~\\~ \\\\ |',
    );
    expect(md).not.toContain('<script>');
  });

  it('turns line breaks into <br> when a text has several lines', () => {
    const md = toMarkdown(
      exportDoc([sectionOf({ kind: 'text', text: 'Rad ett\nRad två\r\nRad tre\rfyra' })]),
    );
    expect(md).toContain('\nRad ett<br>Rad två<br>Rad tre<br>fyra\n');
  });

  it('keeps a paragraph a paragraph when it starts like a list, a rule or a heading', () => {
    const texts = ['- punkt', '+ punkt', '1. punkt', '2) punkt', '===', '    kod', '# rubrik', '> citat'];
    const md = toMarkdown(exportDoc(texts.map((text) => sectionOf({ kind: 'text', text }))));

    for (const line of [
      '\\- punkt',
      '\\+ punkt',
      '1\\. punkt',
      '2\\) punkt',
      '\\===',
      'kod',
      '\\# rubrik',
      '\\> citat',
    ])
      expect(md).toContain(`\n\n${line}\n`);
  });

  it('escapes the section title and the labels when they hold Markdown', () => {
    const md = toMarkdown(
      exportDoc([
        {
          title: 'Steg *1*',
          type: 'list',
          blocks: [
            { kind: 'text', label: 'Fråga_a', text: 'x' },
            { kind: 'fields', fields: [{ label: 'B*', value: 'c|d' }] },
          ],
        },
      ]),
    );

    expect(md).toContain('## Steg \\*1\\*\n');
    expect(md).toContain('**Fråga\\_a:** x');
    expect(md).toContain('- **B\\*:** c\\|d');
  });
  it('leaves no live link in any kind of block when participants write addresses', () => {
    const url = 'https://evil.example/x www.evil.example javascript:alert(1) a@evil.example';
    const md = toMarkdown(
      exportDoc(
        [
          {
            title: url,
            type: 'list',
            blocks: [
              { kind: 'text', text: url },
              { kind: 'text', label: url, text: url },
              { kind: 'fields', fields: [{ label: url, value: url }] },
              { kind: 'table', heading: url, columns: [{ label: url, numeric: false }], rows: [[url]] },
              { kind: 'list', heading: url, items: [{ text: url, children: [url] }] },
            ],
          },
        ],
        { title: url, place: url, description: url },
      ),
    );

    expect(md).not.toMatch(/https:\/\/|www\.evil|javascript:|a@evil/);
    expect(
      md.match(/https\\:\/\/evil\.example\/x www\\\.evil\.example javascript\\:alert\(1\) a\\@evil/g),
    ).toHaveLength(15);
  });
});
