import type { RankingItem } from '../../../shared/activities/ranking/types.ts';
import { RANKING_LIMITS } from '../../../shared/activities/ranking/types.ts';
import { fail, ok, type Result } from '../../../shared/domain/result.ts';
import type { ActivityContext } from '../module.ts';

export interface Imported {
  /** The list's visible items as ranking items (its ids, so a second fetch of the same words changes nothing). */
  items: RankingItem[];
  /** Visible items left out: empty texts, or past the most a ranking holds. */
  skipped: number;
}

/** A priority's words as one item: one Unicode form, trimmed, cut to fit (merged texts may be longer). */
function itemText(raw: string): string {
  const t = raw.normalize('NFC').trim();
  const max = RANKING_LIMITS.itemLength;
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The visible items (not hidden, not merged away) of a list of the same workshop, in the list's
 * order. Read only: the setup puts them in its form and saves them with `agenda:update`, the one
 * path on which a config is checked, stored and sent to the room.
 */
export function importFromList(ctx: ActivityContext<unknown>, listId: string): Result<Imported> {
  const source = ctx.sibling(listId);
  if (source?.type !== 'list') return fail('VALIDATION');
  const texts = ctx.texts(listId);
  if (!texts) return fail('DOCUMENT_UNREADABLE');
  const visible = ctx.items(listId).filter((i) => !i.hidden && i.mergedInto === null);
  const items = visible.flatMap((i) => {
    const text = itemText(texts[i.id] ?? '');
    return text ? [{ id: i.id, text }] : [];
  });
  const kept = items.slice(0, RANKING_LIMITS.itemsMax);
  return ok({ items: kept, skipped: visible.length - kept.length });
}
