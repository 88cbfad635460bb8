import { type BySector, emptyBySector, type Sector } from '../../domain/sectors.ts';
import { groupKeys } from './inflections.ts';
import { termOf } from './terms.ts';
import type { CloudTerm, TermForm, WordcloudResults } from './types.ts';

/** An answer the room sees, as the counting needs it. */
export interface CountedAnswer {
  /** Who gave it: their several answers folding to one term count once. */
  voter: string;
  sector: Sector;
  text: string;
}

const alphabetical = (a: string, b: string): number =>
  a.localeCompare(b, 'sv') || (a < b ? -1 : a > b ? 1 : 0);

/** The most used of several written forms; ties go to the shortest, then the first alphabetically. */
export function mostUsed(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, n] of counts) {
    const better =
      n > bestCount ||
      (n === bestCount &&
        (form.length < best.length || (form.length === best.length && alphabetical(form, best) < 0)));
    if (better) {
      best = form;
      bestCount = n;
    }
  }
  return best;
}

interface Group {
  voters: Set<string>;
  bySector: BySector;
  /** Written forms of the whole group, by answers. */
  written: Map<string, number>;
  /** Per folded key: its voters and its written forms. */
  keys: Map<string, { voters: Set<string>; written: Map<string, number> }>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * The one way a word cloud is counted, for every screen and every export. Each answer counts as
 * its term (terms.ts); inflections join (inflections.ts); a term's count is how many participants
 * gave it, overall and per sector. Terms are ranked by count, then alphabetically. `live` is
 * carried through for the projector's redaction.
 */
export function countWords(answers: readonly CountedAnswer[], live: boolean): WordcloudResults {
  const voters = new Map<string, Sector>();
  const terms = answers.flatMap((a) => {
    voters.set(a.voter, a.sector);
    const term = termOf(a.text);
    return term ? [{ ...a, ...term }] : [];
  });
  const groupOf = groupKeys(terms.map((t) => t.key));
  const groups = new Map<string, Group>();
  for (const t of terms) {
    const id = groupOf.get(t.key) ?? t.key;
    let g = groups.get(id);
    if (!g) {
      g = { voters: new Set(), bySector: emptyBySector(), written: new Map(), keys: new Map() };
      groups.set(id, g);
    }
    if (!g.voters.has(t.voter)) {
      g.voters.add(t.voter);
      g.bySector[t.sector] += 1;
    }
    bump(g.written, t.form);
    let k = g.keys.get(t.key);
    if (!k) {
      k = { voters: new Set(), written: new Map() };
      g.keys.set(t.key, k);
    }
    k.voters.add(t.voter);
    bump(k.written, t.form);
  }
  const ranked: CloudTerm[] = [...groups].map(([key, g]) => ({
    key,
    word: mostUsed(g.written),
    count: g.voters.size,
    bySector: g.bySector,
    forms: [...g.keys.values()]
      .map((k): TermForm => ({ form: mostUsed(k.written), count: k.voters.size }))
      .sort((a, b) => b.count - a.count || alphabetical(a.form, b.form)),
  }));
  ranked.sort((a, b) => b.count - a.count || alphabetical(a.word, b.word));
  const respondentsBySector = emptyBySector();
  for (const sector of voters.values()) respondentsBySector[sector] += 1;
  return {
    answers: answers.length,
    respondents: voters.size,
    respondentsBySector,
    terms: ranked,
    termCount: ranked.length,
    live,
  };
}
