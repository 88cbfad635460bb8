import type { ConnectionStatus } from '../stores/connectionStore.ts';
import type { SaveState } from '../stores/saveStore.ts';

interface Props {
  connection: ConnectionStatus;
  save: SaveState;
  labels: Record<ConnectionStatus | 'saving' | 'saved' | 'label', string>;
  error: string | null;
}

/** Always visible: participants must never wonder whether they are online or what was saved. */
export function StatusBar({ connection, save, labels, error }: Props) {
  return (
    <div className="status-bar">
      <p role="status" aria-label={labels.label} className="status-line">
        <span className={`status-pill status-${connection}`}>
          <span className="status-dot" aria-hidden="true" />
          {labels[connection]}
        </span>
        {save !== 'idle' && <span className={`status-save status-${save}`}>{labels[save]}</span>}
      </p>
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
