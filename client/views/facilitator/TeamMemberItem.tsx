import { useEffect, useRef, useState } from 'react';
import type { WorkshopFacilitator } from '../../../shared/protocol/api.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  member: WorkshopFacilitator;
  isMe: boolean;
  /** The owner may remove others, a co-facilitator may remove (leave) themselves. */
  mayRemove: boolean;
  busy: boolean;
  onRemove: (member: WorkshopFacilitator) => void;
}

/** One facilitator of the workshop; removing or leaving is confirmed once, in place. */
export function TeamMemberItem({ member, isMe, mayRemove, busy, onRemove }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  // The button that opened the question is gone; keep keyboard focus in the question.
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  const label = isMe ? t('team.leave') : t('team.remove', { name: member.name });
  return (
    <li>
      <span>
        <strong>{member.name}</strong> {isMe && t('team.you')}
      </span>
      <span className="workshop-meta">
        {member.role === 'owner' ? t('team.owner') : t('team.co')} · {member.email}
      </span>
      {mayRemove && !asking && (
        <div className="button-row">
          <button type="button" className="button small" onClick={() => setAsking(true)}>
            {label}
          </button>
        </div>
      )}
      {mayRemove && asking && (
        <>
          <p className="warning-text">
            {isMe ? t('team.leaveWarning') : t('team.removeWarning', { name: member.name })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button small danger"
              disabled={busy}
              onClick={() => onRemove(member)}
            >
              {isMe ? t('team.leaveConfirm') : t('team.removeConfirm')}
            </button>
            <button ref={cancel} type="button" className="button small" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
