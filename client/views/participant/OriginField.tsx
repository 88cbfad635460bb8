import { useState } from 'react';
import { MUNICIPALITIES, OTHER_ORIGINS } from '../../../shared/domain/municipalities.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { useT } from '../../i18n/useT.ts';

const FREE = '__free';

interface Props {
  onChange: (value: string) => void;
  /** What the participant gave before, when they change their details. */
  initial?: string;
}

const LISTED: readonly string[] = [...MUNICIPALITIES, ...OTHER_ORIGINS];

/** A municipality, one of the other origins (stored as their keys), or free text. */
export function OriginField({ onChange, initial = '' }: Props) {
  const t = useT();
  const [choice, setChoice] = useState(() => (initial === '' || LISTED.includes(initial) ? initial : FREE));
  const [free, setFree] = useState(() => (LISTED.includes(initial) ? '' : initial));
  return (
    <>
      <div className="field">
        <label htmlFor="join-municipality">{t('join.municipality')}</label>
        <select
          id="join-municipality"
          value={choice}
          onChange={(e) => {
            setChoice(e.target.value);
            onChange(e.target.value === FREE ? free : e.target.value);
          }}
        >
          <option value="">{t('join.municipalityNone')}</option>
          <optgroup label={t('join.municipalityGroup')}>
            {MUNICIPALITIES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('join.otherGroup')}>
            {OTHER_ORIGINS.map((o) => (
              <option key={o} value={o}>
                {t(`origin.${o}`)}
              </option>
            ))}
            <option value={FREE}>{t('join.originOther')}</option>
          </optgroup>
        </select>
      </div>
      {choice === FREE && (
        <div className="field">
          <label htmlFor="join-municipality-free">{t('join.municipalityFree')}</label>
          <input
            id="join-municipality-free"
            value={free}
            maxLength={LIMITS.municipalityLength}
            onChange={(e) => {
              setFree(e.target.value);
              onChange(e.target.value);
            }}
          />
        </div>
      )}
    </>
  );
}
