import type { Words } from '../../i18n/typeStrings.ts';
import type { ListStrings } from './strings.ts';

export const en: Words<ListStrings> = {
  collectIntro: 'Write and improve the priorities together. Everything is saved right away.',
  priority: 'Priority {{n}}',
  empty: 'No priorities yet. Write the first one!',
  addLabel: 'New priority',
  add: 'Add',
  added: 'The priority has been added.',
  locked: 'Editing is locked right now. You can read but not change.',
  refused: 'Your last change was not saved because editing is locked.',
  fatal: 'The texts cannot be shown right now. Reload the page.',
  loadingText: 'Loading text…',
  merged: 'Merged from {{n}}',
  mergedShow: 'Show the texts merged into this one',
  mergedBy: 'from {{sector}}',
};
