import { type FormEvent, useId } from 'react';
import { WORDCLOUD_LIMITS } from '../../../shared/activities/wordcloud/limits.ts';
import type { WordcloudResults, WordcloudView } from '../../../shared/activities/wordcloud/types.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { SaveWithReset } from '../../components/SaveWithReset.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useActivityResults, useActivityView } from '../../stores/workshopStore.ts';
import type { SetupProps } from '../types.ts';
import { useStaffS } from './staffStrings.ts';
import { useSetup } from './useSetup.ts';
import './wordcloud.css';

/** The question, how many answers and how long, and when the projector shows the cloud. */
export default function WordcloudSetup({ activity }: SetupProps) {
  const staff = useStaffS();
  const id = useId();
  const results = useActivityResults<WordcloudResults>(activity.id);
  const view = useActivityView<WordcloudView>(activity.id);
  // Held and hidden answers count too: they were given to this question.
  const holdsAnswers = (results?.answers ?? 0) > 0 || (view?.answers?.length ?? 0) > 0;
  const f = useSetup(activity, holdsAnswers);
  const { draft } = f;
  const words = { min: WORDCLOUD_LIMITS.wordsMin, max: WORDCLOUD_LIMITS.wordsMax };
  const length = { min: WORDCLOUD_LIMITS.lengthMin, max: WORDCLOUD_LIMITS.lengthMax };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!f.changed || f.save()) return;
    // Per field errors: the first invalid field takes focus (WCAG 3.3.1). It renders first.
    const form = e.currentTarget;
    requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };
  return (
    <form onSubmit={onSubmit} className="stack wordcloud-setup" noValidate>
      <div className="field">
        <label htmlFor={`${id}-prompt`}>{staff('setup.prompt')}</label>
        <textarea
          id={`${id}-prompt`}
          rows={2}
          value={draft.prompt}
          maxLength={LIMITS.promptLength}
          aria-describedby={`${id}-prompt-hint`}
          onChange={(e) => f.edit({ prompt: e.target.value })}
        />
        <p id={`${id}-prompt-hint`} className="hint">
          {staff('setup.promptHint')}
        </p>
      </div>
      <TextField
        id={`${id}-words`}
        label={staff('setup.maxWords')}
        hint={staff('setup.maxWordsHint', words)}
        error={f.problems.maxWords ? staff('setup.outOfRange', words) : null}
        type="number"
        inputMode="numeric"
        min={words.min}
        max={words.max}
        value={draft.maxWords}
        onValue={(maxWords) => f.edit({ maxWords })}
      />
      <TextField
        id={`${id}-length`}
        label={staff('setup.maxLength')}
        hint={staff('setup.maxLengthHint', length)}
        error={f.problems.maxLength ? staff('setup.outOfRange', length) : null}
        type="number"
        inputMode="numeric"
        min={length.min}
        max={length.max}
        value={draft.maxLength}
        onValue={(maxLength) => f.edit({ maxLength })}
      />
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.showLive}
            aria-describedby={`${id}-live-hint`}
            onChange={(e) => f.edit({ showLive: e.target.checked })}
          />{' '}
          {staff('setup.showLive')}
        </label>
        <p id={`${id}-live-hint`} className="hint">
          {staff('setup.showLiveHint')}
        </p>
      </div>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.preModeration}
            onChange={(e) => f.edit({ preModeration: e.target.checked })}
          />{' '}
          {staff('setup.preModeration')}
        </label>
      </div>
      <SaveWithReset
        lock={f.lock}
        changed={f.changed}
        mustReset={f.mustReset}
        onUndo={f.undo}
        words={{
          save: staff('setup.save'),
          saved: staff('setup.saved'),
          undo: staff('setup.undo'),
          resetWarning: staff('setup.rulesReset'),
          resetConfirm: staff('setup.resetConfirm'),
        }}
      />
    </form>
  );
}
