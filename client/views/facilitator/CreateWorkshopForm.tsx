import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { LIMITS } from '../../../shared/limits.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { CreateWorkshopBody } from '../../../shared/protocol/schemas.ts';
import { api } from '../../api/http.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { PlaceField } from './PlaceField.tsx';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function CreateWorkshopForm() {
  const t = useT();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [place, setPlace] = useState('');
  const [description, setDescription] = useState('');
  const [seeds, setSeeds] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const priorities = seeds
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const body: CreateWorkshopBody = { title, date, place, description, priorities };
    const res = await api<CreatedWorkshop>('POST', '/api/workshops', body);
    setBusy(false);
    if (res.ok) navigate(`/w/${res.data.workshop.id}`);
    else setError(res.error.code);
  };

  return (
    <form onSubmit={onSubmit} className="stack">
      <TextField
        id="create-title"
        label={t('facilitator.title')}
        required
        maxLength={LIMITS.titleLength}
        value={title}
        onValue={setTitle}
      />
      <TextField
        id="create-date"
        label={t('facilitator.date')}
        type="date"
        required
        value={date}
        onValue={setDate}
      />
      <PlaceField onChange={setPlace} />
      <div className="field">
        <label htmlFor="create-description">{t('facilitator.description')}</label>
        <textarea
          id="create-description"
          rows={3}
          maxLength={LIMITS.descriptionLength}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="create-seeds">{t('facilitator.seeds')}</label>
        <textarea id="create-seeds" rows={5} value={seeds} onChange={(e) => setSeeds(e.target.value)} />
      </div>
      <p className="error" role="alert">
        {error ? t(errorKey(error)) : ''}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {t('facilitator.create')}
      </button>
    </form>
  );
}
