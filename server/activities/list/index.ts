import * as Y from 'yjs';
import {
  activePriorities,
  canAddPriority,
  movePriority,
  planMerge,
  viewOf,
} from '../../../shared/activities/list/rules.ts';
import { listCommands, listConfig } from '../../../shared/activities/list/schema.ts';
import {
  LIST_CAPS,
  LIST_TYPE,
  type ListConfig,
  type ListView,
  type PriorityMeta,
} from '../../../shared/activities/list/types.ts';
import { batchInstants, itemNumbers } from '../../../shared/domain/itemNumbers.ts';
import { fail, ok } from '../../../shared/domain/result.ts';
import type { Sector } from '../../../shared/domain/sectors.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { TEXTS_KEY } from '../../../shared/protocol/yjsDoc.ts';
import { SERVER_ORIGIN } from '../../collab/liveDoc.ts';
import { writableText } from '../../collab/writableText.ts';
import { newId } from '../../db/ids.ts';
import { type ActivityContext, type ActivityModule, command } from '../module.ts';
import { listSection } from './exportSection.ts';
import { appendToHidden, itemText, setHidden } from './hide.ts';
import { ownItems, removeOwnItem } from './own.ts';

type Ctx = ActivityContext<ListConfig>;
const FACILITATOR = ['facilitator'] as const;

const newItem = (sector: Sector | null, at: string): PriorityMeta => ({
  id: newId(),
  hidden: false,
  mergedInto: null,
  mergedFrom: [],
  createdBySector: sector,
  createdAt: at,
});

/** Adds items with their texts: text first, so a crash in between leaves an invisible text, never an empty item. */
function addItems(
  ctx: Ctx,
  texts: readonly string[],
  author: { sector: Sector; id: string } | null,
): PriorityMeta[] | null {
  if (texts.length === 0) return [];
  const doc = ctx.doc()?.doc;
  if (!doc) return null;
  // One instant each, so a batch keeps its order as its numbers (shared/domain/itemNumbers.ts).
  const at = batchInstants(ctx.now(), texts.length);
  const added = texts.map((text, i) => ({ meta: newItem(author?.sector ?? null, at[i] ?? ctx.now()), text }));
  doc.transact(() => {
    const map = doc.getMap<Y.Text>(TEXTS_KEY);
    for (const { meta, text } of added) map.set(meta.id, new Y.Text(text));
  }, SERVER_ORIGIN);
  const start = ctx.items(ctx.activity.id).length;
  ctx.repos.transaction(() => {
    for (const [i, { meta }] of added.entries())
      ctx.repos.items.insert(ctx.activity.id, meta, start + i, author?.id ?? null);
  });
  // The core reads the items again first, so the history finds the new ones.
  ctx.viewChanged();
  for (const { meta } of added) ctx.textWritten(meta.id);
  return added.map((a) => a.meta);
}

const active = (ctx: Ctx) => activePriorities(ctx.items(ctx.activity.id));

/**
 * The items participants can see and write in, per items array the core handed out (a new array
 * after every change): asked on every Yjs update, so it must not filter the list each time.
 */
const writable = new WeakMap<readonly PriorityMeta[], ReadonlySet<string>>();
function writableIds(ctx: Ctx): ReadonlySet<string> {
  const items = ctx.items(ctx.activity.id);
  let ids = writable.get(items);
  if (!ids) {
    ids = new Set(
      activePriorities(items)
        .filter((p) => !p.hidden)
        .map((p) => p.id),
    );
    writable.set(items, ids);
  }
  return ids;
}

