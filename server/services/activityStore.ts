import type { PriorityMeta } from '../../shared/domain/items.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import type { Repos } from '../db/repos.ts';

/**
 * Activities and items as stored, cached per workshop: the Yjs endpoint asks for an activity's
 * control on every message and a vote burst asks for its items thousands of times. Only the
 * engine writes them, and it drops a workshop's cache after every change.
 */
export class ActivityStore {
  private readonly agendas = new Map<string, ActivityRecord[]>();
  private readonly byId = new Map<string, ActivityRecord>();
  private readonly items = new Map<string, PriorityMeta[]>();

  constructor(private readonly repos: Repos) {}

  /** The agenda in order, each config brought up to its type's version. Callers must not mutate. */
  agenda(workshopId: string): readonly ActivityRecord[] {
    let list = this.agendas.get(workshopId);
    if (!list) {
      list = this.repos.activities.list(workshopId).map(upToDate);
      this.agendas.set(workshopId, list);
      for (const a of list) this.byId.set(a.id, a);
    }
    return list;
  }

  get(activityId: string): ActivityRecord | null {
    const cached = this.byId.get(activityId);
    if (cached) return cached;
    const stored = this.repos.activities.get(activityId);
    if (!stored) return null;
    // Loads the whole agenda, so later lookups of its siblings are cached too.
    return this.agenda(stored.workshopId).find((a) => a.id === activityId) ?? null;
  }

  itemsOf(activityId: string): readonly PriorityMeta[] {
    let list = this.items.get(activityId);
    if (!list) {
      list = this.repos.items.list(activityId);
      this.items.set(activityId, list);
    }
    return list;
  }

  /** After a change to the agenda or an activity's control. */
  dropAgenda(workshopId: string): void {
    for (const a of this.agendas.get(workshopId) ?? []) this.byId.delete(a.id);
    this.agendas.delete(workshopId);
  }

  dropItems(activityId: string): void {
    this.items.delete(activityId);
  }

  dropWorkshop(workshopId: string): void {
    for (const a of this.agendas.get(workshopId) ?? []) this.items.delete(a.id);
    this.dropAgenda(workshopId);
  }
}

/** Stored configs of older type versions are migrated when read; the stored row changes on the next write. */
function upToDate(a: ActivityRecord): ActivityRecord {
  const module = moduleOf(a.type);
  if (!module || a.configVersion >= module.config.version) return a;
  return {
    ...a,
    config: module.config.migrate(a.config, a.configVersion),
    configVersion: module.config.version,
  };
}
