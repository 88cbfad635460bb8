import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { DEFAULT_SETTINGS, type WorkshopSettings } from '../../shared/domain/settings.ts';
import { replaceIds, stepsOf, type TemplateStep } from '../../shared/domain/templates.ts';
import type { WorkshopState } from '../../shared/domain/workshop.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { Facilitator } from '../../shared/protocol/api.ts';
import type { SkippedStep, TemplateStepSummary, TemplateSummary } from '../../shared/protocol/templates.ts';
import { moduleOf } from '../activities/index.ts';
import { newId, nowIso } from '../db/ids.ts';
import type { TemplateRecord } from '../db/templateRepo.ts';
import { BUILTIN_TEMPLATES, builtinTemplate, type TemplateLang } from '../templates/builtin.ts';
import type { AgendaService } from './agendaService.ts';
import type { Engine } from './engine.ts';
import type { NewWorkshop, WorkshopService } from './workshopService.ts';

/** A stored step read leniently: one that is not a step is left out, never a crash. */
const storedStep = z.object({
  ref: z.string(),
  type: z.string(),
  title: z.string().max(LIMITS.titleLength).catch(''),
  config: z.unknown(),
});

export interface Made {
  state: WorkshopState;
  /** Steps left out: a type this release does not have, or a config that could not be used. */
  skipped: SkippedStep[];
}

const COPY_OF: Record<TemplateLang, string> = { sv: 'Kopia av', en: 'Copy of' };

/**
 * Templates: agendas saved from workshops (or shipped, `templates/builtin.ts`), and new workshops
 * made from them. A template holds each activity's type, title and config, never anything people
 * gave; a new workshop gets its activities through the agenda's own `add`, so every config is
 * parsed and checked by its type exactly as when a facilitator adds it.
 */
export class TemplateService {
  constructor(
    private readonly engine: Engine,
    private readonly workshops: WorkshopService,
    private readonly agenda: AgendaService,
  ) {}

  /** Built-in templates first (in the asked language), then saved ones, newest first. */
  list(caller: Facilitator, lang: TemplateLang): TemplateSummary[] {
    const builtins = BUILTIN_TEMPLATES.map(
      (t): TemplateSummary => ({
        id: t.id,
        title: t.title[lang],
        description: t.description[lang],
        builtin: true,
        steps: summaryOf(t.steps[lang]),
        createdBy: null,
        createdAt: null,
        canDelete: false,
      }),
    );
    return [...builtins, ...this.engine.repos.templates.list().map((t) => this.summary(t, caller))];
  }

  /** The workshop's agenda as a new template: types, titles and configs only. */
  save(
    workshopId: string,
    caller: Facilitator,
    body: { title: string; description: string },
  ): Result<TemplateSummary> {
    const { repos, store } = this.engine;
    if (!repos.workshops.get(workshopId)) return fail('NOT_FOUND');
    const record = {
      id: newId(),
      title: body.title,
      description: body.description,
      steps: stepsOf(store.agenda(workshopId)),
      createdBy: caller.id,
      createdAt: nowIso(),
    };
    repos.templates.insert(record);
    return ok(this.summary({ ...record, creatorName: caller.name }, caller));
  }

  /** Its creator or the admin deletes a saved template; built-in ones stay. */
  delete(id: string, caller: Facilitator): Result<null> {
    if (builtinTemplate(id)) return fail('FORBIDDEN');
    const t = this.engine.repos.templates.get(id);
    if (!t) return fail('NOT_FOUND');
    if (!canDelete(t, caller)) return fail('FORBIDDEN');
    this.engine.repos.templates.delete(id);
    return ok(null);
  }

  /** A new workshop with a template's agenda, owned by the caller. */
  createFrom(
    templateId: string,
    caller: Facilitator,
    body: NewWorkshop & { names: WorkshopSettings['names']; lang: TemplateLang },
  ): Result<Made> {
    const builtin = builtinTemplate(templateId);
    const steps = builtin ? builtin.steps[body.lang] : this.engine.repos.templates.get(templateId)?.steps;
    if (!steps) return fail('NOT_FOUND');
    return ok(this.make(caller.id, body, { ...DEFAULT_SETTINGS, names: body.names }, steps));
  }

