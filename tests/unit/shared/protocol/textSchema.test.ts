import { describe, expect, it } from 'vitest';
import { listCommands } from '../../../../shared/activities/list/schema.ts';
import { agendaAddPayload, createWorkshopBody, joinBody } from '../../../../shared/protocol/schemas.ts';
import { saveTemplateBody } from '../../../../shared/protocol/templates.ts';
import { text } from '../../../../shared/protocol/textSchema.ts';

/** "é" as e + combining acute (NFD) and as one code point (NFC): the same text to a reader. */
const DECOMPOSED = 'Cafe\u0301 O\u0308rebro';
const COMPOSED = 'Café Örebro';

describe('shared/protocol/textSchema', () => {
  it('returns one Unicode form when the same words arrive composed or decomposed', () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    expect(text(50).parse(DECOMPOSED)).toBe(COMPOSED);
    expect(text(50).parse(COMPOSED)).toBe(COMPOSED);
  });

  it('trims, then counts the length in the normalised form when a text is near the limit', () => {
    // 5 letters typed decomposed are 10 code units, 5 after NFC.
    expect(text(5).parse('  e\u0301e\u0301e\u0301e\u0301e\u0301  ')).toBe('ééééé');
    expect(text(5).safeParse('éééééé').success).toBe(false);
  });

  it('refuses a text far above the limit before normalising it', () => {
    expect(text(10).safeParse(' '.repeat(41)).success).toBe(false);
    expect(text(10).safeParse(`${' '.repeat(30)}abc`).data).toBe('abc');
  });

  it('keeps min and default working when a schema builds on it', () => {
    expect(text(5).min(1).safeParse('   ').success).toBe(false);
    expect(text(5).default('').parse(undefined)).toBe('');
  });

  it('normalises names, titles and list texts at every boundary that takes them', () => {
    expect(joinBody.parse({ code: 'ABCDEFGH', sector: 'public', displayName: DECOMPOSED }).displayName).toBe(
      COMPOSED,
    );
    expect(
      joinBody.parse({ code: 'ABCDEFGH', sector: 'public', organisation: DECOMPOSED }).organisation,
    ).toBe(COMPOSED);
    expect(
      createWorkshopBody.parse({ title: DECOMPOSED, date: '2026-01-01', priorities: [DECOMPOSED] }),
    ).toMatchObject({ title: COMPOSED, priorities: [COMPOSED] });
    expect(agendaAddPayload.parse({ type: 'list', title: DECOMPOSED }).title).toBe(COMPOSED);
    expect(saveTemplateBody.parse({ title: DECOMPOSED }).title).toBe(COMPOSED);
    expect(listCommands.add.parse({ text: DECOMPOSED }).text).toBe(COMPOSED);
  });
});
