import { useState } from 'react';
import { MUNICIPALITIES } from '../../../shared/domain/municipalities.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { useT } from '../../i18n/useT.ts';

const FREE = '__free';

/** Most workshops happen in one of the county's municipalities; anything else is typed. */
export function PlaceField({ onChange }: { onChange: (place: string) => void }) {
  const t = useT();
  const [choice, setChoice] = useState('');
  const [free, setFree] = useState('');
  return (
    <>
      <div className="field">
        <label htmlFor="create-place">{t('facilitator.place')}</label>
        <select
          id="create-place"
          value={choice}
          onChange={(e) => {
            setChoice(e.target.value);
            onChange(e.target.value === FREE ? free : e.target.value);
          }}
        >
          <option value="">{t('facilitator.placeNone')}</option>
          {MUNICIPALITIES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
          <option value={FREE}>{t('facilitator.placeOther')}</option>
        </select>
      </div>
      {choice === FREE && (
        <div className="field">
          <label htmlFor="create-place-free">{t('facilitator.placeFree')}</label>
          <input
            id="create-place-free"
            value={free}
            maxLength={LIMITS.placeLength}
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
