import * as Y from 'yjs';
import { activePriorities } from '../../../shared/activities/list/rules.ts';
import type { ListConfig } from '../../../shared/activities/list/types.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { plainTextOf, yTextOf } from '../../../shared/protocol/yjsTexts.ts';
import { SERVER_ORIGIN } from '../../collab/liveDoc.ts';
import type { ActivityContext } from '../module.ts';

type Ctx = ActivityContext<ListConfig>;

/*
 * A hidden item's text leaves the list's shared document. Every reader of a Yjs document gets all
 * of it, and filtering it per reader would make replicas diverge (Yjs THREAT_MODEL.md), so hiding
 * a text from participants and the projector means taking it out: the server keeps it in the
 * item's row (`hidden_text`), deletes the item's entry from the texts map (Yjs then collects its
 * characters: a client that syncs afterwards gets no trace of them) and compacts the stored log,
 * so the words leave `doc_updates` too. Facilitators read it from their staff view and the core's
 * `texts()`; showing the item again writes it back as a new text. Nobody can write into a hidden
 * item through Yjs meanwhile: its text is deleted, so every update into it is refused whole.
 */

/** The text of an item of this list: the kept copy while it is hidden, else the document's. */
export function itemText(ctx: Ctx, itemId: string): string {
  const kept = ctx.repos.items.hiddenTexts(ctx.activity.id).get(itemId);
  return kept ?? plainTextOf(ctx.doc()?.doc.getMap<unknown>(TEXTS_KEY).get(itemId));
}

/**
 * Hides or shows an active item. Hiding stores the text before it leaves the document, and
 * showing writes the document before the kept copy is cleared, so a crash between the two steps
 * never loses the text; either command may be repeated to finish what a crash left half done.
 */
export function setHidden(ctx: Ctx, itemId: string, hidden: boolean): Result<null> {
  const a = ctx.activity;
  const item = activePriorities(ctx.items(a.id)).find((p) => p.id === itemId);
  if (!item) return fail('NOT_FOUND');
  const live = ctx.doc();
  if (!live) return fail('DOCUMENT_UNREADABLE');
  const texts = live.doc.getMap<unknown>(TEXTS_KEY);
  const kept = ctx.repos.items.hiddenTexts(a.id).get(itemId);
  if (hidden) {
    // The document's text is the newest when there is one (an item hidden before texts were
    // taken out of the document, or a hide a crash cut short).
    const inDoc = texts.has(itemId);
    const text = inDoc ? plainTextOf(texts.get(itemId)) : (kept ?? '');
    ctx.repos.transaction(() => {
      ctx.repos.items.setHidden(a.id, itemId, true);
      ctx.repos.items.setHiddenText(a.id, itemId, text);
    });
    if (inDoc) {
      live.doc.transact(() => texts.delete(itemId), SERVER_ORIGIN);
      live.compact();
    }
  } else {
    if (kept !== undefined) {
      live.doc.transact(() => {
        const current = yTextOf(texts.get(itemId));
        // Already written back by a show that a crash cut short: the same text, left as it is.
        if (current?.toString() !== kept) texts.set(itemId, new Y.Text(kept));
      }, SERVER_ORIGIN);
    }
    ctx.repos.transaction(() => {
      ctx.repos.items.setHidden(a.id, itemId, false);
      ctx.repos.items.setHiddenText(a.id, itemId, null);
    });
  }
  ctx.viewChanged();
  return ok(null);
}

/**
 * Appends merged words to a hidden target's kept text, which is not in the document; returns
 * false when the target's text is in the document (the caller writes there).
 */
export function appendToHidden(ctx: Ctx, itemId: string, appended: string): boolean {
  const kept = ctx.repos.items.hiddenTexts(ctx.activity.id).get(itemId);
  if (kept === undefined) return false;
  ctx.repos.items.setHiddenText(ctx.activity.id, itemId, kept + appended);
  return true;
}
