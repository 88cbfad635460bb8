import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { POLL_LIMITS } from '../../../shared/activities/poll/limits.ts';
import { choiceCount, maxChoicesOf } from '../../../shared/activities/poll/rules.ts';
import type { PollConfig } from '../../../shared/activities/poll/types.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useS } from './strings.ts';
import { usePollAnswer } from './usePollAnswer.ts';

interface Props {
  activityId: string;
  config: PollConfig;
  /** The question as it is shown (the title when the poll has none). */
  legend: string;
}

/**
 * The options as big radio buttons (one answer) or checkboxes (several), native inputs so phones
 * and screen readers know them. Each change is saved at once; "other" when its words are saved.
 */
export function Ballot({ activityId, config, legend }: Props) {
  const t = useT();
  const ballotRef = useRef<HTMLDivElement>(null);
  const s = useS();
  const ids = useId();
  const { answer, saved, error, send } = usePollAnswer(activityId);
  const [otherOpen, setOtherOpen] = useState(answer.other !== '');
  const [draft, setDraft] = useState(answer.other);
  // The stored words follow the server (another tab, a reset); a reset closes the field too.
  useEffect(() => {
    setDraft(answer.other);
    if (answer.other) setOtherOpen(true);
  }, [answer.other]);

  const max = maxChoicesOf(config);
  const multiple = config.multiple;
  const count = choiceCount(answer) + (otherOpen && !answer.other ? 1 : 0);
  const full = multiple && count >= max;
  const kind = multiple ? 'checkbox' : 'radio';
  const name = `poll-${activityId}`;

  const choose = (id: string, on: boolean) => {
    if (!multiple) {
      setOtherOpen(false);
      send({ choices: [id], other: '' });
      return;
    }
    if (on && full) return;
    const choices = on ? [...answer.choices, id] : answer.choices.filter((c) => c !== id);
    send({ choices, other: answer.other });
  };
  const chooseOther = (on: boolean) => {
    if (on && full) return;
    setOtherOpen(on);
    if (!on && answer.other) send({ choices: answer.choices, other: '' });
    // Picking "other" alone changes nothing stored: its words do, once saved.
  };
  const saveOther = (e: FormEvent) => {
    e.preventDefault();
    const words = draft.normalize('NFC').trim();
    if (!words) return;
    send({ choices: multiple ? answer.choices : [], other: words });
  };
  const checked = (id: string) => answer.choices.includes(id) && (multiple || !otherOpen);
  // Picked but not saved: no words stored yet, or other words typed since.
  const unsavedOther = otherOpen && (!answer.other || draft.trim() !== answer.other);
  const status = error
    ? t(errorKey(error))
    : !saved
      ? s('saving')
      : unsavedOther
        ? s('otherUnsaved')
        : choiceCount(answer) > 0
          ? s('saved')
          : s('notAnswered');

  return (
    <div ref={ballotRef} className="stack poll-ballot">
      <fieldset className="poll-options">
        <legend className="poll-question">{legend}</legend>
        <p className="hint" id={`${ids}-rule`}>
          {multiple ? s('chooseMany', { n: max }) : s('chooseOne')}
        </p>
        {config.options.map((o) => {
          const on = checked(o.id);
          const blocked = !on && full;
          return (
            <label key={o.id} className={`poll-option${on ? ' chosen' : ''}`}>
              <input
                type={kind}
                name={name}
                checked={on}
                aria-disabled={blocked || undefined}
                aria-describedby={`${ids}-rule`}
                onChange={(e) => choose(o.id, e.target.checked)}
              />
              <span className="poll-option-text">{o.text}</span>
            </label>
          );
        })}
        {config.allowOther && (
          <label className={`poll-option${otherOpen ? ' chosen' : ''}`}>
            <input
              type={kind}
              name={name}
              checked={otherOpen}
              aria-disabled={(!otherOpen && full) || undefined}
              aria-describedby={`${ids}-rule`}
              onChange={(e) => chooseOther(e.target.checked)}
            />
            <span className="poll-option-text">{s('other')}</span>
          </label>
        )}
      </fieldset>
      {config.allowOther && otherOpen && (
        <form className="add-form" onSubmit={saveOther}>
          <label htmlFor={`${ids}-other`}>{s('otherLabel')}</label>
          <input
            id={`${ids}-other`}
            value={draft}
            maxLength={POLL_LIMITS.otherLength}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button" disabled={!draft.trim() || !unsavedOther}>
            {s('otherSave')}
          </button>
        </form>
      )}
      {multiple && (
        <p className="poll-count">
          {s('chosen', { n: choiceCount(answer), max })} {full ? s('full') : ''}
        </p>
      )}
      <p
        className={error ? 'error' : saved && choiceCount(answer) > 0 ? 'status-saved' : 'hint'}
        role="status"
      >
        {status}
      </p>
      {choiceCount(answer) > 0 && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setOtherOpen(false);
            send({ choices: [], other: '' });
            // This button goes with the answer: focus returns to the first option, not the page.
            requestAnimationFrame(() => ballotRef.current?.querySelector<HTMLInputElement>('input')?.focus());
          }}
        >
          {s('clear')}
        </button>
      )}
    </div>
  );
}
