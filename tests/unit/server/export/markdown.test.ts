import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../../server/export/labels.ts';
import { toMarkdown } from '../../../../server/export/markdown.ts';
import { exportData, row } from './exportFixture.ts';

describe('server/export/markdown', () => {
  it('writes a table row per priority with dots per sector when exporting', () => {
    const md = toMarkdown(exportData([row(1, 'Kollektivtrafik', 4)]), LABELS.sv);

    expect(md.startsWith('# Strategi för Örebro län\n')).toBe(true);
    expect(md).toContain('| Ordning | Prioritering | Prickar totalt | Offentlig sektor | Näringsliv |');
    expect(md).toContain('| 1 | Kollektivtrafik | 4 | 4 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('| Offentlig sektor | 3 | 2 |');
    expect(md).toContain('| Civilsamhälle | 1 | 0 |');
  });

  it('escapes Markdown and HTML characters when texts contain them', () => {
    const md = toMarkdown(
      exportData([row(1, 'a | b *fet* _kursiv_ `kod` [länk](x) <script> # \\')], {
        title: '# Rubrik <b>',
        place: 'Nora | Kumla',
      }),
      LABELS.sv,
    );

    expect(md.startsWith('# \\# Rubrik \\<b\\>\n')).toBe(true);
    expect(md).toContain('- **Plats:** Nora \\| Kumla');
    expect(md).toContain(
      '| 1 | a \\| b \\*fet\\* \\_kursiv\\_ \\`kod\\` \\[länk\\](x) \\<script\\> \\# \\\\ | 0 |',
    );
    expect(md).not.toContain('<script>');
  });

  it('turns line breaks into <br> when a text has several lines', () => {
    const md = toMarkdown(exportData([row(1, 'Rad ett\nRad två\r\nRad tre')]), LABELS.sv);
    expect(md).toContain('| 1 | Rad ett<br>Rad två<br>Rad tre | 0 |');
  });

  it('lists provenance under the first line when a priority was merged', () => {
    const merged = row(1, 'Mål\nmer', 0, {
      hidden: true,
      mergedFrom: [{ priorityId: 'x1xxxx', text: 'Källa *1*', createdBySector: 'civil', mergedAt: '' }],
    });

    const md = toMarkdown(exportData([merged]), LABELS.en);

    expect(md).toContain('| 1 | Mål<br>mer (hidden, not counted) | – | – |');
    expect(md).toContain('### Merged from\n\n- 1. Mål\n  - Källa \\*1\\* (Civil society)');
  });

  it('writes dashes instead of counts and says why when a priority is hidden', () => {
    const md = toMarkdown(exportData([row(1, 'Synlig', 2), row(2, 'Dold', 0, { hidden: true })]), LABELS.sv);

    expect(md).toContain('| 1 | Synlig | 2 | 2 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('| 2 | Dold (dold, räknas inte) | – | – | – | – | – | – | – |');
    expect(md).toContain(`\n\n${LABELS.sv.hiddenNote}\n`);
  });

  it('leaves out the note on hidden priorities when none is hidden', () => {
    expect(toMarkdown(exportData([row(1, 'Synlig', 2)]), LABELS.sv)).not.toContain(LABELS.sv.hiddenNote);
  });
});
