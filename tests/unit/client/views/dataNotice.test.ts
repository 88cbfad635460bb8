import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../client/i18n/en.ts';
import type { Say } from '../../../../client/i18n/typeStrings.ts';
import { registerCatalog, translate } from '../../../../client/i18n/useT.ts';
import { contactHref, noticeDetails } from '../../../../client/views/participant/dataNotice.ts';
import { type NoticeWords, noticeWords } from '../../../../client/views/participant/noticeWords.ts';
import type { DataNotice } from '../../../../shared/protocol/api.ts';

type S = Say<NoticeWords>;
const say =
  (lang: 'sv' | 'en'): S =>
  (key, params) =>
    noticeWords.table.t(key, params ?? {}, lang);

const configured: DataNotice = {
  organisation: 'Region Exempel',
  contact: 'dataskydd@example.se',
  retentionDays: 365,
  graceDays: 30,
};
const bare: DataNotice = { organisation: null, contact: null, retentionDays: null, graceDays: 30 };

describe('client/views/participant/dataNotice', () => {
  beforeAll(async () => {
    registerCatalog('en', en);
    await noticeWords.loadEnglish();
  });

  it('says who holds the data and that it may become public, in the summary shown before joining', () => {
    expect(translate('sv', 'join.noticeSummary', { org: 'Region Exempel' })).toBe(
      'Region Exempel ansvarar för uppgifterna. Det du skriver kan bli en allmän handling.',
    );
    expect(translate('en', 'join.noticeSummary', { org: 'Region Exempel' })).toBe(
      'Region Exempel is responsible for this data. What you write may become a public record.',
    );
    // With no organisation set: words that fit any installation, no particular region's name.
    expect(translate('sv', 'join.noticeSummary', { org: translate('sv', 'join.noticeOrgFallback') })).toBe(
      'Organisationen som ordnar workshoppen ansvarar för uppgifterna. Det du skriver kan bli en allmän handling.',
    );
  });

  it('names who, why, for how long and public records, as the installation set them', () => {
    const text = noticeDetails(configured, 'Region Exempel', say('sv'));
    const rows = Object.fromEntries(text.rows.map((r) => [r.term, r.text]));
    expect(rows['Vem ansvarar']).toBe('Region Exempel');
    expect(rows.Varför).toContain('sammanställa');
    expect(rows['Hur länge']).toBe(
      'Tills processledaren tar bort workshoppen, men högst 365 dagar efter att den senast användes. Efter borttagningen är uppgifterna helt borta inom 30 dagar.',
    );
    expect(rows['Allmän handling']).toContain('offentlighetsprincipen');
    expect(text.contact).toEqual({ text: 'dataskydd@example.se', href: 'mailto:dataskydd@example.se' });
  });

  it('keeps until deleted when there is no retention rule, and has no contact to invent', () => {
    const text = noticeDetails(bare, 'Organisationen som ordnar workshoppen', say('sv'));
    expect(text.rows.find((r) => r.term === 'Hur länge')?.text).toBe(
      'Tills processledaren tar bort workshoppen. Efter borttagningen är uppgifterna helt borta inom 30 dagar.',
    );
    expect(JSON.stringify(text.rows)).not.toMatch(/Örebro|{{|undefined|null/);
    expect(text.contact).toBeNull();
  });

  it('says one day and an hour where the numbers call for it, in English too', () => {
    const text = noticeDetails({ ...bare, retentionDays: 1, graceDays: 0 }, 'X', say('en'));
    expect(text.rows.map((r) => r.term)).toEqual([
      'Who is responsible',
      'Why',
      'For how long',
      'Public record',
    ]);
    expect(text.rows[2]?.text).toBe(
      'Until the facilitator deletes the workshop, but at most 1 day after it was last used. After deletion the data is completely gone within an hour.',
    );
  });

  it('links mail and web addresses only', () => {
    expect(contactHref('https://example.se/dataskydd')).toBe('https://example.se/dataskydd');
    expect(contactHref('javascript:alert(1)')).toBeNull();
    expect(contactHref('Växeln 019-00 00 00')).toBeNull();
  });
});
