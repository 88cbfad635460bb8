import * as Y from 'yjs';
import type { ListConfig } from '../../../shared/activities/list/types.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import type { OwnContribution } from '../../../shared/protocol/contributions.ts';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { SERVER_ORIGIN } from '../../collab/liveDoc.ts';
import type { ActivityContext } from '../module.ts';

type Ctx = ActivityContext<ListConfig>;

/*
 * A participant's own list items ("Mina bidrag"). An item's text is co-edited: once someone else
 * has written in it, it is shared work, and removing it only takes its author's name off it.
 */

/**
 * Whether anyone but its author has written in the item: read from the text's own structs (every
 * insertion keeps its Yjs client id, deleted ones too) and from the kept versions. A hidden item's
 * text is out of the document (hide.ts), so for it only the kept versions tell. The server's
 * writes (the text the author sent with `add`) count as the author's. A merge makes both items
 * shared: the words of the one merged away live on in the other's text and provenance.
 */
function sharedWorkOf(ctx: Ctx, participantId: string): (itemId: string) => boolean {
  const a = ctx.activity;
  const own = `p:${participantId}`;
  // Read once per call of ownItems or removeOwnItem, not once per item.
  const items = new Map(ctx.items(a.id).map((p) => [p.id, p]));
  let owners: ReturnType<typeof ctx.repos.yjsClients.load> | undefined;
  return (itemId) => {
    const item = items.get(itemId);
    if (!item || item.mergedInto !== null || item.mergedFrom.length > 0) return true;
    const versionBySomeoneElse = ctx.repos.textVersions
      .authors(a.id, itemId)
      .some((author) => author !== null && author !== participantId);
    if (versionBySomeoneElse) return true;
    const text = ctx.doc()?.doc.getMap<unknown>(TEXTS_KEY).get(itemId);
    if (!(text instanceof Y.Text)) return false;
    owners ??= ctx.repos.yjsClients.load(a.id);
    for (let s = text._start; s !== null; s = s.right) {
      const owner = owners.get(s.id.client);
      // No owner: the server's own client id (its writes are the author's `add` or a restore).
      if (owner !== undefined && owner !== own) return true;
    }
    return false;
  };
}

/**
 * A hidden item's text (kept out of the document, server/activities/list/hide.ts) is shown to its
 * author only while it is their words alone: a shared one may hold what the facilitator hid.
 */
export function ownItems(ctx: Ctx, participantId: string): OwnContribution[] {
  const texts = ctx.texts(ctx.activity.id) ?? {};
  const hidden = ctx.repos.items.hiddenTexts(ctx.activity.id);
  const sharedWork = sharedWorkOf(ctx, participantId);
  return ctx.repos.items.createdBy(ctx.activity.id, participantId).map((id) => {
    const shared = sharedWork(id);
    return {
      id,
      kind: 'item' as const,
      text: shared && hidden.has(id) ? '' : (texts[id] ?? ''),
      shared,
    };
  });
}

/**
 * Removes an item its author alone wrote: its text deleted from the document (whose log is then
 * compacted, so the words leave the stored updates too) and from the kept versions, the item gone
 * from the list with its number kept, and others' dots on it dropped. Shared work is detached.
 */
export function removeOwnItem(
  ctx: Ctx,
  participantId: string,
  itemId: string,
): Result<'removed' | 'detached'> {
  const a = ctx.activity;
  if (!ctx.repos.items.createdBy(a.id, participantId).includes(itemId)) return fail('NOT_FOUND');
  if (sharedWorkOf(ctx, participantId)(itemId)) {
    ctx.repos.items.detach(a.id, itemId);
    return ok('detached');
  }
  const live = ctx.doc();
  if (!live) return fail('DOCUMENT_UNREADABLE');
  live.doc.transact(() => live.doc.getMap<unknown>(TEXTS_KEY).delete(itemId), SERVER_ORIGIN);
  ctx.repos.transaction(() => {
    ctx.repos.items.remove(a.id, itemId);
    ctx.repos.textVersions.dropItem(a.id, itemId);
  });
  live.compact();
  ctx.viewChanged();
  ctx.itemRemoved(itemId);
  return ok('removed');
}
