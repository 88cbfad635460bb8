import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../server/export/csv.ts';
import { exportDoc, sectionOf } from './exportFixture.ts';

describe('server/export/csv', () => {
  it('renders the facts, who joined and every kind of block when exporting a document', () => {
    const csv = toCsv(exportDoc());

    expect(csv).toBe(
      `\uFEFF${[
        '"Workshop";"Strategi för Örebro län"',
        '"Datum";"2025-03-14"',
        '"Plats";"Lindesberg"',
        '"Beskrivning";""',
        '"Kod";"ABCDEFGH"',
        '"Exporterad";"2025-03-14T12:00:00.000Z"',
        '',
        '"Deltagare per sektor"',
        '"Sektor";"Har gått med"',
        '"Offentlig sektor";3',
        '"Näringsliv";0',
        '"Akademi";0',
        '"Civilsamhälle";1',
        '"Annat";0',
        '"Vill inte ange";0',
        '"Alla";4',
        '',
        '"Prickröstning";"dots"',
        '',
        '"Fråga";"Vad ska länet satsa på?"',
        '',
        '"Prickar per deltagare";5',
        '',
        '"Placering";"Prioritering";"Prickar totalt"',
        '1;"Kollektivtrafik";4',
        '"–";"Dold (dold, räknas inte)";"–"',
        '',
        '"Dolda prioriteringar räknas inte."',
        '',
        '"Har röstat, per sektor"',
        '"Sektor";"Har röstat"',
        '"Offentlig sektor";2',
        '',
        '"Sammanslagen från"',
        '"1. Mål";"Ett (Civilsamhälle)"',
      ].join('\r\n')}\r\n`,
    );
  });

  it('uses the chosen language for the facts when lang is en', () => {
    const lines = toCsv(exportDoc([], { lang: 'en' })).split('\r\n');

    expect(lines[0]).toBe('\uFEFF"Workshop";"Strategi för Örebro län"');
    expect(lines).toContain('"Civil society";1');
    expect(lines).toContain('"All";4');
  });

  it('prefixes an apostrophe when a cell starts with = + - @ or a tab', () => {
    const texts = ['=1+1', '+46 70', '-2', '@SUM(A1)', '\tx', 'a=b', 'åäö = ok', '– streck'];
    const doc = exportDoc(
      [
        sectionOf({
          kind: 'table',
          columns: [{ label: '=label', numeric: false }],
          rows: texts.map((t) => [t]),
        }),
        {
          title: '@titel',
          type: 'list',
          blocks: [{ kind: 'list', heading: '+h', items: [{ text: '-a', children: ['=b'] }] }],
        },
      ],
      { lang: 'en', title: '=cmd|"/c calc"!A1' },
    );

    const lines = toCsv(doc).split('\r\n');

    expect(lines[0]).toBe(`\uFEFF"Workshop";"'=cmd|""/c calc""!A1"`);
    expect(lines).toContain(`"'=label"`);
    for (const [i, expected] of [
      `"'=1+1"`,
      `"'+46 70"`,
      `"'-2"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      '"a=b"',
      '"åäö = ok"',
      '"– streck"',
    ].entries())
      expect(lines[lines.indexOf(`"'=label"`) + 1 + i]).toBe(expected);
    expect(lines).toContain(`"'@titel";"list"`);
    expect(lines).toContain(`"'+h"`);
    expect(lines).toContain(`"'-a";"'=b"`);
  });

  it('prefixes an apostrophe when a formula hides behind a NUL, a line break, spaces or invisible marks', () => {
    const texts = [
      '\0=HYPERLINK("http://evil","x")',
      '\0',
      '\r=1+1',
      '\n=1+1',
      ' =1+1',
      '\u00A0@SUM(A1)',
      '\u200B=1',
      '\uFEFF=1',
      '\u202E=1',
      '\u3000+1',
      '\x1B[31m',
    ];
    const lines = toCsv(
      exportDoc([
        sectionOf({ kind: 'table', columns: [{ label: 'x', numeric: false }], rows: texts.map((t) => [t]) }),
      ]),
    ).split('\r\n');
    const body = lines.join('\r\n');

    for (const t of texts) expect(body).toContain(`"'${t.replaceAll('"', '""')}"`);
  });

  it('prefixes an apostrophe when a cell starts with a full-width = + - or @', () => {
    const texts = ['\uFF1D1+1', '\uFF0B46', '\uFF0D2', '\uFF20SUM(A1)', '\uFE62x', '\uFE63x', '\uFE66x'];
    const lines = toCsv(
      exportDoc([
        sectionOf({ kind: 'table', columns: [{ label: 'x', numeric: false }], rows: texts.map((t) => [t]) }),
      ]),
    ).split('\r\n');

    for (const t of texts) expect(lines).toContain(`"'${t}"`);
  });

  it('leaves a text alone when it only has spaces before ordinary words', () => {
    const lines = toCsv(
      exportDoc([
        sectionOf({
          kind: 'table',
          columns: [{ label: 'x', numeric: false }],
          rows: [[' text'], ['\u202Etext']],
        }),
      ]),
    ).split('\r\n');

    expect(lines).toContain('" text"');
    expect(lines).toContain('"\u202Etext"');
  });

  it('keeps numbers unquoted and negative numbers as numbers when cells are numeric', () => {
    const lines = toCsv(
      exportDoc([sectionOf({ kind: 'fields', fields: [{ label: 'Antal', value: -3 }] })]),
    ).split('\r\n');
    expect(lines).toContain('"Antal";-3');
  });

  it('quotes separators, quotes and line breaks inside a cell when texts contain them', () => {
    const lines = toCsv(exportDoc([sectionOf({ kind: 'text', label: 'Fråga', text: 'a;b "c"\nd' })])).split(
      '\r\n',
    );
    // The line break stays inside the quoted cell; rows end with CRLF.
    expect(lines).toContain('"Fråga";"a;b ""c""\nd"');
  });
});
