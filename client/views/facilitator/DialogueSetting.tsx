import { type FormEvent, useState } from 'react';
import type { DialogueWindow } from '../../../shared/domain/settings.ts';
import { spokenDateTime } from '../../../shared/text/dates.ts';
import { TextField } from '../../components/TextField.tsx';
import { type MessageKey, useT } from '../../i18n/useT.ts';
import { fromLocalInput, toLocalInput } from '../localInput.ts';
import { useDialoguePhase } from '../useDialoguePhase.ts';

interface Props {
  dialogue: DialogueWindow | null;
  busy: boolean;
  /** Resolves with the server's refused fields, or null when saved. */
  onSave: (dialogue: DialogueWindow | null) => Promise<string[] | null>;
}

interface Errors {
  opens?: MessageKey;
  closes?: MessageKey;
}

/** The checks the server makes, said per field before sending (WCAG 3.3.1). */
function check(opens: string | null, closes: string | null): Errors {
  const errors: Errors = {};
  if (!opens) errors.opens = 'workshopSettings.opensMissing';
  if (!closes) errors.closes = 'workshopSettings.closesMissing';
  else if (opens && Date.parse(closes) <= Date.parse(opens))
    errors.closes = 'workshopSettings.closesBeforeOpens';
  return errors;
}

const PHASE: Record<'before' | 'open' | 'after', MessageKey> = {
  before: 'workshopSettings.phaseBefore',
  open: 'workshopSettings.phaseOpen',
  after: 'workshopSettings.phaseAfter',
};

/** The first invalid field gets focus (WCAG 3.3.1). */
const focus = (id: string) => document.getElementById(id)?.focus();

/** An open dialogue's opening and closing times: set, changed or removed. */
export function DialogueSetting({ dialogue, busy, onSave }: Props) {
  const t = useT();
  const [opens, setOpens] = useState(dialogue ? toLocalInput(dialogue.opensAt) : '');
  const [closes, setCloses] = useState(dialogue ? toLocalInput(dialogue.closesAt) : '');
  const [errors, setErrors] = useState<Errors>({});
  const phase = useDialoguePhase(dialogue);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const opensAt = fromLocalInput(opens);
    const closesAt = fromLocalInput(closes);
    const found = check(opensAt, closesAt);
    setErrors(found);
    if (found.opens) return focus('dialogue-opens');
    if (found.closes || !opensAt || !closesAt) return focus('dialogue-closes');
    const refused = await onSave({ opensAt, closesAt });
    if (refused?.some((f) => f.endsWith('closesAt'))) {
      setErrors({ closes: 'workshopSettings.closesBeforeOpens' });
      focus('dialogue-closes');
    }
  };
  const clear = async () => {
    setErrors({});
    if ((await onSave(null)) === null) {
      setOpens('');
      setCloses('');
    }
  };

  return (
    <form className="stack settings-dialogue" onSubmit={onSubmit} noValidate>
      <h4>{t('workshopSettings.dialogueHeading')}</h4>
      <p className="hint">{t('workshopSettings.dialogueIntro')}</p>
      <p data-testid="dialogue-setting">
        {dialogue
          ? `${t('workshopSettings.dialogueSet', {
              opens: spokenDateTime(dialogue.opensAt, t.lang),
              closes: spokenDateTime(dialogue.closesAt, t.lang),
            })} ${phase === 'live' ? '' : t(PHASE[phase])}`
          : t('workshopSettings.dialogueNone')}
      </p>
      <TextField
        id="dialogue-opens"
        type="datetime-local"
        label={t('workshopSettings.opensAt')}
        value={opens}
        error={errors.opens ? t(errors.opens) : null}
        onValue={setOpens}
      />
      <TextField
        id="dialogue-closes"
        type="datetime-local"
        label={t('workshopSettings.closesAt')}
        value={closes}
        error={errors.closes ? t(errors.closes) : null}
        onValue={setCloses}
      />
      <div className="button-row">
        <button type="submit" className="button primary" aria-disabled={busy}>
          {t('workshopSettings.saveDialogue')}
        </button>
        {dialogue && (
          <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && void clear()}>
            {t('workshopSettings.clearDialogue')}
          </button>
        )}
      </div>
    </form>
  );
}
