import * as Y from 'yjs';
import { yTextOf } from '../../shared/protocol/yjsTexts.ts';

/**
 * The item's Y.Text for the server to write into (call inside a transaction). A value that is
 * not a text (stored before writes were checked) or a missing one is replaced by an empty text.
 */
export function writableText(texts: Y.Map<unknown>, itemId: string): Y.Text {
  const existing = yTextOf(texts.get(itemId));
  if (existing) return existing;
  const created = new Y.Text();
  texts.set(itemId, created);
  return created;
}
