import type { FormEvent } from 'react';
import type { RankingResults } from '../../../shared/activities/ranking/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { useT } from '../../i18n/useT.ts';
import { useActivityResults } from '../../stores/workshopStore.ts';
import { activityLabel } from '../index.ts';
import type { SetupProps } from '../types.ts';
import { FetchFromList } from './FetchFromList.tsx';
import { ItemFields } from './ItemFields.tsx';
import { useStaffS } from './staffStrings.ts';
import { useRankingSetup } from './useRankingSetup.ts';
import './ranking.css';

/** Lists whose items the server will fetch (server/activities/ranking/importItems.ts). */
const SOURCE_TYPE = 'list';

/** The question and the items to rank, typed or fetched from a list. Opening is the generic `open` control. */
export default function RankingSetup({ activity, agenda }: SetupProps) {
  const t = useT();
  const staff = useStaffS();
  const holdsAnswers = (useActivityResults<RankingResults>(activity.id)?.respondents ?? 0) > 0;
  const form = useRankingSetup(activity, holdsAnswers);
  const base = `ranking-${activity.id}`;
  const lists = agenda
    .map((a, i) => ({ a, n: i + 1 }))
    .filter(({ a }) => a.type === SOURCE_TYPE)
    .map(({ a, n }) => ({ id: a.id, label: `${n}. ${activityLabel(t, a)}` }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.changed) return;
    const first = form.save();
    // The first field that needs fixing takes focus (WCAG 3.3.1).
    if (first) document.getElementById(`${base}-${first}`)?.focus();
  };
  return (
    <form onSubmit={onSubmit} className="stack ranking-setup" noValidate>
      <div className="field">
        <label htmlFor={`${base}-prompt`}>{staff('setup.prompt')}</label>
        <textarea
          id={`${base}-prompt`}
          rows={2}
          value={form.draft.prompt}
          maxLength={LIMITS.promptLength}
          aria-describedby={`${base}-prompt-hint`}
          onChange={(e) => form.setPrompt(e.target.value)}
        />
        <p id={`${base}-prompt-hint`} className="hint">
          {staff('setup.promptHint')}
        </p>
      </div>
      <FetchFromList activityId={activity.id} lists={lists} onItems={form.replaceItems} />
      <ItemFields form={form} base={base} />
      <SaveWithReset
        lock={form.lock}
        changed={form.changed}
        mustReset={form.mustReset}
        onUndo={form.undo}
        words={{
          save: staff('setup.save'),
          saved: staff('setup.saved'),
          undo: staff('setup.undo'),
          resetWarning: staff('setup.answersReset'),
          resetConfirm: staff('setup.resetConfirm'),
        }}
      />
    </form>
  );
}
