import type { z } from 'zod';
import { participantsMayEdit } from '../../shared/domain/workshop.ts';
import type { ParticipantProfile } from '../../shared/protocol/api.ts';
import type { ClientEvent, Role, Snapshot } from '../../shared/protocol/events.ts';
import {
  emptyPayload,
  lockPayload,
  priorityAddPayload,
  priorityHidePayload,
  priorityMergePayload,
  priorityMovePayload,
  revealPayload,
  textRestorePayload,
  textVersionsPayload,
  timerExtendPayload,
  timerStartPayload,
  voteCastPayload,
  voteOpenPayload,
} from '../../shared/protocol/schemas.ts';
import { fail, ok, type Result } from '../domain/result.ts';
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

/** Every client event: its payload schema, who may send it, and the service call it makes. */
export const COMMANDS: Record<ClientEvent, Command<z.ZodType>> = {
  'workshop:sync': define({
    schema: emptyPayload,
    roles: ['participant', 'facilitator', 'projector'],
    run: (_p, ctx) => ok(ctx.snapshot()),
  }),
  'priority:add': define({
    schema: priorityAddPayload,
    roles: ['participant', 'facilitator'],
    run: ({ text }, ctx) => {
      if (ctx.role === 'participant') {
        const control = ctx.workshops.control(ctx.workshopId);
        if (!control || !participantsMayEdit(control))
          return fail(control?.locked ? 'LOCKED' : 'WRONG_PHASE');
      }
      return ctx.workshops.addPriority(ctx.workshopId, text, ctx.participant?.sector ?? null);
    },
  }),
  'priority:hide': define({
    schema: priorityHidePayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.workshops.hide(ctx.workshopId, p.priorityId, p.hidden),
  }),
  'priority:move': define({
    schema: priorityMovePayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.workshops.move(ctx.workshopId, p.priorityId, p.toIndex),
  }),
  'priority:merge': define({
    schema: priorityMergePayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.workshops.merge(ctx.workshopId, p.sourceId, p.targetId),
  }),
  'workshop:lock': define({
    schema: lockPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.workshops.command(ctx.workshopId, { type: 'lock', locked: p.locked }),
  }),
  'workshop:collect': define({
    schema: emptyPayload,
    roles: FACILITATOR,
    run: (_p, ctx) => ctx.workshops.command(ctx.workshopId, { type: 'collect' }),
  }),
  'vote:open': define({
    schema: voteOpenPayload,
    roles: FACILITATOR,
    run: ({ resetVotes, ...config }, ctx) =>
      ctx.workshops.command(ctx.workshopId, { type: 'openVote', config, resetVotes }),
  }),
  'vote:close': define({
    schema: emptyPayload,
    roles: FACILITATOR,
    run: (_p, ctx) => ctx.workshops.command(ctx.workshopId, { type: 'closeVote' }),
  }),
  'vote:reveal': define({
    schema: revealPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.workshops.command(ctx.workshopId, { type: 'reveal', revealed: p.revealed }),
  }),
  'vote:cast': define({
    schema: voteCastPayload,
    roles: ['participant'],
    run: (p, ctx) => {
      const participantId = ctx.participant?.id;
      if (!participantId) return fail('FORBIDDEN');
      const stored = ctx.workshops.castVote(ctx.workshopId, participantId, p.allocation, ctx.socketId);
      return stored.ok ? ok({ allocation: stored.value }) : stored;
    },
  }),
  'text:versions': define({
    schema: textVersionsPayload,
    roles: FACILITATOR,
    run: ({ itemId }, ctx) =>
      ctx.workshops.textOf(ctx.workshopId, itemId) === null
        ? fail('NOT_FOUND')
        : ok({ versions: ctx.history.list(ctx.workshopId, itemId) }),
  }),
  'text:restore': define({
    schema: textRestorePayload,
    roles: FACILITATOR,
    run: ({ itemId, versionId }, ctx) => ctx.history.restore(ctx.workshopId, itemId, versionId),
  }),
  'timer:start': define({
    schema: timerStartPayload,
    roles: FACILITATOR,
    run: (p, ctx) => ctx.timers.command(ctx.workshopId, { type: 'start', ...p }),
  }),
  'timer:pause': define({
    schema: emptyPayload,
    roles: FACILITATOR,
    run: (_p, ctx) => ctx.timers.command(ctx.workshopId, { type: 'pause' }),
  }),
  'timer:resume': define({
    schema: emptyPayload,
    roles: FACILITATOR,
    run: (_p, ctx) => ctx.timers.command(ctx.workshopId, { type: 'resume' }),
  }),
  'timer:extend': define({
    schema: timerExtendPayload,
    roles: FACILITATOR,
    run: ({ byMs }, ctx) => ctx.timers.command(ctx.workshopId, { type: 'extend', byMs }),
  }),
  'timer:stop': define({
    schema: emptyPayload,
    roles: FACILITATOR,
    run: (_p, ctx) => ctx.timers.command(ctx.workshopId, { type: 'stop' }),
  }),
};