  /**
   * A copy of a workshop's agenda and its settings (not its dialogue dates, co-facilitators,
   * participants or anything they gave): the same as saving it as a template and starting from
   * that, under the title "Kopia av …".
   */
  duplicate(
    workshopId: string,
    caller: Facilitator,
    body: { title?: string | undefined; date?: string | undefined; lang: TemplateLang },
  ): Result<Made> {
    const w = this.engine.repos.workshops.get(workshopId);
    if (!w) return fail('NOT_FOUND');
    const title = body.title ?? `${COPY_OF[body.lang]} ${w.title}`.slice(0, LIMITS.titleLength);
    const info = { title, date: body.date ?? w.date, place: w.place, description: w.description };
    // A copy starts with its door open: a closed door belonged to the original's session.
    const settings = { ...w.settings, dialogue: null, joinsOpen: true };
    return ok(this.make(caller.id, info, settings, stepsOf(this.engine.store.agenda(workshopId))));
  }

  /**
   * Adds the steps in order through the agenda's `add` (the type's schema and `checkConfig`),
   * with each ref in a config replaced by the id its step got; a config the type refuses falls
   * back to the type's defaults (a dot voting then takes the nearest list), and a step neither
   * takes is left out. The first step that builds on nothing is made live, as in a new workshop.
   */
  private make(
    facilitatorId: string,
    info: NewWorkshop,
    settings: WorkshopSettings,
    raw: readonly unknown[],
  ): Made {
    const { repos } = this.engine;
    const skipped: SkippedStep[] = [];
    let workshopId = '';
    try {
      repos.transaction(() => {
        workshopId = this.workshops.createEmpty(facilitatorId, info, settings).id;
        const ids = new Map<string, string>();
        let first: string | null = null;
        for (const item of raw) {
          const parsed = storedStep.safeParse(item);
          if (!parsed.success) continue;
          const step = parsed.data;
          const module = moduleOf(step.type);
          if (!module) {
            skipped.push({ type: step.type, title: step.title, reason: 'unknown-type' });
            continue;
          }
          const add = { type: step.type, title: step.title };
          let added = this.agenda.add(workshopId, { ...add, config: replaceIds(step.config, ids) });
          if (!added.ok) added = this.agenda.add(workshopId, add);
          if (!added.ok) {
            skipped.push({ type: step.type, title: step.title, reason: 'config' });
            continue;
          }
          ids.set(step.ref, added.value.activityId);
          const config = this.engine.store.get(added.value.activityId)?.config;
          if (first === null && !module.sourceOf?.(config as never)) first = added.value.activityId;
        }
        if (first) {
          const live = this.agenda.control(workshopId, first, 'live');
          if (!live.ok) throw new Error(`making the first step live failed (${live.code})`);
        }
      });
    } catch (error) {
      // Nothing was stored; nothing of it may stay cached either.
      if (workshopId) this.engine.forget(workshopId);
      throw error;
    }
    return { state: this.workshops.state(workshopId, 'facilitator') as WorkshopState, skipped };
  }

  private summary(t: TemplateRecord, caller: Facilitator): TemplateSummary {
    return {
      id: t.id,
      title: t.title,
      description: t.description,
      builtin: false,
      steps: summaryOf(t.steps),
      createdBy: t.createdBy && t.creatorName ? { id: t.createdBy, name: t.creatorName } : null,
      createdAt: t.createdAt,
      canDelete: canDelete(t, caller),
    };
  }
}

const canDelete = (t: TemplateRecord, caller: Facilitator): boolean =>
  caller.isAdmin || t.createdBy === caller.id;

function summaryOf(steps: readonly TemplateStep[]): TemplateStepSummary[] {
  return steps.map((s) => ({ type: s.type, title: s.title, available: moduleOf(s.type) !== null }));
}
