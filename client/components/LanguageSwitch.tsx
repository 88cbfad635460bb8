import type { Lang } from '../stores/langStore.ts';

interface Props {
  lang: Lang;
  label: string;
  onChange: (lang: Lang) => void;
}

const OPTIONS: { lang: Lang; name: string }[] = [
  { lang: 'sv', name: 'Svenska' },
  { lang: 'en', name: 'English' },
];

/** Each language is named in itself, so people find theirs whatever is showing now. */
export function LanguageSwitch({ lang, label, onChange }: Props) {
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{label}</legend>
      {OPTIONS.map((o) => (
        <button
          key={o.lang}
          type="button"
          lang={o.lang}
          aria-pressed={lang === o.lang}
          className="lang-button"
          onClick={() => onChange(o.lang)}
        >
          {o.name}
        </button>
      ))}
    </fieldset>
  );
}
