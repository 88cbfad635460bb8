import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The list's words for facilitators and the projector only: phones never download them. */
const sv = {
  setup: {
    prompt: 'Fråga eller instruktion',
    promptHint: 'Visas ovanför listan på alla skärmar. Får vara tom.',
    save: 'Spara frågan',
    saved: 'Frågan är sparad.',
  },
  admin: {
    moveUp: 'Flytta upp prioritering {{n}}',
    moveDown: 'Flytta ner prioritering {{n}}',
    hide: 'Dölj prioritering {{n}}',
    hideShort: 'Dölj',
    caught: 'Ordfiltret: visas inte på projektorn förrän texten ändras.',
    showShort: 'Visa igen',
    mergeShort: 'Slå ihop…',
    from: 'Från',
    seeded: 'Förberedd av processledaren',
    show: 'Visa prioritering {{n}} igen',
    hiddenTag: 'Dold',
    hiddenHint: 'Deltagarna och projektorn får inte texten. Visa den igen för att redigera.',
    merge: 'Slå ihop prioritering {{n}}',
    mergeInto: 'Slå ihop prioritering {{n}} med',
    mergeConfirm: 'Slå ihop',
    mergeWarning: 'Sammanslagningen går inte att ångra.',
  },
  versions: {
    open: 'Tidigare versioner av {{label}}',
    none: 'Inga tidigare versioner än.',
    restore: 'Återställ',
    restoreLabel: 'Återställ versionen från {{time}}',
    restored: 'Versionen är återställd.',
    byServer: 'när den skapades eller slogs ihop',
    byFacilitator: 'processledare',
  },
  projector: {
    collect: 'Skriv prioriteringar i mobilen',
    held: 'Ordfiltret håller {{n}} prioritering(ar) borta från projektorn tills texten ändras.',
  },
};

// Staff views load the staff catalogs whole too: English needs no chunk of its own here.
const strings = defineStrings(sv, {
  setup: {
    prompt: 'Question or instruction',
    promptHint: 'Shown above the list on every screen. May be empty.',
    save: 'Save the question',
    saved: 'The question is saved.',
  },
  admin: {
    moveUp: 'Move priority {{n}} up',
    moveDown: 'Move priority {{n}} down',
    hide: 'Hide priority {{n}}',
    hideShort: 'Hide',
    caught: 'Word filter: not shown on the projector until the text changes.',
    showShort: 'Restore',
    mergeShort: 'Merge…',
    from: 'From',
    seeded: 'Prepared by the facilitator',
    show: 'Restore priority {{n}}',
    hiddenTag: 'Hidden',
    hiddenHint: 'Participants and the projector do not get this text. Restore it to edit.',
    merge: 'Merge priority {{n}}',
    mergeInto: 'Merge priority {{n}} into',
    mergeConfirm: 'Merge',
    mergeWarning: 'A merge cannot be undone.',
  },
  versions: {
    open: 'Earlier versions of {{label}}',
    none: 'No earlier versions yet.',
    restore: 'Restore',
    restoreLabel: 'Restore the version from {{time}}',
    restored: 'The version is restored.',
    byServer: 'when it was created or merged',
    byFacilitator: 'facilitator',
  },
  projector: {
    collect: 'Write priorities on your phone',
    held: 'The word filter keeps {{n}} priority(ies) off the projector until the text changes.',
  },
});

export const useStaffS = () => useStrings(strings);
