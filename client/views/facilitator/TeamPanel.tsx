import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { LIMITS } from '../../../shared/limits.ts';
import type { MembershipRole, WorkshopFacilitator } from '../../../shared/protocol/api.ts';
import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import { addToTeam, fetchTeam, removeFromTeam } from '../../api/team.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorKey, useT } from '../../i18n/useT.ts';
import { useAuthStore } from '../../stores/authStore.ts';
import { TeamMemberItem } from './TeamMemberItem.tsx';

interface Props {
  workshopId: string;
  /** The signed-in facilitator's role in this workshop. */
  role: MembershipRole;
}

/** Who runs this workshop: any member adds a colleague by email, the owner removes, others leave. */
export function TeamPanel({ workshopId, role }: Props) {
  const t = useT();
  const [, navigate] = useLocation();
  const myId = useAuthStore((s) => s.facilitator?.id);
  const [team, setTeam] = useState<WorkshopFacilitator[] | null>(null);
  const [email, setEmail] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void fetchTeam(workshopId).then((res) => (res.ok ? setTeam(res.data) : setError(res.error.code)));
  }, [workshopId]);

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await addToTeam(workshopId, email.trim());
    setBusy(false);
    if (!res.ok) return setError(res.error.code);
    setTeam(res.data);
    setStatus(t(res.status === 201 ? 'team.added' : 'team.already', { email: email.trim() }));
    setEmail('');
  };

  const onRemove = async (member: WorkshopFacilitator) => {
    setBusy(true);
    setError(null);
    const res = await removeFromTeam(workshopId, member.id);
    setBusy(false);
    if (!res.ok) return setError(res.error.code);
    if (member.id === myId) return navigate('/');
    setTeam((list) => list?.filter((m) => m.id !== member.id) ?? null);
    setStatus(t('team.removed', { name: member.name }));
    // The row that held focus is gone: put keyboard focus back at the top of the panel.
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="team-heading" className="panel">
      <h3 id="team-heading" ref={heading} tabIndex={-1}>
        {t('team.heading')}
      </h3>
      {team === null && !error && <p role="status">{t('common.loading')}</p>}
      {team && (
        <ul className="workshop-list">
          {team.map((m) => (
            <TeamMemberItem
              key={m.id}
              member={m}
              isMe={m.id === myId}
              mayRemove={m.role !== 'owner' && (role === 'owner' || m.id === myId)}
              busy={busy}
              onRemove={onRemove}
            />
          ))}
        </ul>
      )}
      <form onSubmit={onAdd} className="stack">
        <TextField
          id="team-email"
          label={t('team.addLabel')}
          hint={t('team.addHint')}
          type="email"
          required
          autoComplete="off"
          maxLength={LIMITS.emailLength}
          value={email}
          onValue={setEmail}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('team.add')}
        </button>
        <p className="form-feedback" role="status">
          {status}
        </p>
        <p className="error" role="alert">
          {error ? t(errorKey(error)) : ''}
        </p>
      </form>
    </section>
  );
}
