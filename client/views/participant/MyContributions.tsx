import { useEffect, useRef, useState } from 'react';
import type {
  ContributionsRemovePayload,
  OwnContributions,
  RemovedContributions,
} from '../../../shared/protocol/contributions.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { activityLabel } from '../../activities/index.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { command } from '../../realtime/commands.ts';
import { ContributionRow } from './ContributionRow.tsx';
import { useContributionWords } from './contributionWords.ts';

/**
 * "Mina bidrag": the participant's own contributions per activity, each removable behind a
 * confirmation while the workshop is open (contributions:list / contributions:remove). The server
 * decides what is theirs and whether removing is still possible; this page shows its answer.
 */
export default function MyContributions() {
  const t = useT();
  const s = useContributionWords();
  const [data, setData] = useState<OwnContributions | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void command('contributions:list', {}).then((ack) => {
      if (ack.ok) setData(ack.data);
      else setError(ack.error.code);
    });
  }, []);

  const outcome = (r: RemovedContributions, all: boolean): string => {
    if (!all) return r.detached > 0 ? s('detached') : s('removed');
    const parts = [s('removedAll', { n: r.removed })];
    if (r.detached > 0) parts.push(s('detachedAll', { n: r.detached }));
    return parts.join(' ');
  };

  const remove = async (payload: ContributionsRemovePayload) => {
    setBusy(true);
    setError(null);
    setSaid('');
    const ack = await command('contributions:remove', payload);
    setBusy(false);
    if (!ack.ok) {
      setError(ack.error.code);
      // The workshop may have ended meanwhile: the buttons go, so focus goes to the heading.
      if (ack.error.code === 'WORKSHOP_ENDED') {
        setData((d) => d && { ...d, removable: false });
        heading.current?.focus();
      }
      return;
    }
    setData(ack.data.contributions);
    setSaid(outcome(ack.data, 'all' in payload));
    // The row (and its button) is gone: the heading keeps the place, the status says what happened.
    heading.current?.focus();
  };

  const empty = data !== null && data.activities.length === 0;
  return (
    <section id="my-contributions" aria-labelledby="my-contributions-heading" className="my-contributions">
      <h2 id="my-contributions-heading" ref={heading} tabIndex={-1}>
        {t('live.myContributions')}
      </h2>
      <p role="status" className="my-contributions-status">
        {error ? t(errorKey(error)) : said}
      </p>
      {data === null && !error && <p>{s('loading')}</p>}
      {data && (data.removable ? <p>{s('intro')}</p> : <p className="notice">{s('ended')}</p>)}
      {empty && <p>{s('none')}</p>}
      {data?.activities.map((a) => (
        <div key={a.activityId} className="my-contributions-activity">
          <h3>{activityLabel(t, a)}</h3>
          <ul>
            {a.contributions.map((c) => (
              <ContributionRow
                key={c.id}
                contribution={c}
                removable={data.removable}
                busy={busy}
                onRemove={() => void remove({ activityId: a.activityId, id: c.id })}
              />
            ))}
          </ul>
        </div>
      ))}
      {data?.removable && !empty && (
        <div className="my-contributions-all">
          <ConfirmInPlace
            label={s('removeAll')}
            warning={s('confirmAll')}
            confirmLabel={s('yes')}
            cancelLabel={s('cancel')}
            busy={busy}
            onConfirm={() => void remove({ all: true })}
          />
        </div>
      )}
    </section>
  );
}
