import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../server/export/csv.ts';
import { LABELS } from '../../../../server/export/labels.ts';
import { exportData, row } from './exportFixture.ts';

describe('server/export/csv', () => {
  it('starts with a BOM and separates cells with semicolons and rows with CRLF', () => {
    const csv = toCsv(exportData([row(1, 'Bättre vägar i Hällefors', 2)]), LABELS.sv);

    expect(csv.startsWith('\uFEFF"Workshop";"Strategi för Örebro län"\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('"Prickar per deltagare";5');
    expect(lines).toContain(
      '1;"Bättre vägar i Hällefors";2;2;0;0;0;0;0;"nej";"Förberedd av processledaren";""',
    );
    expect(lines).toContain('"Offentlig sektor";3;2');
    expect(lines).toContain('"Civilsamhälle";1;0');
    expect(lines).toContain('"Alla";4;2');
  });

  it('prefixes an apostrophe when a cell starts with = + - or @', () => {
    const rows = ['=1+1', '+46 70', '-2', '@SUM(A1)', 'a=b', 'åäö = ok'].map((text, i) => row(i + 1, text));

    const lines = toCsv(exportData(rows, { title: '=cmd|"/c calc"!A1' }), LABELS.en).split('\r\n');

    expect(lines[0]).toBe(`\uFEFF"Workshop";"'=cmd|""/c calc""!A1"`);
    const texts = lines.filter((l) => /^\d;/.test(l)).map((l) => l.split(';')[1]);
    expect(texts).toEqual([`"'=1+1"`, `"'+46 70"`, `"'-2"`, `"'@SUM(A1)"`, '"a=b"', '"åäö = ok"']);
  });

  it('lists merged-from texts and the origin sector when a priority was merged', () => {
    const merged = row(1, 'Mål', 0, {
      createdBySector: 'academia',
      hidden: true,
      mergedFrom: [
        { priorityId: 'x1xxxx', text: 'Ett', createdBySector: 'civil', mergedAt: '' },
        { priorityId: 'x2xxxx', text: 'Två', createdBySector: null, mergedAt: '' },
      ],
    });

    const lines = toCsv(exportData([merged]), LABELS.en).split('\r\n');

    expect(lines).toContain('1;"Mål";"–";"–";"–";"–";"–";"–";"–";"yes";"Academia";"Ett | Två"');
  });

  it('writes dashes and says why when a priority is hidden', () => {
    const lines = toCsv(exportData([row(1, 'Synlig', 2), row(2, 'Dold', 0, { hidden: true })]), LABELS.sv)
      .slice(1)
      .split('\r\n');

    expect(lines).toContain('1;"Synlig";2;2;0;0;0;0;0;"nej";"Förberedd av processledaren";""');
    expect(lines).toContain('2;"Dold";"–";"–";"–";"–";"–";"–";"–";"ja";"Förberedd av processledaren";""');
    expect(lines).toContain(`"${LABELS.sv.hiddenNote}"`);
  });

  it('leaves out the note on hidden priorities when none is hidden', () => {
    const csv = toCsv(exportData([row(1, 'Synlig', 2)]), LABELS.sv);
    expect(csv).not.toContain(LABELS.sv.hiddenNote);
  });

  it('writes the no-vote label when no vote has been configured', () => {
    const data = { ...exportData([]), vote: null };
    expect(toCsv(data, LABELS.en).split('\r\n')).toContain('"Dots per participant";"No vote"');
  });
});
