import { EMPTY_MINE } from '../../../shared/activities/question/rules.ts';
import { questionConfig, questionResponse } from '../../../shared/activities/question/schema.ts';
import {
  QUESTION_CAPS,
  QUESTION_TYPE,
  type QuestionConfig,
  type QuestionResults,
} from '../../../shared/activities/question/types.ts';
import type { ActivityModule } from '../module.ts';
import { ownEntries, removeOwnEntry } from '../ownEntries.ts';
import { questionSection } from './exportSection.ts';
import { participantCommands, setUpvote } from './participantCommands.ts';
import { countQuestion, mineFor, viewOf } from './posts.ts';
import { staffCommands } from './staffCommands.ts';

/**
 * An open question or a Q&A (shared/activities/question): posts are the core's entries, held for
 * review by pre-moderation or the word filter; upvotes are the participant's responses, one row
 * per upvoted post.
 */
export const questionModule: ActivityModule<QuestionConfig> = {
  type: QUESTION_TYPE,
  caps: QUESTION_CAPS,
  config: {
    schema: questionConfig,
    version: 1,
    migrate: (raw) => raw,
    // The schema fills in the rest: an open question the facilitator words in the setup.
    defaults: () => ({}),
  },
  commands: { ...participantCommands, ...staffCommands },
  response: {
    schema: questionResponse,
    respond: (ctx, participantId, value: { entryId: string; on: boolean }, origin) =>
      setUpvote(ctx, participantId, value, origin),
    mine: (ctx, participantId) => mineFor(ctx, participantId),
    empty: EMPTY_MINE,
  },
  own: {
    list: (ctx, participantId) => ownEntries(ctx, participantId, { mine: mineFor }),
    remove: (ctx, participantId, id) => removeOwnEntry(ctx, participantId, id, { mine: mineFor }),
  },
  // The room: shown posts only. Held and hidden posts' words reach staff and their writer alone.
  view: (ctx) => viewOf(ctx, false),
  staffView: (ctx) => viewOf(ctx, true),
  results: (ctx): QuestionResults => countQuestion(ctx),
  // Before the reveal the projector gets the counts, never words that might still be withheld.
  redact: (results) => ({ ...(results as QuestionResults), entries: [] }),
  exportSection: questionSection,
};
