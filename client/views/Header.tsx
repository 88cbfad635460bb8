import type { ReactNode } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { switchLang, useT } from '../i18n/useT.ts';
import { useLangStore } from '../stores/langStore.ts';

/** The page header every view shares, with the language switch wired to its store. */
export function Header({ children }: { children?: ReactNode }) {
  const t = useT();
  const lang = useLangStore((s) => s.lang);
  return (
    <PageHeader brand={t('app.name')} skip={t('app.skip')}>
      {children}
      <LanguageSwitch lang={lang} label={t('lang.label')} onChange={(l) => void switchLang(l)} />
    </PageHeader>
  );
}
