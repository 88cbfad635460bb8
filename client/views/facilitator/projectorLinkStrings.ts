import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The control room's projector-link panel (see ProjectorLinkPanel.tsx). */
const sv = {
  heading: 'Öppna projektorvyn på en annan dator',
  intro:
    'Skapa en länk och öppna den på datorn som är kopplad till projektorn. Länken visar bara projektorvyn för den här workshoppen och kan inte styra något. Den gäller i 24 timmar eller tills du tar bort den.',
  create: 'Skapa länk för projektorn',
  replace: 'Skapa en ny länk',
  replaceHint: 'En ny länk gör att den gamla slutar fungera.',
  link: 'Länk för projektorn',
  qrAlt: 'QR-kod med länken till projektorvyn',
  copy: 'Kopiera länken',
  copied: 'Länken är kopierad.',
  copyFailed: 'Det gick inte att kopiera. Markera länken och kopiera den själv.',
  shownOnce: 'Länken visas bara nu. Behöver du den igen, skapa en ny.',
  active: 'En projektorlänk gäller till {{time}}.',
  none: 'Ingen projektorlänk gäller just nu.',
  revoke: 'Ta bort länken',
  revoked: 'Länken är borttagen. Projektorvyn som öppnats med den stängs.',
  created: 'En ny länk för projektorn är skapad.',
};

const strings = defineStrings(sv, {
  heading: 'Open the projector view on another computer',
  intro:
    'Create a link and open it on the computer connected to the projector. The link shows only this workshop’s projector view and cannot control anything. It is valid for 24 hours or until you remove it.',
  create: 'Create a projector link',
  replace: 'Create a new link',
  replaceHint: 'A new link makes the old one stop working.',
  link: 'Link for the projector',
  qrAlt: 'QR code with the link to the projector view',
  copy: 'Copy the link',
  copied: 'The link is copied.',
  copyFailed: 'Copying did not work. Select the link and copy it yourself.',
  shownOnce: 'The link is shown only now. If you need it again, create a new one.',
  active: 'A projector link is valid until {{time}}.',
  none: 'No projector link is valid right now.',
  revoke: 'Remove the link',
  revoked: 'The link is removed. A projector view opened with it closes.',
  created: 'A new projector link is created.',
});

export const useProjectorLinkS = () => useStrings(strings);
