import type { z } from 'zod';
import { ok, type Result } from '../../shared/domain/result.ts';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import { contributionsListPayload, contributionsRemovePayload } from '../../shared/protocol/contributions.ts';
import type { ClientEvent, Role, Snapshot } from '../../shared/protocol/events.ts';
import {
  activityCommandPayload,
  agendaAddPayload,
  agendaMovePayload,
  agendaUpdatePayload,
  controlPayload,
  emptyPayload,
  respondPayload,
  settingsPayload,
  targetPayload,
  textRestorePayload,
  textVersionsPayload,
  timerExtendPayload,
  timerStartPayload,
} from '../../shared/protocol/schemas.ts';
import type { Actor } from '../activities/module.ts';
import type { ActivityService } from '../services/activityService.ts';
import type { AgendaService } from '../services/agendaService.ts';
import type { TextHistory } from '../services/textHistory.ts';
import type { TimerService } from '../services/timerService.ts';
import type { WorkshopService } from '../services/workshopService.ts';

export interface CommandContext {
  workshopId: string;
  role: Role;
  participant: ParticipantProfile | null;
  /** The sending socket, so its own changes are not echoed back to it. */
  socketId: string;
  workshops: WorkshopService;
  agenda: AgendaService;
  activities: ActivityService;
  history: TextHistory;
  timers: TimerService;
  snapshot: () => Snapshot;
}

interface Command<S extends z.ZodType> {
  schema: S;
  roles: readonly Role[];
  run: (payload: z.output<S>, ctx: CommandContext) => Result<unknown>;
}

const define = <S extends z.ZodType>(c: Command<S>) => c as Command<z.ZodType>;
const FACILITATOR = ['facilitator'] as const;
const PEOPLE = ['participant', 'facilitator'] as const;

const actorOf = (ctx: CommandContext): Actor => ({
  role: ctx.role,
  participant: ctx.participant,
  socketId: ctx.socketId,
});

/** A timer command on an activity of this workshop. */
const timer = (ctx: CommandContext, activityId: string, run: () => Result<null>): Result<null> =>
  ctx.activities.activityIn(ctx.workshopId, activityId) ? run() : { ok: false, code: 'NOT_FOUND' };

/**
 * Every client event: its payload schema, who may send it, and the engine call it makes. The
 * type-specific part (`activity:command`, `activity:respond`) is parsed and authorised again by the
 * activity's module, which owns those payloads.
 */
export const COMMANDS: Record<ClientEvent, Command<z.ZodType>> = {
  'workshop:sync': define({
    schema: emptyPayload,
    roles: ['participant', 'facilitator', 'projector'],
    run: (_p, ctx) => ok(ctx.snapshot()),
  }),
  // The client's heartbeat (client/realtime/heartbeat.ts): no work, just an answer.
  'connection:ping': define({
    schema: emptyPayload,
    roles: ['participant', 'facilitator', 'projector'],
    run: () => ok(null),
  }),
  'workshop:settings': define({
    schema: settingsPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.workshops.updateSettings(ctx.workshopId, p),
  }),
  'agenda:add': define({
    schema: agendaAddPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.agenda.add(ctx.workshopId, p),
  }),
  'agenda:update': define({
    schema: agendaUpdatePayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.agenda.update(ctx.workshopId, p),
  }),
  'agenda:move': define({
    schema: agendaMovePayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.agenda.move(ctx.workshopId, p.activityId, p.toIndex),
  }),
  'agenda:duplicate': define({
    schema: targetPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.agenda.duplicate(ctx.workshopId, p.activityId),
  }),
  'agenda:delete': define({
    schema: targetPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.agenda.delete(ctx.workshopId, p.activityId),
  }),
  'activity:control': define({
    schema: controlPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.agenda.control(ctx.workshopId, p.activityId, p.action),
  }),
  'activity:command': define({
    schema: activityCommandPayload,
    roles: PEOPLE,
    run: (p, ctx) => ctx.activities.command(ctx.workshopId, p.activityId, p.name, p.payload, actorOf(ctx)),
  }),
  'activity:respond': define({
    schema: respondPayload,
    roles: ['participant'],
    run: (p, ctx) => ctx.activities.respond(ctx.workshopId, p.activityId, p.value, actorOf(ctx)),
  }),
  'text:versions': define({
    schema: textVersionsPayload,
    roles: FACILITATOR,
    run: ({ activityId, itemId }, ctx) =>
      ctx.activities.activityIn(ctx.workshopId, activityId) &&
      ctx.activities.textOf(activityId, itemId) !== null
        ? ok({ versions: ctx.history.list(activityId, itemId) })
        : { ok: false, code: 'NOT_FOUND' },
  }),
  'text:restore': define({
    schema: textRestorePayload,
    roles: FACILITATOR,
    run: ({ activityId, itemId, versionId }, ctx) =>
      ctx.activities.activityIn(ctx.workshopId, activityId)
        ? ctx.history.restore(activityId, itemId, versionId)
        : { ok: false, code: 'NOT_FOUND' },
  }),
  'timer:start': define({
    schema: timerStartPayload,
    roles: FACILITATOR,
    run: ({ activityId, ...p }, ctx) =>
      timer(ctx, activityId, () => ctx.timers.command(activityId, { type: 'start', ...p })),
  }),
  'timer:pause': define({
    schema: targetPayload,
    roles: FACILITATOR,
    run: ({ activityId }, ctx) =>
      timer(ctx, activityId, () => ctx.timers.command(activityId, { type: 'pause' })),
  }),
  'timer:resume': define({
    schema: targetPayload,
    roles: FACILITATOR,
    run: ({ activityId }, ctx) =>
      timer(ctx, activityId, () => ctx.timers.command(activityId, { type: 'resume' })),
  }),
  'timer:extend': define({
    schema: timerExtendPayload,
    roles: FACILITATOR,
    run: ({ activityId, byMs }, ctx) =>
      timer(ctx, activityId, () => ctx.timers.command(activityId, { type: 'extend', byMs })),
  }),
  'timer:stop': define({
    schema: targetPayload,
    roles: FACILITATOR,
    run: ({ activityId }, ctx) =>
      timer(ctx, activityId, () => ctx.timers.command(activityId, { type: 'stop' })),
  }),
  'contributions:list': define({
    schema: contributionsListPayload,
    roles: ['participant'],
    run: (_p, ctx) => ctx.activities.ownContributions(ctx.workshopId, actorOf(ctx)),
  }),
  'contributions:remove': define({
    schema: contributionsRemovePayload,
    roles: ['participant'],
    run: (p, ctx) => ctx.activities.removeOwn(ctx.workshopId, p, actorOf(ctx)),
  }),
};
