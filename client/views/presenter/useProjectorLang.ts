import { useEffect } from 'react';
import { switchLang } from '../../i18n/useT.ts';
import { type Lang, savedLang } from '../../stores/langStore.ts';

const isLang = (v: string | null): v is Lang => v === 'sv' || v === 'en';

/**
 * The stage has no language buttons: its language comes from `?lang=en` in its address, else the
 * one chosen in the control room. The control room usually opened this window in the same
 * browser, so a change there (stored by the language store) is followed here at once.
 */
export function useProjectorLang(): void {
  useEffect(() => {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (isLang(asked)) {
      void switchLang(asked);
      return;
    }
    void switchLang(savedLang());
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea === window.localStorage) void switchLang(savedLang());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
