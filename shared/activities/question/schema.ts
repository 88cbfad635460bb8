import { z } from 'zod';
import { LIMITS } from '../../limits.ts';
import { text } from '../../protocol/textSchema.ts';
import { QUESTION_DEFAULTS, QUESTION_LIMITS } from './limits.ts';

/** A post's id on the wire (server-made, base64url). */
const entryId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);
/** The phone's own id for a post it sends, so a retry is recognised and stored once. */
const clientId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/);

export const questionConfig = z.strictObject({
  prompt: text(LIMITS.promptLength).default(''),
  mode: z.enum(['answers', 'qa']).default(QUESTION_DEFAULTS.mode),
  showLive: z.boolean().default(QUESTION_DEFAULTS.showLive),
  preModeration: z.boolean().default(QUESTION_DEFAULTS.preModeration),
  maxPerParticipant: z
    .number()
    .int()
    .min(1)
    .max(QUESTION_LIMITS.perParticipantMax)
    .default(QUESTION_DEFAULTS.maxPerParticipant),
  sort: z.enum(['votes', 'time']).default(QUESTION_DEFAULTS.sort),
});

const target = z.strictObject({ entryId });
const toggle = z.strictObject({ entryId, on: z.boolean() });

/** The commands (`activity:command` with `name`); who may send each is in the module. */
export const questionCommands = {
  /** Participants: a new post. `id` is the phone's; the same id again is the same post. */
  post: z.strictObject({ id: clientId, text: text(QUESTION_LIMITS.textLength).pipe(z.string().min(1)) }),
  /** Participants: take back one's own post while it waits for review. */
  withdraw: target,
  /** Participants (qa): upvote another's question, or take the upvote back. */
  upvote: toggle,
  /** Facilitators: let a held post through. */
  approve: target,
  /** Facilitators: take a post down (it stays in the data and the export, marked). */
  hide: target,
  /** Facilitators: show a hidden post again. */
  restore: target,
  /** Facilitators: the one post shown big on the projector (on), or none (off). */
  highlight: toggle,
  /** Facilitators (qa): a question was answered, or not after all. */
  markAnswered: toggle,
  /** Facilitators (qa): the projector's order. */
  sort: z.strictObject({ by: z.enum(['votes', 'time']) }),
};

/** `activity:respond` takes an upvote, as the `upvote` command does. */
export const questionResponse = toggle;
