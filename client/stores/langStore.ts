import { create } from 'zustand';

export type Lang = 'sv' | 'en';
const STORAGE_KEY = 'samsyn.lang';

/** The language the person chose last time; applied at start-up once its catalog has loaded. */
export function savedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    // Storage can be blocked (private mode, policies); Swedish is the default anyway.
    return 'sv';
  }
}

interface LangStore {
  /** The language on screen; only set once its catalog is loaded (see switchLang). */
  lang: Lang;
  setLang: (lang: Lang) => void;
}

export const useLangStore = create<LangStore>((set) => ({
  lang: 'sv',
  setLang: (lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not saved, but the switch still works for this page.
    }
    document.documentElement.lang = lang;
    set({ lang });
  },
}));