/** A co-edited list of priorities: texts in a Yjs document, items and moderation on the server. */
export const listModule: ActivityModule<ListConfig> = {
  type: LIST_TYPE,
  caps: LIST_CAPS,
  config: {
    schema: listConfig,
    version: 1,
    migrate: (raw) => raw,
    defaults: () => ({ prompt: '' }),
  },
  created: (ctx, seed) => {
    addItems(ctx, seed, null);
  },
  commands: {
    add: command({
      schema: listCommands.add,
      roles: ['participant', 'facilitator'],
      run: (ctx: Ctx, { text }, actor) => {
        const a = ctx.activity;
        if (actor.role === 'participant') {
          if (a.locked) return fail('LOCKED');
          if (a.status !== 'open') return fail('WRONG_PHASE');
        }
        const p = actor.participant;
        const allowed = canAddPriority(ctx.items(a.id), p ? ctx.repos.items.countBy(a.id, p.id) : null);
        if (!allowed.ok) return allowed;
        const added = addItems(ctx, [text], p);
        return added?.[0] ? ok({ priorityId: added[0].id }) : fail('DOCUMENT_UNREADABLE');
      },
    }),
    hide: command({
      schema: listCommands.hide,
      roles: FACILITATOR,
      run: (ctx: Ctx, { itemId, hidden }) => setHidden(ctx, itemId, hidden),
    }),
    move: command({
      schema: listCommands.move,
      roles: FACILITATOR,
      run: (ctx: Ctx, { itemId, toIndex }) => {
        const all = ctx.items(ctx.activity.id);
        const order = movePriority(activePriorities(all), itemId, toIndex);
        if (!order.ok) return order;
        const merged = all.filter((p) => p.mergedInto !== null).map((p) => p.id);
        ctx.repos.transaction(() => ctx.repos.items.reorder(ctx.activity.id, [...order.value, ...merged]));
        ctx.viewChanged();
        return ok(null);
      },
    }),
    merge: command({
      schema: listCommands.merge,
      roles: FACILITATOR,
      run: (ctx: Ctx, { sourceId, targetId }) => {
        // What people vote on must not change under them: merge once the vote is closed.
        if (ctx.dependents().some((d) => d.status === 'open')) return fail('WRONG_PHASE');
        const doc = ctx.doc()?.doc;
        if (!doc) return fail('DOCUMENT_UNREADABLE');
        const texts = doc.getMap<unknown>(TEXTS_KEY);
        const plan = planMerge(
          active(ctx),
          sourceId,
          targetId,
          itemText(ctx, sourceId),
          itemText(ctx, targetId),
          ctx.now(),
        );
        if (!plan.ok) return plan;
        const { appendText } = plan.value;
        // A hidden target's text is kept out of the document (hide.ts): the merged words join it there.
        const targetHidden = ctx.repos.items.hiddenTexts(ctx.activity.id).has(targetId);
        if (!targetHidden)
          doc.transact(() => {
            const target = writableText(texts, targetId);
            target.insert(target.length, appendText);
          }, SERVER_ORIGIN);
        ctx.repos.transaction(() => {
          if (targetHidden) appendToHidden(ctx, targetId, appendText);
          ctx.repos.items.markMerged(ctx.activity.id, sourceId, targetId, plan.value.targetMergedFrom);
          ctx.itemsMerged(sourceId, targetId);
        });
        ctx.viewChanged();
        ctx.textWritten(targetId);
        return ok(null);
      },
    }),
  },
  own: { list: ownItems, remove: removeOwnItem },
  // Items hidden before hiding took texts out of the document (or by a hide a crash cut short):
  // their text is moved out now, so no reader gets it (hide.ts).
  upgrade: {
    pending: (repos) => [...new Set(repos.items.hiddenInDocument().map((h) => h.activityId))],
    run: (ctx) => {
      for (const { activityId, itemId } of ctx.repos.items.hiddenInDocument())
        if (activityId === ctx.activity.id) setHidden(ctx, itemId, true);
    },
  },
  document: {
    maxTextLength: LIMITS.priorityTextLength,
    // Participants write only in what they can see: not hidden, not merged away.
    refuseText: (ctx, key) => (writableIds(ctx).has(key) ? null : 'UNKNOWN_PRIORITY'),
  },
  view: (ctx): ListView => {
    const numbers = itemNumbers(ctx.items(ctx.activity.id));
    // A hidden item's provenance holds words of its text: the room gets none of it.
    return {
      items: active(ctx).map((p) => viewOf(p.hidden ? { ...p, mergedFrom: [] } : p, numbers.get(p.id) ?? 0)),
    };
  },
  staffView: (ctx): ListView => {
    const numbers = itemNumbers(ctx.items(ctx.activity.id));
    const kept = ctx.repos.items.hiddenTexts(ctx.activity.id);
    const items = active(ctx);
    const hiddenTexts: Record<string, string> = {};
    for (const p of items) {
      const text = kept.get(p.id);
      if (text !== undefined) hiddenTexts[p.id] = text;
    }
    const view: ListView = { items: items.map((p) => viewOf(p, numbers.get(p.id) ?? 0)) };
    // Only when there is one: a list with nothing hidden reads the same for every role.
    return Object.keys(hiddenTexts).length > 0 ? { ...view, hiddenTexts } : view;
  },
  exportSection: listSection,
};
