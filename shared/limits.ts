/**
 * Bounds shared by schemas (server) and inputs (client). Each one keeps a single
 * workshop small enough to live in memory and to render on a cheap phone.
 */
export const LIMITS = {
  titleLength: 120,
  /** An activity's question or instruction. */
  promptLength: 300,
  /** Activities in one workshop's agenda. */
  activitiesPerWorkshop: 40,
  descriptionLength: 1000,
  placeLength: 80,
  priorityTextLength: 500,
  /** Items on one list that are shown (not hidden, not merged away): hiding one frees a place. */
  prioritiesPerWorkshop: 200,
  /** Items one participant may add to one list, hidden and merged ones included. */
  prioritiesPerParticipant: 20,
  /** Every stored item of one list, hidden and merged too: what memory and exports must hold. */
  prioritiesStoredPerList: 1000,
  seedPriorities: 100,
  displayNameLength: 60,
  organisationLength: 100,
  municipalityLength: 80,
  emailLength: 200,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  dotsPerParticipantMax: 20,
  /** Largest y-websocket frame accepted from a client, in bytes. */
  yjsMessageBytes: 64 * 1024,
  /** A document past this size stops taking participant writes. */
  yjsDocumentBytes: 4 * 1024 * 1024,
} as const;

export const VOTE_DEFAULTS = { dotsPerParticipant: 5, maxPerPriority: 3 } as const;
