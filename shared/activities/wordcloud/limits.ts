/** A word cloud's bounds, shared by the schema (server) and the views (client), without zod. */
export const WORDCLOUD_LIMITS = {
  wordsMin: 1,
  wordsMax: 10,
  /** An answer's length in characters: from a short word to a short phrase. */
  lengthMin: 10,
  lengthMax: 80,
  /** Answers one activity stores in all (hidden ones included): a hall of 300 with 10 each. */
  answersPerActivity: 3000,
  /** Terms sent to screens; the export counts them all. */
  resultTerms: 150,
  /** Answers one moderation command may change at once (a term's, for its undo). */
  moderateMax: 500,
} as const;

export const WORDCLOUD_DEFAULTS = {
  maxWordsPerParticipant: 3,
  maxLength: 40,
  showLive: true,
  preModeration: false,
} as const;
