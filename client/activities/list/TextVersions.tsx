import { useState } from 'react';
import type { TextVersion } from '../../../shared/protocol/texts.ts';
import { command, tracked } from '../../realtime/commands.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { useSectorLabel } from '../../views/useSectorLabel.ts';
import { useStaffS } from './staffStrings.ts';

interface Props {
  /** The list the text belongs to. */
  activityId: string;
  itemId: string;
  label: string;
}

/**
 * Earlier versions of one text, loaded when opened. Restoring is itself kept as a version, so it
 * can be undone the same way; no confirmation needed.
 */
export function TextVersions({ activityId, itemId, label }: Props) {
  const staff = useStaffS();
  const lang = useLangStore((s) => s.lang);
  const sectorLabel = useSectorLabel();
  const [versions, setVersions] = useState<TextVersion[] | null>(null);
  const [restored, setRestored] = useState(false);

  const load = async () => {
    const ack = await command('text:versions', { activityId, itemId });
    if (ack.ok) setVersions(ack.data.versions);
  };
  const restore = async (versionId: number) => {
    const ack = await tracked('text:restore', { activityId, itemId, versionId });
    setRestored(ack.ok);
    if (ack.ok) await load();
  };
  const time = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { timeStyle: 'medium' }).format(new Date(iso));
  const author = (v: TextVersion) =>
    v.by.kind === 'server'
      ? staff('versions.byServer')
      : v.by.kind === 'facilitator'
        ? staff('versions.byFacilitator')
        : (v.by.name ?? sectorLabel(v.by.sector));

  return (
    <details
      className="versions"
      onToggle={(e) => {
        if (e.currentTarget.open) void load();
        else setRestored(false);
      }}
    >
      <summary>{staff('versions.open', { label })}</summary>
      {/* Always rendered: a status region that appears with its text is often not announced. */}
      <p role="status" className="hint">
        {restored ? staff('versions.restored') : ''}
      </p>
      {versions?.length === 0 && <p className="hint">{staff('versions.none')}</p>}
      {versions && versions.length > 0 && (
        <ol className="version-list">
          {versions.map((v) => (
            <li key={v.id}>
              <p className="version-meta">
                <time dateTime={v.at}>{time(v.at)}</time> · {author(v)}
              </p>
              <p className="version-text">{v.text || '–'}</p>
              <button
                type="button"
                className="button small"
                aria-label={staff('versions.restoreLabel', { time: time(v.at) })}
                onClick={() => void restore(v.id)}
              >
                {staff('versions.restore')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
