import crypto from 'node:crypto';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { DEFAULT_SETTINGS, type WorkshopSettings } from '../../shared/domain/settings.ts';
import type { WorkshopState } from '../../shared/domain/workshop.ts';
import type { Role } from '../../shared/protocol/events.ts';
import type { CreateWorkshop, SettingsPatch } from '../../shared/protocol/schemas.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { WorkshopRecord } from '../db/workshopRepo.ts';
import { makeJoinCode } from '../domain/joinCode.ts';
import type { Engine } from './engine.ts';
import type { EngineEvents } from './engineEvents.ts';
import { defaultConfig, knownModule, newActivity } from './newActivity.ts';

export type { TextEditor } from './engineEvents.ts';

/** What a new workshop is told about itself. */
export type NewWorkshop = Pick<WorkshopRecord, 'title' | 'date' | 'place' | 'description'>;

/** Workshops as wholes: created with their first agenda, read as a role sees them (deletionService.ts erases them). */
export class WorkshopService {
  constructor(private readonly engine: Engine) {}

  on(listeners: Partial<EngineEvents>): void {
    this.engine.events.on(listeners);
  }

  /** A new workshop with the usual agenda: a list (open, live, seeded) and dot voting over it. */
  create(facilitatorId: string, body: CreateWorkshop): WorkshopState {
    const { repos, store, contexts } = this.engine;
    const at = nowIso();
    const record = this.newRecord(facilitatorId, body, { ...DEFAULT_SETTINGS, names: body.names }, at);
    const listModule = knownModule('list');
    const dotsModule = knownModule('dots');
    const list = newActivity(record.id, listModule, 0, '', configOf(defaultConfig(listModule, [], 0)), at);
    const dots = newActivity(
      record.id,
      dotsModule,
      1,
      '',
      configOf(defaultConfig(dotsModule, [list], 1)),
      at,
    );
    list.status = 'open';
    repos.transaction(() => {
      this.insert(record, facilitatorId, at);
      repos.activities.insert(list);
      repos.activities.insert(dots);
      repos.workshops.setLive(record.id, list.id);
    });
    const stored = store.get(list.id);
    if (stored) listModule.created?.(contexts.of(stored), body.priorities);
    return this.state(record.id, 'facilitator') as WorkshopState;
  }

  /**
   * A workshop with an empty agenda, owned by its creator, for a caller that fills the agenda in
   * (a template); call it inside the caller's transaction so the workshop and its agenda are
   * stored together.
   */
  createEmpty(facilitatorId: string, info: NewWorkshop, settings: WorkshopSettings): WorkshopRecord {
    const at = nowIso();
    const record = this.newRecord(facilitatorId, info, settings, at);
    this.insert(record, facilitatorId, at);
    return record;
  }

  private newRecord(facilitatorId: string, info: NewWorkshop, settings: WorkshopSettings, at: string) {
    const record: WorkshopRecord = {
      id: newId(),
      code: this.uniqueCode(),
      title: info.title,
      date: info.date,
      place: info.place,
      description: info.description,
      liveActivityId: null,
      settings,
      createdBy: facilitatorId,
      createdAt: at,
    };
    return record;
  }

  private insert(record: WorkshopRecord, facilitatorId: string, at: string): void {
    this.engine.repos.workshops.insert(record);
    // A workshop belongs to its creator from the start: nobody else can reach it until added.
    this.engine.repos.memberships.add(record.id, facilitatorId, 'owner', at);
  }

  /**
   * Changes settings that hold for the whole workshop. Turning names off erases the names given
   * so far: full anonymity means they are gone, not hidden.
   */
  updateSettings(id: string, patch: SettingsPatch): Result<null> {
    const { repos } = this.engine;
    const w = repos.workshops.get(id);
    if (!w) return fail('NOT_FOUND');
    const next: WorkshopSettings = {
      names: patch.names ?? w.settings.names,
      wordFilter: patch.wordFilter ?? w.settings.wordFilter,
      dialogue: patch.dialogue === undefined ? w.settings.dialogue : patch.dialogue,
      joinsOpen: patch.joinsOpen ?? w.settings.joinsOpen,
    };
    repos.transaction(() => {
      repos.workshops.setSettings(id, next);
      if (next.names === 'anonymous' && w.settings.names === 'shown') repos.workshops.forgetNames(id);
    });
    this.engine.settingsChanged(id);
    return ok(null);
  }

  record(id: string): WorkshopRecord | null {
    return this.engine.repos.workshops.get(id);
  }

  state(id: string, role: Role): WorkshopState | null {
    return this.engine.state(id, role);
  }

  private uniqueCode(): string {
    for (;;) {
      const code = makeJoinCode((n) => crypto.randomBytes(n));
      // A deleted workshop keeps its code until purged: restored, its links work again.
      if (!this.engine.repos.workshops.codeTaken(code)) return code;
    }
  }
}

/** The default agenda's configs are the types' own defaults: one that does not parse is a bug. */
function configOf(parsed: { ok: true; value: unknown } | { ok: false; code: string }): unknown {
  if (!parsed.ok) throw new Error(`a default config does not parse (${parsed.code})`);
  return parsed.value;
}
