import { fail, ok, type Result } from '../../shared/domain/result.ts';
import { moduleOf } from '../activities/index.ts';
import type { ActivityModule } from '../activities/module.ts';
import type { ActivityRecord } from '../db/activityRepo.ts';
import { newId } from '../db/ids.ts';

/** A config through its type's schema: every default filled in, anything else refused. */
export function parseConfig(module: ActivityModule<unknown>, raw: unknown): Result<unknown> {
  const parsed = module.config.schema.safeParse(raw ?? {});
  return parsed.success ? ok(parsed.data) : fail('VALIDATION');
}

/** A type's config for a new activity when none is given; it may look at the agenda so far. */
export function defaultConfig(
  module: ActivityModule<unknown>,
  agenda: readonly ActivityRecord[],
  index: number,
): Result<unknown> {
  return parseConfig(module, module.config.defaults(agenda, index));
}

/** A new activity's row: a draft until the facilitator opens it. */
export function newActivity(
  workshopId: string,
  module: ActivityModule<unknown>,
  position: number,
  title: string,
  config: unknown,
  at: string,
): ActivityRecord {
  return {
    id: newId(),
    workshopId,
    type: module.type,
    position,
    title,
    config,
    configVersion: module.config.version,
    status: 'draft',
    locked: false,
    revealed: false,
    createdAt: at,
  };
}

/** The registered module of a type this release knows (registry lookups that must not fail). */
export function knownModule(type: string): ActivityModule<unknown> {
  const module = moduleOf(type);
  if (!module) throw new Error(`activity type ${type} is not registered`);
  return module;
}
