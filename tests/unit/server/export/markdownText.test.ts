import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline } from '../../../../server/export/markdownText.ts';

describe('server/export/markdownText', () => {
  it('breaks bare web addresses so no renderer turns them into links when a text holds a URL', () => {
    expect(mdInline('se https://evil.example/x och http://a.se')).toBe(
      'se https\\://evil.example/x och http\\://a.se',
    );
    expect(mdInline('www.evil.example och WWW.a.se')).toBe('www\\.evil.example och WWW\\.a.se');
    expect(mdInline('ftp://x.se')).toBe('ftp\\://x.se');
  });

  it('breaks script, mail and data addresses when a text holds a scheme', () => {
    expect(mdInline('javascript:alert(1)')).toBe('javascript\\:alert(1)');
    expect(mdInline('JavaScript:alert(1)')).toBe('JavaScript\\:alert(1)');
    expect(mdInline('mailto:a och data:text/html')).toBe('mailto\\:a och data\\:text/html');
    expect(mdInline('anna@region.se')).toBe('anna\\@region.se');
  });

  it('keeps ordinary colons and dots when a text is not an address', () => {
    expect(mdInline('Mål: 3.5 procent, t.ex. kl 10:30')).toBe('Mål: 3.5 procent, t.ex. kl 10:30');
  });

  it('escapes link, image and HTML syntax when a text holds it', () => {
    expect(mdInline('[x](javascript:alert(1))')).toBe('\\[x\\](javascript\\:alert(1))');
    expect(mdInline('![i](http://evil/p.png)')).toBe('!\\[i\\](http\\://evil/p.png)');
    expect(mdInline('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(mdInline('&lt;b&gt; &#106;')).toBe('\\&lt;b\\&gt; \\&\\#106;');
    expect(mdInline('<https://evil>')).toBe('\\<https\\://evil\\>');
  });

  it('escapes emphasis, code, tables, strike-through and math when a text holds them', () => {
    expect(mdInline('*a* _b_ `c` | ~d~ $e$ \\')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\| \\~d\\~ \\$e\\$ \\\\');
  });

  it('keeps every line break inside the same block when a text has several lines', () => {
    expect(mdInline('a\n# b\r\n- c\r| d')).toBe('a<br>\\# b<br>- c<br>\\| d');
    expect(mdInline('a\n\n\nb')).toBe('a<br><br><br>b');
  });

  it('neutralises what would start a block when a text starts a paragraph or list item', () => {
    const cases: [string, string][] = [
      ['# rubrik', '\\# rubrik'],
      ['###### h6', '\\#\\#\\#\\#\\#\\# h6'],
      ['- punkt', '\\- punkt'],
      ['+ punkt', '\\+ punkt'],
      ['* punkt', '\\* punkt'],
      ['1. punkt', '1\\. punkt'],
      ['2) punkt', '2\\) punkt'],
      ['| a | b |', '\\| a \\| b \\|'],
      ['> citat', '\\> citat'],
      ['===', '\\==='],
      ['---', '\\---'],
      ['```js', '\\`\\`\\`js'],
      ['~~~', '\\~\\~\\~'],
      ['    kod', 'kod'],
      ['\t\tkod', 'kod'],
      ['<div>', '\\<div\\>'],
      ['[a]: https://evil', '\\[a\\]: https\\://evil'],
    ];
    for (const [text, expected] of cases) expect(mdBlock(text)).toBe(expected);
  });
});
