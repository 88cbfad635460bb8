import { useRef, useState } from 'react';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { TemplateSummary } from '../../../shared/protocol/templates.ts';
import { deleteTemplate } from '../../api/templates.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';

interface Props {
  templates: readonly TemplateSummary[];
  onDeleted: (templateId: string) => void;
}

/** The saved templates, each with who saved it; its creator or the admin may delete it. */
export function TemplateList({ templates, onDeleted }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const saved = templates.filter((x) => !x.builtin);

  const remove = async (template: TemplateSummary) => {
    setError(null);
    const res = await deleteTemplate(template.id);
    if (!res.ok) return setError(res.error.code);
    onDeleted(template.id);
    setStatus(t('templates.deleted', { title: template.title }));
    // The row that held focus is gone: keyboard focus goes back to the list's heading.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading" ref={heading} tabIndex={-1}>
        {t('templates.listHeading')}
      </h2>
      {saved.length === 0 ? (
        <p>{t('templates.none')}</p>
      ) : (
        <ul className="workshop-list template-list">
          {saved.map((x) => (
            <li key={x.id}>
              <span className="workshop-link">{x.title}</span>
              <span className="workshop-meta">
                {[x.description, x.createdBy ? t('templates.by', { name: x.createdBy.name }) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {x.canDelete && (
                <ConfirmInPlace
                  small
                  label={t('templates.delete', { title: x.title })}
                  warning={t('templates.deleteWarning', { title: x.title })}
                  confirmLabel={t('templates.deleteConfirm')}
                  cancelLabel={t('common.cancel')}
                  onConfirm={() => void remove(x)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="form-feedback" role="status">
        {status}
      </p>
      {error && <p role="alert">{t(errorKey(error))}</p>}
    </section>
  );
}
