import { describe, expect, it } from 'vitest';
import { defineStrings, loadTypeEnglish } from '../../../../client/i18n/typeStrings.ts';

const sv = { greeting: 'Hej {{name}}', group: { count: '{{n}} prickar' } };
const en = { greeting: 'Hi {{name}}', group: { count: '{{n}} dots' } };

describe('client/i18n/typeStrings', () => {
  it('says a word with its params filled in, nested keys included, when English comes inline', () => {
    const { table } = defineStrings(sv, en);
    expect(table.t('greeting', { name: 'Ada' }, 'sv')).toBe('Hej Ada');
    expect(table.t('group.count', { n: 3 }, 'sv')).toBe('3 prickar');
    expect(table.t('group.count', { n: 3 }, 'en')).toBe('3 dots');
  });

  it('loads English once, when the language switches to English, when it has a loader', async () => {
    let loads = 0;
    const strings = defineStrings(sv, async () => {
      loads++;
      return en;
    });
    expect(strings.table.table('en')).toBeUndefined();
    expect(loads).toBe(0);

    await loadTypeEnglish();
    await loadTypeEnglish();

    expect(loads).toBe(1);
    expect(strings.table.t('greeting', { name: 'Ada' }, 'en')).toBe('Hi Ada');
  });
});
