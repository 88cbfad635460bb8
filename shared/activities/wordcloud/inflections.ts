/**
 * Inflections of one word counted together, where a simple rule can tell: no dictionary, only
 * endings. The rule: two terms count together when removing one ending below from the last word
 * of each (or from neither) leaves the same stem, of at least MIN_STEM letters — so a stem joins
 * forms only when two answers actually share it ("skola", "skolan", "skolor" all reach "skol";
 * "vården" reaches "vård"; "houses" and "housing" reach "hous", "houses" and "house" reach "house").
 * Terms joined through a shared stem join transitively.
 *
 * Its limits, on purpose: vowel changes are not seen ("stad"/"städer", "man"/"män"); a stem under
 * four letters never joins ("mat"/"maten" stay apart, which also keeps "lag"/"lager" apart);
 * two different words can meet on a stem ("fakta"/"faktor" on "fakt", "plats"/"platt" on
 * "plat"): the facilitator's table lists every form counted together, so such a join is seen;
 * only the last word of a phrase is inflected ("bättre skolor" = "bättre skola"); words with
 * digits are never stemmed.
 */
const ENDINGS = [
  // Swedish: definite and plural forms, genitive -s, adjective -a/-t.
  'ernas',
  'arnas',
  'ornas',
  'erna',
  'arna',
  'orna',
  'ens',
  'ets',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'an',
  'a',
  'n',
  't',
  // English: plurals, -ing and -ed (and the Swedish genitive).
  'ing',
  'es',
  'ed',
  's',
] as const;

export const MIN_STEM = 4;

const LETTERS = /^\p{L}+$/u;

/** The stems a folded term may share with others: itself, and itself less one ending of its last word. */
export function stemsOf(key: string): string[] {
  const space = key.lastIndexOf(' ');
  const head = key.slice(0, space + 1);
  const last = key.slice(space + 1);
  const out = [key];
  if (!LETTERS.test(last)) return out;
  for (const ending of ENDINGS)
    if (last.endsWith(ending) && [...last].length - ending.length >= MIN_STEM)
      out.push(head + last.slice(0, -ending.length));
  return out;
}

/**
 * Groups folded terms that count together: each key maps to its group's id, the shortest key
 * of the group (then the first alphabetically), so the id is one of the terms people wrote.
 */
export function groupKeys(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  const byStem = new Map<string, number>();
  all.forEach((key, i) => {
    for (const stem of stemsOf(key)) {
      const seen = byStem.get(stem);
      if (seen === undefined) byStem.set(stem, i);
      else parent[find(i)] = find(seen);
    }
  });
  const members = new Map<number, string[]>();
  all.forEach((key, i) => {
    const root = find(i);
    const group = members.get(root);
    if (group) group.push(key);
    else members.set(root, [key]);
  });
  const out = new Map<string, string>();
  for (const keys of members.values()) {
    const id = keys.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '';
    for (const key of keys) out.set(key, id);
  }
  return out;
}
