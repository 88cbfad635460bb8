import type { WorkshopFacilitator } from '../../../shared/protocol/api.ts';
import { ConfirmInPlace } from '../../components/ConfirmInPlace.tsx';
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

  const label = isMe ? t('team.leave') : t('team.remove', { name: member.name });
  return (
    <li>
      <span>
        <strong>{member.name}</strong> {isMe && t('team.you')}
      </span>
      <span className="workshop-meta">
        {member.role === 'owner' ? t('team.owner') : t('team.co')} · {member.email}
      </span>
      {mayRemove && (
        <ConfirmInPlace
          small
          label={label}
          warning={isMe ? t('team.leaveWarning') : t('team.removeWarning', { name: member.name })}
          confirmLabel={isMe ? t('team.leaveConfirm') : t('team.removeConfirm')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => onRemove(member)}
        />
      )}
    </li>
  );
}
