/**
 * The accessibility statement (tillgänglighetsredogörelse) after DIGG's template, in Swedish and
 * English. `level` is the claim; `gaps` are the known gaps, each with where it is and what to do
 * meanwhile. Keep both true: change them in the same commit as what they describe.
 */
export const ASSESSED = '2026-11-29';

export type Compliance = 'full' | 'partial';
export const LEVEL: Compliance = 'full';

interface Gap {
  sv: string;
  en: string;
}

/** None known; the method below says what has and has not been tried. */
export const GAPS: Gap[] = [];

export const TEXT = {
  sv: {
    title: 'Tillgänglighetsredogörelse',
    // A soft hyphen: the word is wider than a 320 px screen, and not every browser hyphenates Swedish.
    heading: 'Tillgänglighets\u00ADredogörelse',
    intro:
      '{{org}} står bakom Samsyn, verktyget för workshoppar och dialoger i arbetet med den regionala utvecklingsstrategin. Vi vill att så många som möjligt ska kunna använda det. Här beskriver vi hur Samsyn uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem till oss så att vi kan åtgärda dem.',
    orgFallback: 'Organisationen som driver den här installationen',
    howHeading: 'Hur tillgängligt är Samsyn?',
    full: 'Samsyn är helt förenligt med lagen om tillgänglighet till digital offentlig service.',
    partial:
      'Samsyn är delvis förenligt med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    helpHeading: 'Vad kan du göra om du inte kan använda delar av Samsyn?',
    help: 'Om du behöver innehåll i ett annat format, eller inte kan delta i en workshop på grund av verktyget, kontakta oss så hjälper vi dig: {{contact}}. Processledaren i rummet kan också ta emot dina synpunkter muntligt och föra in dem.',
    contactFallback: 'kontakta processledaren för din workshop',
    reportHeading: 'Rapportera brister i Samsyns tillgänglighet',
    report:
      'Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns: {{contact}}.',
    supervisionHeading: 'Tillsyn',
    supervision:
      'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn för lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    supervisionLink: 'Anmäl till Digg (digg.se)',
    technicalHeading: 'Teknisk information om Samsyns tillgänglighet',
    gapsHeading: 'Innehåll som inte är tillgängligt',
    noGaps: 'Vi känner inte till några brister.',
    methodHeading: 'Hur vi testat Samsyn',
    method:
      'Vi har gjort en självskattning (intern testning) mot WCAG 2.1 nivå AA, och mot nivå AA i WCAG 2.2 där vi kunnat. I varje testkörning prövas varje vy automatiskt med axe-core i Chromium i mobil- och datorstorlek. Deltagarnas vyer för alla aktivitetstyper prövas dessutom med bara tangentbord på en 320 pixlar bred skärm med ökat textavstånd: var fokus hamnar efter varje handling, att inget rullar i sidled och vad live-regionen säger vid varje fasbyte. Processledarens sidor (inloggningen, workshopparna, mallarna, kontrollrummet med varje aktivitetstyp, kontona) och den här sidan prövas på samma sätt i 320 pixlars bredd med ökat textavstånd: att inget rullar i sidled, klipps eller täcks. Projektorvyn prövas vid 200 och 300 % zoom (att texten växer och att inga rader tappas), och placerade prickar i läget för forcerade färger. Det som går att dra med mus eller finger går också med knappar. Sidorna har ännu inte prövats av personer som använder skärmläsare (NVDA, VoiceOver, TalkBack) varje dag; det vill vi göra, och vi tar gärna emot synpunkter.',
    assessed: 'Senaste bedömningen gjordes den {{date}}.',
    updated: 'Redogörelsen uppdaterades senast den {{date}}.',
  },
  en: {
    title: 'Accessibility statement',
    heading: 'Accessibility statement',
    intro:
      '{{org}} is responsible for Samsyn, the tool for workshops and dialogues in the work on the regional development strategy. We want as many people as possible to be able to use it. This statement describes how Samsyn complies with the Swedish Act on accessibility to digital public services, the known gaps, and how you can report problems to us so that we can fix them.',
    orgFallback: 'The organisation running this installation',
    howHeading: 'How accessible is Samsyn?',
    full: 'Samsyn is fully compliant with the Act on accessibility to digital public services.',
    partial:
      'Samsyn is partially compliant with the Act on accessibility to digital public services, due to the gaps described below.',
    helpHeading: 'What can you do if you cannot use parts of Samsyn?',
    help: 'If you need content in another format, or cannot take part in a workshop because of the tool, contact us and we will help: {{contact}}. The facilitator in the room can also take your views orally and enter them.',
    contactFallback: 'contact the facilitator of your workshop',
    reportHeading: 'Report gaps in accessibility',
    report:
      'We keep working to improve accessibility. If you find problems not described here, or think we do not meet the requirements of the law, let us know: {{contact}}.',
    supervisionHeading: 'Supervision',
    supervision:
      'The Agency for Digital Government (Digg) supervises the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg.',
    supervisionLink: 'Report to Digg (digg.se)',
    technicalHeading: 'Technical information about accessibility',
    gapsHeading: 'Content that is not accessible',
    noGaps: 'We know of no gaps.',
    methodHeading: 'How we tested Samsyn',
    method:
      "We have made a self-assessment (internal testing) against WCAG 2.1 level AA, and against level AA of WCAG 2.2 where we could. In every test run, every view is checked automatically with axe-core in Chromium at phone and desktop sizes. The participant views of every activity type are also tried with the keyboard only on a 320 pixel wide screen with increased text spacing: where focus lands after each action, that nothing scrolls sideways, and what the live region says at each phase change. The facilitator's pages (logging in, the workshops, templates, the control room with every activity type, the accounts) and this page are tried the same way at 320 pixels with increased text spacing: that nothing scrolls sideways, is cut off or covered. The projector view is tried at 200% and 300% zoom (that text grows and no rows are lost), and placed dots in forced-colours mode. Whatever can be dragged with a mouse or a finger can also be done with buttons. The pages have not yet been tried by people who use screen readers (NVDA, VoiceOver, TalkBack) every day; we want to do that, and welcome comments.",
    assessed: 'The latest assessment was made on {{date}}.',
    updated: 'The statement was last updated on {{date}}.',
  },
};
