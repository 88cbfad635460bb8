import { z } from 'zod';
import { CONTROL_ACTIONS } from '../domain/control.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from '../domain/joinCode.ts';
import { SECTORS } from '../domain/sectors.ts';
import { TIMER_LIMITS } from '../domain/timer.ts';
import { LIMITS } from '../limits.ts';
import { OP_ID_PATTERN } from './ops.ts';
import { text } from './textSchema.ts';

/**
 * Every request body and socket payload is parsed with one of these at the boundary.
 * The client imports only the inferred types, so zod stays out of the phone's bundle.
 */

/** An id we made (nanoid-like): what every id field of a request is checked against. */
export const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);

/** Accepts what people type: any case, spaces or dashes between groups. */
export const joinCodeSchema = z
  .string()
  .max(32)
  .transform(normaliseJoinCode)
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`)),
  );

export const loginBody = z.strictObject({
  email: z.string().trim().toLowerCase().max(LIMITS.emailLength).email(),
  password: z.string().min(1).max(LIMITS.passwordMaxLength),
});

export const setupBody = z.strictObject({
  token: z.string().min(1).max(200),
  name: text(LIMITS.displayNameLength).min(1),
  email: z.string().trim().toLowerCase().max(LIMITS.emailLength).email(),
  password: z.string().min(LIMITS.passwordMinLength).max(LIMITS.passwordMaxLength),
});

/** An account the admin creates, with its initial password. */
export const createAccountBody = setupBody.omit({ token: true });

/** A co-facilitator is added by the email of an existing account. */
export const addFacilitatorBody = z.strictObject({
  email: z.string().trim().toLowerCase().max(LIMITS.emailLength).email(),
});

export const createWorkshopBody = z.strictObject({
  title: text(LIMITS.titleLength).min(1),
  date: z.iso.date(),
  place: text(LIMITS.placeLength).default(''),
  description: text(LIMITS.descriptionLength).default(''),
  priorities: z.array(text(LIMITS.priorityTextLength).min(1)).max(LIMITS.seedPriorities).default([]),
  /** Names or full anonymity (shared/domain/settings.ts); anonymous unless asked. */
  names: z.enum(['anonymous', 'shown']).default('anonymous'),
});

export const joinBody = z.strictObject({
  code: joinCodeSchema,
  sector: z.enum(SECTORS),
  municipality: text(LIMITS.municipalityLength).default(''),
  organisation: text(LIMITS.organisationLength).default(''),
  displayName: text(LIMITS.displayNameLength).default(''),
});

export const socketAuth = z.strictObject({
  workshopId: id,
  role: z.enum(['participant', 'facilitator', 'projector']),
  v: z.number().int(),
});

const target = { activityId: id };
const activityType = z.string().regex(/^[a-z][a-z0-9-]{1,30}$/);
const activityTitle = text(LIMITS.titleLength);

export const agendaAddPayload = z.strictObject({
  type: activityType,
  title: activityTitle.default(''),
  /** Checked by the type's own schema; missing fields take the type's defaults. */
  config: z.unknown().optional(),
  /** Where in the agenda; the end when left out. */
  index: z.number().int().min(0).max(LIMITS.activitiesPerWorkshop).optional(),
});
export const agendaUpdatePayload = z.strictObject({
  ...target,
  title: activityTitle.optional(),
  config: z.unknown().optional(),
  /** Delete every response first; needed to change rules that stored responses were given under. */
  resetResponses: z.boolean().default(false),
});
export const agendaMovePayload = z.strictObject({
  ...target,
  toIndex: z.number().int().min(0).max(LIMITS.activitiesPerWorkshop),
});
export const targetPayload = z.strictObject(target);
export const controlPayload = z.strictObject({ ...target, action: z.enum(CONTROL_ACTIONS) });
export const activityCommandPayload = z.strictObject({
  ...target,
  name: z.string().regex(/^[a-z][a-zA-Z]{0,30}$/),
  payload: z.unknown(),
});
export const respondPayload = z.strictObject({ ...target, value: z.unknown() });
export const emptyPayload = z.strictObject({});
export const textVersionsPayload = z.strictObject({ ...target, itemId: id });
export const textRestorePayload = z.strictObject({
  ...target,
  itemId: id,
  versionId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const timerStartPayload = z.strictObject({
  ...target,
  durationMs: z.number().int().min(TIMER_LIMITS.minMs).max(TIMER_LIMITS.maxMs),
  closeOnEnd: z.boolean(),
});
export const timerExtendPayload = z.strictObject({
  ...target,
  byMs: z.number().int().min(TIMER_LIMITS.extendMinMs).max(TIMER_LIMITS.extendMaxMs),
});

export type LoginBody = z.infer<typeof loginBody>;
export type SetupBody = z.infer<typeof setupBody>;
export type CreateAccountBody = z.infer<typeof createAccountBody>;
export type AddFacilitatorBody = z.infer<typeof addFacilitatorBody>;
export type CreateWorkshopBody = z.input<typeof createWorkshopBody>;
export type CreateWorkshop = z.output<typeof createWorkshopBody>;
export type JoinBody = z.input<typeof joinBody>;
export type SocketAuth = z.infer<typeof socketAuth>;

const isoInstant = z.iso.datetime({ offset: true });
const dialogueWindow = z
  .strictObject({ opensAt: isoInstant, closesAt: isoInstant })
  // Only a closing time that is not after the opening is its own error: a bad date is said once.
  .refine((d) => !(Date.parse(d.opensAt) >= Date.parse(d.closesAt)), { path: ['closesAt'] });
/** Stored settings: anything missing or unreadable falls back to the default. */
export const workshopSettings = z.object({
  names: z.enum(['anonymous', 'shown']).catch('anonymous'),
  wordFilter: z.boolean().catch(true),
  dialogue: dialogueWindow.nullable().catch(null),
  joinsOpen: z.boolean().catch(true),
});
/** `workshop:settings`: the settings to change; the rest stay. */
export const settingsPayload = z.strictObject({
  names: z.enum(['anonymous', 'shown']).optional(),
  wordFilter: z.boolean().optional(),
  dialogue: dialogueWindow.nullable().optional(),
  joinsOpen: z.boolean().optional(),
});
export type SettingsPatch = z.output<typeof settingsPayload>;

/**
 * The envelope of a state-changing event (`shared/protocol/ops.ts`): its optional operation id,
 * read and taken off before the event's own (strict) schema parses the rest.
 */
export const opEnvelope = z.object({ opId: z.string().regex(OP_ID_PATTERN).optional() });
