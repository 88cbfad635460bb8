import { useMemo } from 'react';
import rosetta from 'rosetta';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { type Lang, useLangStore } from '../stores/langStore.ts';
import { isStaffErrorCode } from './errorCodes.ts';
import { type Catalog, sv } from './sv.ts';
import type { StaffCatalog } from './svStaff.ts';
import { loadTypeEnglish } from './typeStrings.ts';

/** Every path to a string in a catalog, as `a.b`. */
export type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every translatable key, so a typo fails the type check instead of showing a raw key. */
export type MessageKey = Leaves<Catalog & StaffCatalog>;
export type Params = Record<string, string | number>;
export interface Translate {
  (key: MessageKey, params?: Params): string;
  /** The language it says things in, for words kept outside the catalogs (a type's name). */
  readonly lang: Lang;
}

// Only Swedish ships in the first bundle; English and the staff strings are loaded on demand
// to keep the phone's download small.
const i18n = rosetta<Record<string, unknown>>({ sv });

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return i18n.t(key, params ?? {}, lang);
}

export function errorKey(code: ErrorCode): MessageKey {
  return isStaffErrorCode(code) ? `staffErrors.${code}` : `errors.${code}`;
}

export function registerCatalog(lang: Lang, table: Record<string, unknown>): void {
  i18n.set(lang, table);
}

let english: Promise<void> | null = null;

export async function switchLang(lang: Lang): Promise<void> {
  if (lang === 'en') {
    english ??= import('./en.ts').then(({ en }) => registerCatalog('en', en));
    await Promise.all([english, loadTypeEnglish()]);
  }
  useLangStore.getState().setLang(lang);
}

export function useT(): Translate {
  const lang = useLangStore((s) => s.lang);
  return useMemo(
    () => Object.assign((key: MessageKey, params?: Params) => translate(lang, key, params), { lang }),
    [lang],
  );
}

/** Swedish and English both have one singular form; enough for counts of people and dots. */
export function plural<K extends string>(
  t: (key: K, params?: Params) => string,
  n: number,
  one: K,
  many: K,
): string {
  return n === 1 ? t(one) : t(many, { n });
}
