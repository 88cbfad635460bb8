import * as Y from 'yjs';

/**
 * Values read from the `texts` map are untrusted: a stored document may hold a number, null or
 * another shared type under a priority id (written before the server checked writes, or by a
 * future bug). Everything that reads the map goes through these, so such a value reads as an
 * absent text instead of crashing a view or an export.
 */
export function yTextOf(value: unknown): Y.Text | undefined {
  // Y.XmlText extends Y.Text, but its toString() renders markup: it is not one of our texts.
  return value instanceof Y.Text && !(value instanceof Y.XmlText) ? value : undefined;
}

/** The plain string of a text; '' for anything that is not a Y.Text. */
export function plainTextOf(value: unknown): string {
  return yTextOf(value)?.toString() ?? '';
}
