import type { ConnectionStatus } from '../stores/connectionStore.ts';
import type { SaveState } from '../stores/saveStore.ts';

interface Props {
  connection: ConnectionStatus;
  save: SaveState;
  labels: Record<ConnectionStatus | 'saving' | 'saved' | 'overdue' | 'label', string>;
  /** Said instead of any save state: a refusal, or a connection the server will not take. */
  error: string | null;
  /** The workshop is gone or over: said instead of everything else. */
  ended: { title: string; hint: string } | null;
}

/**
 * Always visible: participants must never wonder whether they are online or what was saved.
 * One save state at a time, so a red refusal never stands beside a green "Sparat ✓".
 */
export function StatusBar({ connection, save, labels, error, ended }: Props) {
  if (ended) {
    return (
      <div className="status-bar">
        <div className="status-ended" role="alert">
          <p>
            <strong>{ended.title}</strong>
          </p>
          <p>{ended.hint}</p>
        </div>
      </div>
    );
  }
  const saveText = save === 'saving' || save === 'saved' || save === 'overdue' ? labels[save] : null;
  return (
    <div className="status-bar">
      <p role="status" aria-label={labels.label} className="status-line">
        <span className={`status-pill status-${connection}`}>
          <span className="status-dot" aria-hidden="true" />
          {labels[connection]}
        </span>
        {!error && saveText && <span className={`status-save status-${save}`}>{saveText}</span>}
      </p>
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
