import type { EntryRecord } from '../../shared/domain/entries.ts';
import { fail, ok, type Result } from '../../shared/domain/result.ts';
import type { OwnContribution } from '../../shared/protocol/contributions.ts';
import type { ActivityContext } from './module.ts';

/*
 * "Mina bidrag" for the types whose texts are the core's entries (ideas, questions, answers,
 * words): one participant's posts, and removing one for real. A type plugs these into its `own`.
 */

interface OwnEntryRules<C> {
  /** The participant's `mine` after a change, for their phones. */
  mine(ctx: ActivityContext<C>, participantId: string): unknown;
  /** Entries others work on too (an ideas theme others sort cards into): detached, never deleted. */
  shared?(e: EntryRecord): boolean;
}

export function ownEntries<C>(
  ctx: ActivityContext<C>,
  participantId: string,
  rules: OwnEntryRules<C>,
): OwnContribution[] {
  return ctx.repos.entries
    .list(ctx.activity.id)
    .filter((e) => e.participantId === participantId)
    .map((e) => ({
      id: e.id,
      kind: 'post',
      text: e.text,
      status: e.status,
      shared: rules.shared?.(e) ?? false,
    }));
}

/**
 * Deletes one of the participant's posts (a hidden one too: it is still their words), with the
 * responses others gave on it (upvotes), in one transaction; then every phone concerned is told
 * its own state and the room gets the view and the results again.
 */
export function removeOwnEntry<C>(
  ctx: ActivityContext<C>,
  participantId: string,
  id: string,
  rules: OwnEntryRules<C>,
): Result<'removed' | 'detached'> {
  const a = ctx.activity;
  const entry = ctx.repos.entries.get(a.id, id);
  if (!entry || entry.participantId !== participantId) return fail('NOT_FOUND');
  if (rules.shared?.(entry)) {
    ctx.repos.entries.detach(a.id, id);
    ctx.viewChanged();
    return ok('detached');
  }
  const others = ctx.repos.transaction(() => {
    const on = ctx.repos.responses.byKey(a.id, id);
    ctx.repos.entries.delete(a.id, id);
    ctx.repos.responses.dropKey(a.id, id);
    return on.map((r) => r.participantId);
  });
  for (const pid of new Set([participantId, ...others])) ctx.mineChanged(pid, rules.mine(ctx, pid), null);
  ctx.viewChanged();
  ctx.resultsChanged();
  return ok('removed');
}
