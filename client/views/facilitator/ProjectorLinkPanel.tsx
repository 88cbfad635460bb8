import { useEffect, useId, useState } from 'react';
import type { ProjectorLink } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { createProjectorLink, projectorLinkStatus, revokeProjectorLink } from '../../api/projector.ts';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useLangStore } from '../../stores/langStore.ts';
import { useProjectorLinkS } from './projectorLinkStrings.ts';

/**
 * "Öppna projektorvyn på en annan dator": a link (and its QR) for the venue PC, which opens only
 * this workshop's projector, never the facilitator's session. The token is shown once, right
 * after it is made (only its hash is stored); later the panel says until when a link is valid.
 */
export function ProjectorLinkPanel({ workshopId }: { workshopId: string }) {
  const t = useT();
  const p = useProjectorLinkS();
  const lang = useLangStore((s) => s.lang);
  const headingId = useId();
  const [link, setLink] = useState<ProjectorLink | null>(null);
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void projectorLinkStatus(workshopId).then((res) => res.ok && setExpiresAt(res.data.expiresAt));
  }, [workshopId]);

  const create = async () => {
    setBusy(true);
    setError(null);
    const res = await createProjectorLink(workshopId);
    setBusy(false);
    if (!res.ok) return setError(res.error.code);
    setLink(res.data);
    setExpiresAt(res.data.expiresAt);
    setSaid(p('created'));
  };
  const revoke = async () => {
    setBusy(true);
    setError(null);
    const res = await revokeProjectorLink(workshopId);
    setBusy(false);
    if (!res.ok) return setError(res.error.code);
    setLink(null);
    setExpiresAt(null);
    setSaid(p('revoked'));
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setSaid(p('copied'));
    } catch {
      setSaid(p('copyFailed'));
    }
  };
  const time =
    expiresAt === null
      ? ''
      : new Date(expiresAt).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', {
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
        });

  return (
    <section aria-labelledby={headingId} className="panel projector-link-panel">
      {/* Folded: the room's counts below matter more during the live moment. */}
      <details>
        <summary>
          <h3 id={headingId} className="summary-heading">
            {p('heading')}
          </h3>
        </summary>
        <p className="hint">{p('intro')}</p>
        {link && (
          <div className="projector-link">
            {link.qrSvg && (
              <img
                className="qr small-qr"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
                alt={p('qrAlt')}
                width={112}
                height={112}
              />
            )}
            <label className="field">
              <span>{p('link')}</span>
              <input type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <p className="hint">{p('shownOnce')}</p>
          </div>
        )}
        <p data-testid="projector-link-status">{expiresAt === null ? p('none') : p('active', { time })}</p>
        <div className="button-row">
          {link && (
            <button type="button" className="button small" onClick={() => void copy()}>
              {p('copy')}
            </button>
          )}
          <button type="button" className="button small" disabled={busy} onClick={() => void create()}>
            {expiresAt === null ? p('create') : p('replace')}
          </button>
          {expiresAt !== null && (
            <button type="button" className="button small" disabled={busy} onClick={() => void revoke()}>
              {p('revoke')}
            </button>
          )}
        </div>
        {expiresAt !== null && <p className="hint">{p('replaceHint')}</p>}
        <p role="status" className="hint">
          {said}
        </p>
        {error && (
          <p className="error" role="alert">
            {t(errorKey(error))}
          </p>
        )}
      </details>
    </section>
  );
}
