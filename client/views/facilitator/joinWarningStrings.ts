import { defineStrings, useStrings } from '../../i18n/typeStrings.ts';

/** The control room's warning when joins look scripted (see JoinWarning.tsx). */
const sv = {
  locale: 'sv-SE',
  label: 'Varning:',
  reason: {
    burst:
      'Klockan {{time}} gick {{n}} deltagare med från samma nätverk inom några sekunder. Det kan vara ett skript.',
    ceiling:
      'Klockan {{time}} kom så många anslutningar att Samsyn började säga nej till nya deltagare. Det kan vara ett skript.',
    silent:
      'Klockan {{time}} hade {{n}} deltagare gått med utan att någonsin öppna workshoppen. Det kan vara ett skript.',
  },
  advice:
    'Jämför "Har gått med" med hur många som är i rummet. Du kan stänga för nya deltagare: slå av "Nya deltagare kan gå med" under Inställningar för workshoppen.',
  dismiss: 'Dölj varningen',
};

const strings = defineStrings(sv, {
  locale: 'en-GB',
  label: 'Warning:',
  reason: {
    burst: 'At {{time}}, {{n}} participants joined from the same network within seconds. It may be a script.',
    ceiling:
      'At {{time}}, so many joined that Samsyn began turning new participants away. It may be a script.',
    silent:
      'At {{time}}, {{n}} participants had joined without ever opening the workshop. It may be a script.',
  },
  advice:
    'Compare "Have joined" with how many are in the room. You can close the door: turn off "New participants can join" under Workshop settings.',
  dismiss: 'Hide the warning',
});

export const useJoinWarningS = () => useStrings(strings);
