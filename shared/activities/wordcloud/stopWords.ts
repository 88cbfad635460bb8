/**
 * Words too common to say anything in a word cloud, Swedish and English, lower case (Swedish
 * case folding). They are removed only at the edges of an answer ("en bättre skola" → "bättre
 * skola"); inside a phrase they stay ("hälsa och vård"). An answer made only of them counts as
 * nothing. Content words that are merely frequent ("bra", "viktigt") are not here: they are answers.
 */
const SWEDISH = `
alla allt alltså andra annan annat att av bara blev bli blir bör både de dem den denna
deras dess dessa det detta dig din dina ditt dock du där därför då efter eftersom eller
dom emellan en er era ert ett för från få får fick ganska genom ha hade han har hans hela helt hen
henne hennes hit hon honom hos hur här i icke ingen inget inga inom inte ja jag ju just kan
kanske kunde kunna man med mellan men mer mera mest mig min mina mitt mot mycket måste nej
ner ni nog någon något några när nu och också om oss på sa samma samt sedan sig sin sina sitt
själv ska skall skulle som så sådan sådant sådana till tills ty under upp ut
utan vad var vara varför varit varje vars vem vi vid vilka vilken vilket vill ville väl än ännu
vår vårt våra är åt över nån nåt
`;

const ENGLISH = `
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each etc few for from further had hadn't has hasn't have
haven't having he her here hers herself him himself his how i i'm if in into is isn't it it's
its itself just let's many may me might more most much must my myself no nor not now of off on
once only or other ought our ours ourselves out over own same shall she should shouldn't so
some such than that that's the their theirs them themselves then there there's these they
this those through to too under until up us very was wasn't we were weren't what when where
which while who whom why will with won't would wouldn't yes you your yours yourself yourselves
`;

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

export const STOP_WORDS: ReadonlySet<string> = new Set([...words(SWEDISH), ...words(ENGLISH)]);

/** Whether a folded word (lower case, Swedish rules) is a stop word. */
export const isStopWord = (folded: string): boolean => STOP_WORDS.has(folded);
