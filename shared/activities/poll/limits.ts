/** A poll's bounds, shared by the schema (server) and the views (client), without zod. */
export const POLL_LIMITS = {
  optionsMin: 2,
  optionsMax: 12,
  optionLength: 120,
  otherLength: 200,
} as const;

export const POLL_DEFAULTS = { multiple: false, maxChoices: 3, allowOther: false } as const;
