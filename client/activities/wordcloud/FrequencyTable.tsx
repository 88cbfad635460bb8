import { useState } from 'react';
import type { CloudTerm } from '../../../shared/activities/wordcloud/types.ts';
import { SECTORS } from '../../../shared/domain/sectors.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useStaffS } from './staffStrings.ts';

interface Props {
  activityId: string;
  terms: readonly CloudTerm[];
  /** Distinct terms in all (the results carry the top ones only). */
  termCount: number;
}

interface Undo {
  word: string;
  ids: string[];
}

const idsOf = (data: unknown): string[] =>
  typeof data === 'object' && data !== null && 'ids' in data && Array.isArray(data.ids)
    ? data.ids.filter((id): id is string => typeof id === 'string')
    : [];

/**
 * The ranked terms with their counts, the forms counted together and the split by sector, each
 * with a button that hides the whole term (every answer counted into it) — undone in one step.
 */
export function FrequencyTable({ activityId, terms, termCount }: Props) {
  const t = useT();
  const staff = useStaffS();
  const sectorLabel = useSectorLabel();
  const [undo, setUndo] = useState<Undo | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);

  const hide = async (term: CloudTerm) => {
    setError(null);
    const ack = await tracked('activity:command', {
      activityId,
      name: 'hideTerm',
      payload: { key: term.key },
    });
    if (!ack.ok) return setError(ack.error.code);
    const ids = idsOf(ack.data);
    setUndo({ word: term.word, ids });
    setNote(staff('admin.termHidden', { word: term.word, n: ids.length }));
    // The row and its button are gone: the undo button takes focus (it sits above the table).
    requestAnimationFrame(() => document.getElementById(`wordcloud-undo-${activityId}`)?.focus());
  };
  const undoHide = async () => {
    if (!undo) return;
    const ack = await tracked('activity:command', {
      activityId,
      name: 'moderate',
      payload: { ids: undo.ids, status: 'shown' },
    });
    if (!ack.ok) return setError(ack.error.code);
    setNote(staff('admin.undone', { word: undo.word }));
    setUndo(null);
  };

  return (
    <div className="stack">
      <p className="form-feedback" role="status">
        {error ? t(errorKey(error)) : note}
      </p>
      {undo && undo.ids.length > 0 && (
        <button
          id={`wordcloud-undo-${activityId}`}
          type="button"
          className="button"
          onClick={() => void undoHide()}
        >
          {staff('admin.undo')}: {undo.word}
        </button>
      )}
      {terms.length > 0 && (
        <div className="wordcloud-table-wrap">
          <table className="wordcloud-table">
            <thead>
              <tr>
                <th scope="col">{staff('admin.rank')}</th>
                <th scope="col">{staff('admin.term')}</th>
                <th scope="col">{staff('admin.count')}</th>
                <th scope="col">{staff('admin.forms')}</th>
                <th scope="col">{staff('admin.bySector')}</th>
                <th scope="col">{staff('admin.action')}</th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term, i) => (
                <tr key={term.key}>
                  <td>{i + 1}</td>
                  <th scope="row" className="wordcloud-term">
                    {term.word}
                  </th>
                  <td>{term.count}</td>
                  <td className="wordcloud-forms">
                    {term.forms.length > 1 ? term.forms.map((f) => `${f.form} (${f.count})`).join(', ') : ''}
                  </td>
                  <td className="wordcloud-sectors">
                    {SECTORS.filter((s) => term.bySector[s] > 0).map((s) => (
                      <span key={s} className="sector-chip">
                        <span className={`swatch sector-${s}`} aria-hidden="true" />
                        {sectorLabel(s)} {term.bySector[s]}
                      </span>
                    ))}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      aria-label={staff('admin.hideTermLabel', { word: term.word })}
                      onClick={() => void hide(term)}
                    >
                      {staff('admin.hideTerm')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {termCount > terms.length && (
        <p className="hint">{staff('admin.more', { shown: terms.length, total: termCount })}</p>
      )}
    </div>
  );
}
