import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { LIMITS } from '../../../shared/limits.ts';
import type { CreatedWorkshop } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { CreateWorkshopBody } from '../../../shared/protocol/schemas.ts';
import type { TemplateSummary } from '../../../shared/protocol/templates.ts';
import { api } from '../../api/http.ts';
import { createFromTemplate } from '../../api/templates.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { NamesChoice } from './NamesChoice.tsx';
import { PlaceField } from './PlaceField.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A new workshop: blank (a list and a dot voting), or from a built-in or saved template. */
export function CreateWorkshopForm({ templates }: { templates: readonly TemplateSummary[] }) {
  const t = useT();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [place, setPlace] = useState('');
  const [description, setDescription] = useState('');
  const [seeds, setSeeds] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [names, setNames] = useState<'anonymous' | 'shown'>('anonymous');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const priorities = seeds
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const body: CreateWorkshopBody = { title, date, place, description, priorities, names };
    const res = templateId
      ? await createFromTemplate(templateId, { title, date, place, description, names, lang: t.lang })
      : await api<CreatedWorkshop>('POST', '/api/workshops', body);
    setBusy(false);
    if (res.ok) navigate(`/w/${res.data.workshop.id}`);
    else setError(res.error.code);
  };

  return (
    <form onSubmit={onSubmit} className="stack">
      <TemplatePicker templates={templates} value={templateId} onChange={setTemplateId} />
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
      {/* The seeds go into the blank agenda's list; a template brings its own agenda. */}
      {templateId === '' && (
        <div className="field">
          <label htmlFor="create-seeds">{t('facilitator.seeds')}</label>
          <textarea id="create-seeds" rows={5} value={seeds} onChange={(e) => setSeeds(e.target.value)} />
        </div>
      )}
      <NamesChoice value={names} onChange={setNames} />
      <p className="error" role="alert">
        {error ? t(errorKey(error)) : ''}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {t('facilitator.create')}
      </button>
    </form>
  );
}
