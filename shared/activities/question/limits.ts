/** An open question's bounds, shared by the schema (server) and the views (client), without zod. */
export const QUESTION_LIMITS = {
  /** One post's length, in characters, after trimming. */
  textLength: 280,
  /** The most a facilitator may let one participant post. */
  perParticipantMax: 20,
  /** Posts in one activity, all participants together: what a projector and a phone can carry. */
  perActivity: 500,
} as const;

export const QUESTION_DEFAULTS = {
  mode: 'answers',
  showLive: true,
  preModeration: false,
  maxPerParticipant: 10,
  sort: 'votes',
} as const;
