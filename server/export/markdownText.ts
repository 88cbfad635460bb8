/**
 * The one place where participants' and facilitators' text becomes Markdown. Whatever they typed
 * must render as the same inert text: no links, images, HTML, headings, lists or tables, in
 * CommonMark and in renderers that link bare addresses (GFM's extended autolinks, linkify).
 */

/** Characters that are syntax somewhere in a line (links and images, emphasis, code, tables, HTML, math). */
const SYNTAX = /([\\`*_[\]|<>#&~$])/g;

/**
 * Addresses that renderers link without any brackets (GFM "extended autolinks", linkify):
 * `scheme://`, `www.`, e-mail addresses and the schemes that run code or open a mail client.
 * An escaped `:`, `.` or `@` renders as itself but no longer matches.
 */
const SCHEME_COLON = /:(?=\/\/)|(?<=\b(?:javascript|vbscript|data|file|mailto|xmpp|tel)):/gi;
const WWW_DOT = /(?<=\bwww)\./gi;
const AT = /@/g;

/**
 * CommonMark ends a block at any of its line endings; `<br>` keeps the break visible inside the
 * same paragraph, list item or table cell, so a second line can never start a heading or a list.
 */
const LINE_BREAK = /\r\n?|\n/g;

/** Text inside a line: a table cell, a heading, after a label or a list marker we wrote. */
export function mdInline(text: string): string {
  return text
    .replace(SYNTAX, '\\$1')
    .replace(SCHEME_COLON, '\\:')
    .replace(WWW_DOT, '\\.')
    .replace(AT, '\\@')
    .replace(LINE_BREAK, '<br>');
}

/**
 * Text that starts a block (a paragraph, a list item), where a leading "-", "+", "=" or "1."
 * would make a list, a rule or a setext heading. Leading spaces would make it code; HTML drops
 * them anyway.
 */
export function mdBlock(text: string): string {
  return mdInline(text.trimStart())
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
