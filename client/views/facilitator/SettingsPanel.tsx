import { useEffect, useState } from 'react';
import type { DialogueWindow, WorkshopSettings } from '../../../shared/domain/settings.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { errorKey, type MessageKey, useT } from '../../i18n/useT.ts';
import { tracked } from '../../realtime/commands.ts';
import { DialogueSetting } from './DialogueSetting.tsx';
import { NamesSetting } from './NamesSetting.tsx';

type Patch = Partial<Omit<WorkshopSettings, 'dialogue'>> & { dialogue?: DialogueWindow | null };

/**
 * The choices that hold for the whole workshop: names or full anonymity, the word filter, whether
 * new participants can join, and an open dialogue's dates. Each change is sent on its own (`workshop:settings`, facilitators only);
 * the room's state brings the stored settings back to every control room.
 */
export function SettingsPanel({ settings }: { settings: WorkshopSettings }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  // The box follows the click at once; the room's state confirms it (or the error puts it back).
  const [filterClicked, setFilterClicked] = useState<boolean | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored value has arrived or changed
  useEffect(() => setFilterClicked(null), [settings.wordFilter]);
  const [doorClicked, setDoorClicked] = useState<boolean | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stored value has arrived or changed
  useEffect(() => setDoorClicked(null), [settings.joinsOpen]);

  /** Sends a change; resolves with the fields the server refused, or null when it is stored. */
  const send = async (patch: Patch, saved: MessageKey): Promise<string[] | null> => {
    setBusy(true);
    setError(null);
    setStatus('');
    const ack = await tracked('workshop:settings', patch);
    setBusy(false);
    if (ack.ok) {
      setStatus(t(saved));
      return null;
    }
    setError(ack.error.code);
    return ack.error.fields ?? [];
  };

  return (
    <section aria-labelledby="settings-heading" className="panel stack settings-panel">
      <h3 id="settings-heading">{t('workshopSettings.heading')}</h3>
      <NamesSetting
        names={settings.names}
        busy={busy}
        onChange={(names) => void send({ names }, 'workshopSettings.saved')}
      />
      <div className="stack">
        <label className="check">
          <input
            type="checkbox"
            checked={filterClicked ?? settings.wordFilter}
            aria-describedby="word-filter-hint"
            onChange={(e) => {
              const wordFilter = e.target.checked;
              setFilterClicked(wordFilter);
              void send({ wordFilter }, 'workshopSettings.saved').then((refused) => {
                if (refused) setFilterClicked(null);
              });
            }}
          />
          {t('workshopSettings.wordFilter')}
        </label>
        <p id="word-filter-hint" className="hint">
          {t('workshopSettings.wordFilterHint')}
        </p>
      </div>
      <div className="stack">
        <label className="check">
          <input
            type="checkbox"
            checked={doorClicked ?? settings.joinsOpen}
            aria-describedby="joins-open-hint"
            onChange={(e) => {
              const joinsOpen = e.target.checked;
              setDoorClicked(joinsOpen);
              void send({ joinsOpen }, 'workshopSettings.saved').then((refused) => {
                if (refused) setDoorClicked(null);
              });
            }}
          />
          {t('workshopSettings.joinsOpen')}
        </label>
        <p id="joins-open-hint" className="hint">
          {t('workshopSettings.joinsOpenHint')}
        </p>
      </div>
      <DialogueSetting
        dialogue={settings.dialogue}
        busy={busy}
        onSave={(dialogue) =>
          send({ dialogue }, dialogue ? 'workshopSettings.dialogueSaved' : 'workshopSettings.dialogueCleared')
        }
      />
      <p className="form-feedback" role="status">
        {status}
      </p>
      <p className="error" role="alert">
        {error ? t(errorKey(error)) : ''}
      </p>
    </section>
  );
}
