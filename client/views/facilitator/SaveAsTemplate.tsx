import { type FormEvent, useState } from 'react';
import { LIMITS } from '../../../shared/limits.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { SaveTemplateBody, TemplateSummary } from '../../../shared/protocol/templates.ts';
import { api } from '../../api/http.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';

/** "Spara som mall": the agenda (types, titles, settings) under a name, for the next workshop. */
export function SaveAsTemplate({ workshopId, title }: { workshopId: string; title: string }) {
  const t = useT();
  const [name, setName] = useState(title);
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setStatus('');
    const body: SaveTemplateBody = { title: name, description };
    const res = await api<TemplateSummary>(
      'POST',
      `/api/workshops/${encodeURIComponent(workshopId)}/template`,
      body,
    );
    setBusy(false);
    if (res.ok) setStatus(t('templates.saved', { title: res.data.title }));
    else setError(res.error.code);
  };

  return (
    <section aria-labelledby="save-template-heading" className="panel save-template">
      <h3 id="save-template-heading">{t('templates.saveHeading')}</h3>
      <form className="stack" onSubmit={onSubmit}>
        <p className="hint">{t('templates.saveHint')}</p>
        <TextField
          id="template-title"
          label={t('templates.saveTitle')}
          required
          maxLength={LIMITS.titleLength}
          value={name}
          error={error === 'VALIDATION' ? t(errorKey(error)) : null}
          onValue={setName}
        />
        <TextField
          id="template-description"
          label={t('templates.saveDescription')}
          maxLength={LIMITS.descriptionLength}
          value={description}
          onValue={setDescription}
        />
        <div className="button-row">
          <button type="submit" className="button" aria-disabled={busy}>
            {t('templates.save')}
          </button>
        </div>
        <p className="form-feedback" role="status">
          {status}
        </p>
        {error && error !== 'VALIDATION' && <p role="alert">{t(errorKey(error))}</p>}
      </form>
    </section>
  );
}
