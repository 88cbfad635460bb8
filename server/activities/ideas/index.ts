import { tallyIdeas } from '../../../shared/activities/ideas/rules.ts';
import { ideasCommands, ideasConfig, ideasResponse } from '../../../shared/activities/ideas/schema.ts';
import {
  IDEAS_CAPS,
  IDEAS_TYPE,
  type IdeasConfig,
  type IdeasResults,
  type MyCards,
} from '../../../shared/activities/ideas/types.ts';
import { fail } from '../../../shared/domain/result.ts';
import { type ActivityModule, command } from '../module.ts';
import { ownEntries, removeOwnEntry } from '../ownEntries.ts';
import { boardView, isTheme, myCards, readBoard } from './board.ts';
import { moveCard, postCard, setCardStatus } from './cards.ts';
import { ideasSection } from './exportSection.ts';
import { createTheme, deleteTheme, renameTheme, reorderThemes } from './themes.ts';

const FACILITATOR = ['facilitator'] as const;
/** Grouping: participants too, when the config lets them (checked in `mayGroup`). */
const GROUPERS = ['facilitator', 'participant'] as const;
const EMPTY: MyCards = { cards: [] };
/** A theme a participant made is the room's grouping: others sort cards into it and rename it. */
const OWN_RULES = { mine: myCards, shared: isTheme };

/** Idea collection and clustering (shared/activities/ideas). */
export const ideasModule: ActivityModule<IdeasConfig> = {
  type: IDEAS_TYPE,
  caps: IDEAS_CAPS,
  config: {
    schema: ideasConfig,
    version: 1,
    migrate: (raw) => raw,
    defaults: () => ({}),
  },
  commands: {
    post: command({
      schema: ideasCommands.post,
      roles: ['participant'],
      run: (ctx, payload, actor) => postCard(ctx, payload, actor),
    }),
    createTheme: command({
      schema: ideasCommands.createTheme,
      roles: GROUPERS,
      run: (ctx, payload, actor) => createTheme(ctx, payload, actor),
    }),
    renameTheme: command({
      schema: ideasCommands.renameTheme,
      roles: GROUPERS,
      run: (ctx, payload, actor) => renameTheme(ctx, payload, actor),
    }),
    moveCard: command({
      schema: ideasCommands.moveCard,
      roles: GROUPERS,
      run: (ctx, payload, actor) => moveCard(ctx, payload, actor),
    }),
    deleteTheme: command({
      schema: ideasCommands.deleteTheme,
      roles: FACILITATOR,
      run: (ctx, payload) => deleteTheme(ctx, payload),
    }),
    reorderThemes: command({
      schema: ideasCommands.reorderThemes,
      roles: FACILITATOR,
      run: (ctx, payload) => reorderThemes(ctx, payload),
    }),
    approve: command({
      schema: ideasCommands.approve,
      roles: FACILITATOR,
      run: (ctx, { cardId }) => setCardStatus(ctx, cardId, 'shown'),
    }),
    hide: command({
      schema: ideasCommands.hide,
      roles: FACILITATOR,
      run: (ctx, { cardId }) => setCardStatus(ctx, cardId, 'hidden'),
    }),
    restore: command({
      schema: ideasCommands.restore,
      roles: FACILITATOR,
      run: (ctx, { cardId }) => setCardStatus(ctx, cardId, 'shown'),
    }),
  },
  // Cards come through `post` (which knows the sender's sector); this hook gives each
  // participant their own cards (`mine`) and lets a reset clear the board.
  response: {
    schema: ideasResponse,
    respond: () => fail('NOT_SUPPORTED'),
    mine: (ctx, participantId) => myCards(ctx, participantId),
    empty: EMPTY,
  },
  own: {
    list: (ctx, participantId) => ownEntries(ctx, participantId, OWN_RULES),
    remove: (ctx, participantId, id) => removeOwnEntry(ctx, participantId, id, OWN_RULES),
  },
  view: (ctx) => boardView(ctx, false),
  staffView: (ctx) => boardView(ctx, true),
  results: (ctx): IdeasResults => {
    const { themes, cards } = readBoard(ctx);
    return tallyIdeas(themes, cards);
  },
  exportSection: ideasSection,
};
