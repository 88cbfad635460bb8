import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { DEFAULT_SETTINGS, type WorkshopSettings } from '../../shared/domain/settings.ts';
import { TEXTS_KEY } from '../../shared/protocol/yjsDoc.ts';
import { plainTextOf } from '../../shared/protocol/yjsTexts.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityContext } from '../activities/module.ts';
import type { DocRegistry } from '../collab/docRegistry.ts';
import { SERVER_ORIGIN } from '../collab/liveDoc.ts';
import { writableText } from '../collab/writableText.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import { nowIso } from '../db/ids.ts';
import type { Repos } from '../db/repos.ts';
import type { ActivityStore } from './activityStore.ts';
import type { Emitter } from './engineEvents.ts';

/**
 * Builds the context a module's hook runs in: what it may read, and the signals through which the
 * core tells the room. One per stored record object, so a burst of commands builds it once.
 */
export class ContextFactory {
  private readonly cache = new WeakMap<ActivityRecord, ActivityContext<unknown>>();

  constructor(
    private readonly repos: Repos,
    private readonly docs: DocRegistry,
    private readonly store: ActivityStore,
    private readonly events: Emitter,
    /** The engine's own step after an agenda change: caches dropped, the room told. */
    private readonly agendaChanged: (workshopId: string) => void,
    /** The workshop's settings from the engine's cached state (dropped when they change). */
    private readonly settingsOf: (workshopId: string) => WorkshopSettings | null,
  ) {}

  of(a: ActivityRecord): ActivityContext<unknown> {
    const cached = this.cache.get(a);
    if (cached) return cached;
    const { id, workshopId } = a;
    const ctx: ActivityContext<unknown> = {
      activity: a,
      repos: this.repos,
      doc: () => this.docs.get(id),
      sibling: (otherId) => {
        const other = this.store.get(otherId);
        return other?.workshopId === workshopId ? other : null;
      },
      texts: (otherId) => (ctx.sibling(otherId) ? this.textsOf(otherId) : null),
      items: (otherId) => this.store.itemsOf(otherId),
      dependents: () => this.dependentsOf(a),
      viewChanged: () => this.viewChanged(workshopId, id),
      resultsChanged: () => this.events.emit('results', workshopId, id),
      mineChanged: (participantId, value, origin) =>
        this.events.emit('mine', workshopId, id, participantId, value, origin),
      itemsMerged: (fromId, toId) => {
        for (const d of this.dependentsOf(a)) moduleOf(d.type)?.sourceItemsMerged?.(this.of(d), fromId, toId);
      },
      textWritten: (itemId) => this.events.emit('written', id, itemId),
      itemRemoved: (itemId) => {
        for (const d of this.dependentsOf(a)) this.dropResponsesOn(d, itemId);
      },
      settings: () => this.settingsOf(workshopId) ?? DEFAULT_SETTINGS,
      replaceConfig: (next) => {
        const version = moduleOf(a.type)?.config.version ?? a.configVersion;
        this.repos.activities.update(id, a.title, next, version);
        this.agendaChanged(workshopId);
        this.viewChanged(workshopId, id);
      },
      now: nowIso,
    };
    this.cache.set(a, ctx);
    return ctx;
  }

  /** Activities of the workshop that build on this one. */
  dependentsOf(a: ActivityRecord): ActivityRecord[] {
    return this.store
      .agenda(a.workshopId)
      .filter((d) => d.id !== a.id && moduleOf(d.type)?.sourceOf?.(d.config as never) === a.id);
  }

  /**
   * An item a dependent counts responses on is gone (its author removed it): the responses on it
   * go too, each participant who had one is told their new response, and the results recount.
   */
  private dropResponsesOn(d: ActivityRecord, itemId: string): void {
    const module = moduleOf(d.type);
    const had = this.repos.responses.byKey(d.id, itemId);
    if (!module?.response || had.length === 0) return;
    this.repos.responses.dropKey(d.id, itemId);
    const ctx = this.of(d);
    for (const { participantId } of had)
      this.events.emit(
        'mine',
        d.workshopId,
        d.id,
        participantId,
        module.response.mine(ctx, participantId),
        null,
      );
    this.events.emit('results', d.workshopId, d.id);
  }

  /** Items may have changed: read them again, and send this view and its dependents' views and results. */
  viewChanged(workshopId: string, activityId: string): void {
    this.store.dropItems(activityId);
    this.events.emit('view', workshopId, activityId);
    const a = this.store.get(activityId);
    if (!a) return;
    for (const d of this.dependentsOf(a)) {
      this.events.emit('view', workshopId, d.id);
      if (moduleOf(d.type)?.results) this.events.emit('results', workshopId, d.id);
    }
  }

  /**
   * Current text of each item, from the live document; a value that is not a Y.Text reads as ''.
   * A hidden item's text is kept out of the document (server/activities/list/hide.ts) and read
   * from its row: these are the server's reads, for staff views and exports, never sent whole.
   */
  textsOf(activityId: string): Record<string, string> | null {
    const doc = this.docs.get(activityId)?.doc;
    if (!doc) return null;
    const out: Record<string, string> = {};
    doc.getMap<unknown>(TEXTS_KEY).forEach((text, key) => {
      out[key] = plainTextOf(text);
    });
    for (const [key, text] of this.repos.items.hiddenTexts(activityId)) out[key] = text;
    return out;
  }

  textOf(activityId: string, itemId: string): string | null {
    if (!this.isActive(activityId, itemId)) return null;
    const doc = this.docs.get(activityId)?.doc;
    if (!doc) return null;
    return (
      this.repos.items.hiddenTexts(activityId).get(itemId) ??
      plainTextOf(doc.getMap<unknown>(TEXTS_KEY).get(itemId))
    );
  }

  replaceText(activityId: string, itemId: string, text: string): Result<null> {
    if (!this.isActive(activityId, itemId)) return fail('NOT_FOUND');
    const doc = this.docs.get(activityId)?.doc;
    if (!doc) return fail('DOCUMENT_UNREADABLE');
    if (this.repos.items.hiddenTexts(activityId).has(itemId)) {
      // Restoring a version of a hidden item must not put it back into the shared document.
      this.repos.items.setHiddenText(activityId, itemId, text);
      const a = this.store.get(activityId);
      if (a) this.viewChanged(a.workshopId, activityId);
      return ok(null);
    }
    doc.transact(() => {
      const target = writableText(doc.getMap<unknown>(TEXTS_KEY), itemId);
      target.delete(0, target.length);
      target.insert(0, text);
    }, SERVER_ORIGIN);
    return ok(null);
  }

  private isActive(activityId: string, itemId: string): boolean {
    return this.store.itemsOf(activityId).some((p) => p.id === itemId && p.mergedInto === null);
  }
}
