import { use, useCallback } from 'react';
import rosetta, { type Rosetta } from 'rosetta';
import { useLangStore } from '../stores/langStore.ts';
import type { Leaves, Params } from './useT.ts';

/** A type's words: Swedish is the source of truth for keys, English has its shape with any strings. */
export type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
/** Says one of a type's words, `{{param}}`s filled in as useT does. */
export type Say<T> = (key: Leaves<T>, params?: Params) => string;
interface Table {
  [key: string]: string | Table;
}

/** One set of a type's words, made by `defineStrings` and read with `useStrings`. */
export interface TypeStrings<T> {
  /** The Swedish words, the source of the keys. */
  sv: T;
  /** Keyed by language: English is there once loaded. */
  table: Rosetta<Record<string, unknown>>;
  loadEnglish: () => Promise<unknown>;
}

// Every type's English loader defined so far: a switch to English waits for them all, so a view
// already on screen never meets a word it lacks. This file is in every phone's first download.
const englishLoaders = new Set<() => Promise<unknown>>();

/** Called by switchLang: the English of every type whose words are loaded. */
export const loadTypeEnglish = () => Promise.all([...englishLoaders].map((load) => load()));

/**
 * A type's own words, kept in its folder so that adding a type touches no core catalog. `en` is
 * either the English words (staff views, where size does not matter) or a loader of them: then a
 * phone downloads only Swedish, as with the core catalogs, and English when someone picks it
 * (a failed load fails the switch, as the core's English does).
 */
export function defineStrings<T extends Table>(
  sv: T,
  en: NoInfer<Words<T> | (() => Promise<Words<T>>)>,
): TypeStrings<T> {
  const table = rosetta<Record<string, unknown>>(typeof en === 'function' ? { sv } : { sv, en });
  let english: Promise<unknown> | undefined;
  const loadEnglish = () =>
    (english ??= typeof en === 'function' ? en().then((words) => table.set('en', words)) : Promise.resolve());
  englishLoaders.add(loadEnglish);
  return { sv, table, loadEnglish };
}

/** A type's words in the current language, for its views (each type wraps it as its `useS`). */
export function useStrings<T>(strings: TypeStrings<T>): Say<T> {
  const lang = useLangStore((s) => s.lang);
  // Shown in English before its English arrived (its chunk loaded after the switch): wait in the
  // nearest Suspense boundary, which is already showing while the type's chunk loads.
  if (!strings.table.table(lang)) use(strings.loadEnglish());
  return useCallback((key, params) => strings.table.t(key, params ?? {}, lang), [strings, lang]);
}
