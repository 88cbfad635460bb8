import type { Words } from '../../i18n/typeStrings.ts';
import type { ContributionWords } from './contributionWords.ts';

export const en: Words<ContributionWords> = {
  intro: 'Here you see what you have contributed. You can remove it while the workshop is running.',
  loading: 'Fetching your contributions…',
  none: 'You have not contributed anything yet.',
  ended: 'The workshop has ended. What you contributed stays and can no longer be removed.',
  response: 'Your answer',
  responseParts: 'Your answer ({{n}} parts)',
  item: 'Text you added',
  post: 'Text you sent',
  status: {
    pending: 'Waiting for review',
    shown: 'Shown to everyone',
    hidden: 'Hidden by the facilitator',
  },
  shared: 'Others have also written in this text. The text stays, but it no longer counts as yours.',
  remove: 'Remove',
  removeLabel: 'Remove: {{what}}',
  removeAll: 'Remove everything I have contributed',
  confirm: 'Do you want to remove this? It cannot be undone.',
  confirmShared: 'Do you want to take your name off this text? The text stays for the others.',
  confirmAll: 'Do you want to remove everything you have contributed? It cannot be undone.',
  yes: 'Yes, remove',
  cancel: 'Cancel',
  removed: 'Removed. The results have been counted again.',
  detached: 'Your name has been taken off the text.',
  removedAll: '{{n}} contributions removed. The results have been counted again.',
  detachedAll: 'Your name has been taken off {{n}} texts that others have also written in.',
};
