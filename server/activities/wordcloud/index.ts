import { countWords } from '../../../shared/activities/wordcloud/counting.ts';
import { WORDCLOUD_LIMITS } from '../../../shared/activities/wordcloud/limits.ts';
import { EMPTY_MINE, keepsAnswers } from '../../../shared/activities/wordcloud/rules.ts';
import {
  wordcloudCommands,
  wordcloudConfig,
  wordcloudResponse,
} from '../../../shared/activities/wordcloud/schema.ts';
import {
  WORDCLOUD_CAPS,
  WORDCLOUD_TYPE,
  type WordcloudConfig,
  type WordcloudResults,
} from '../../../shared/activities/wordcloud/types.ts';
import { fail, ok } from '../../../shared/domain/result.ts';
import { type ActivityModule, command } from '../module.ts';
import { ownEntries, removeOwnEntry } from '../ownEntries.ts';
import { countedAnswers, mineFor, roomView, staffView } from './answers.ts';
import { hideTerm, moderate, postAnswer, withdrawAnswer } from './commands.ts';
import { wordcloudSection } from './exportSection.ts';

const FACILITATOR = ['facilitator'] as const;
const PARTICIPANT = ['participant'] as const;

/** A word cloud of short answers (shared/activities/wordcloud). */
export const wordcloudModule: ActivityModule<WordcloudConfig> = {
  type: WORDCLOUD_TYPE,
  caps: WORDCLOUD_CAPS,
  config: {
    schema: wordcloudConfig,
    version: 1,
    migrate: (raw) => raw,
    // The schema fills in every field: the facilitator writes the question in the setup.
    defaults: () => ({}),
  },
  checkConfig: (ctx, next, resetResponses) => {
    const stored = ctx.activity.config;
    if (!keepsAnswers(stored, next) && !resetResponses && ctx.repos.entries.count(ctx.activity.id) > 0)
      return fail('VOTE_RULES_LOCKED');
    // The projector's share of the results follows `showLive`: sent again (batched, so after the
    // new config is stored) when it changes, since a config edit alone sends no results.
    if (stored.showLive !== next.showLive) ctx.resultsChanged();
    return ok(null);
  },
  commands: {
    answer: command({
      schema: wordcloudCommands.answer,
      roles: PARTICIPANT,
      run: (ctx, payload, actor) => postAnswer(ctx, payload, actor),
    }),
    withdraw: command({
      schema: wordcloudCommands.withdraw,
      roles: PARTICIPANT,
      run: (ctx, payload, actor) => withdrawAnswer(ctx, payload, actor),
    }),
    moderate: command({
      schema: wordcloudCommands.moderate,
      roles: FACILITATOR,
      run: (ctx, { ids, status }) => moderate(ctx, ids, status),
    }),
    hideTerm: command({
      schema: wordcloudCommands.hideTerm,
      roles: FACILITATOR,
      run: (ctx, payload) => hideTerm(ctx, payload),
    }),
  },
  // Answers come through `answer` (which knows the sender's sector); this hook gives each
  // participant their own answers (`mine`) and lets a reset clear them.
  response: {
    schema: wordcloudResponse,
    respond: () => fail('NOT_SUPPORTED'),
    mine: (ctx, participantId) => mineFor(ctx, participantId),
    empty: EMPTY_MINE,
  },
  own: {
    list: (ctx, participantId) => ownEntries(ctx, participantId, { mine: mineFor }),
    remove: (ctx, participantId, id) => removeOwnEntry(ctx, participantId, id, { mine: mineFor }),
  },
  view: roomView,
  staffView,
  // Screens get the top terms; the export counts them all through the same function.
  results: (ctx): WordcloudResults => {
    const all = countWords(countedAnswers(ctx), ctx.activity.config.showLive);
    return { ...all, terms: all.terms.slice(0, WORDCLOUD_LIMITS.resultTerms) };
  },
  // Without `showLive`, the projector shows how many answered until the reveal, not what.
  redact: (results) => {
    const r = results as WordcloudResults;
    return r.live ? r : { ...r, terms: [] };
  },
  exportSection: wordcloudSection,
};
