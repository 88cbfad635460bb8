import * as Y from 'yjs';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { TEXTS_KEY } from '../../shared/protocol/yjsDoc.ts';

/** A text a client may write in: the priority text stored under `key` in the texts map. */
export interface TextPlace {
  key: string;
  text: Y.Text;
}

/** Where an item sits, or why nobody but the server may write there. */
export type Place = TextPlace | ErrorCode;

/**
 * The place of an item whose parent type is `type` (with `parentSub`, the map key or attribute
 * name it is stored under). Only the characters of a live Y.Text that is a value of the texts
 * map are text; the map's own entries are its keys.
 */
export function placeIn(doc: Y.Doc, type: unknown, parentSub: string | null): Place {
  if (!(type instanceof Y.AbstractType)) return 'YJS_NOT_TEXT';
  if (type === doc.share.get(TEXTS_KEY)) return 'YJS_KEY_CHANGE';
  const entry = type._item;
  if (entry === null) return 'YJS_NEW_ROOT';
  // Y.XmlText extends Y.Text but is not one of our texts, hence the exact constructor.
  if (!(type instanceof Y.Text) || type.constructor !== Y.Text) return 'YJS_NOT_TEXT';
  if (entry.deleted || entry.parent !== doc.share.get(TEXTS_KEY)) return 'YJS_NOT_TEXT';
  // A parentSub inside a text is an attribute, not a character.
  if (entry.parentSub === null || parentSub !== null) return 'YJS_NOT_TEXT';
  return { key: entry.parentSub, text: type };
}

/** The place of an item the server already has, found by id (the caller knows it exists). */
export function placeOfStored(doc: Y.Doc, id: Y.ID): Place {
  const struct: Y.Item | Y.GC = Y.getItem(doc.store, id);
  // Content whose parent was deleted: nobody writes there any more.
  if (!(struct instanceof Y.Item)) return 'YJS_NOT_TEXT';
  return placeIn(doc, struct.parent, struct.parentSub);
}

/**
 * The type an item names as its parent when it has neither left nor right origin: a root name
 * (a string) or the id of the item that holds the type.
 */
export function placeOfParent(
  doc: Y.Doc,
  parent: unknown,
  parentSub: string | null,
  known: (client: number) => number,
): Place {
  if (typeof parent === 'string') return parent === TEXTS_KEY ? 'YJS_KEY_CHANGE' : 'YJS_NEW_ROOT';
  if (!(parent instanceof Y.ID)) return 'YJS_NOT_TEXT';
  if (parent.clock >= known(parent.client)) return 'YJS_MISSING_DEPENDENCY';
  const holder: Y.Item | Y.GC = Y.getItem(doc.store, parent);
  if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return 'YJS_NOT_TEXT';
  return placeIn(doc, holder.content.type, parentSub);
}

export function samePlace(a: Place, b: Place): boolean {
  return typeof a === 'string' || typeof b === 'string' ? a === b : a.text === b.text;
}
