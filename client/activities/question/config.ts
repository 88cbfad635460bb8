import { QUESTION_DEFAULTS } from '../../../shared/activities/question/limits.ts';
import type {
  QuestionConfig,
  QuestionPost,
  QuestionResults,
  QuestionView,
} from '../../../shared/activities/question/types.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An open question's config as the server sent it (its schema checked it there); null if it is
 * not one, so a screen shows a note rather than guess.
 */
export function questionConfigOf(config: unknown): QuestionConfig | null {
  if (!isObject(config)) return null;
  const mode = config.mode ?? QUESTION_DEFAULTS.mode;
  if (mode !== 'answers' && mode !== 'qa') return null;
  const max = config.maxPerParticipant;
  return {
    prompt: typeof config.prompt === 'string' ? config.prompt : '',
    mode,
    showLive: config.showLive !== false,
    preModeration: config.preModeration === true,
    maxPerParticipant: typeof max === 'number' ? max : QUESTION_DEFAULTS.maxPerParticipant,
    sort: config.sort === 'time' ? 'time' : 'votes',
  };
}

const EMPTY_VIEW: QuestionView = { posts: [], shown: 0, withheld: false };

/** The view as received, or an empty one before it arrives. */
export const viewOrEmpty = (view: QuestionView | null): QuestionView => view ?? EMPTY_VIEW;

/**
 * The posts the room sees: the view's, or — when the words wait for the reveal — the revealed
 * results' (the server sends the room those only once revealed).
 */
export function roomPosts(view: QuestionView, results: QuestionResults | null): QuestionPost[] {
  if (!view.withheld) return view.posts;
  return results?.entries ?? [];
}
