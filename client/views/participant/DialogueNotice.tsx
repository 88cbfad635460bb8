import type { DialoguePhase } from '../../../shared/domain/dialogue.ts';
import type { DialogueWindow } from '../../../shared/domain/settings.ts';
import { spokenDateTime } from '../../../shared/text/dates.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  dialogue: DialogueWindow;
  phase: DialoguePhase;
}

/**
 * What a phone says about an open dialogue: when it opens (nothing to answer yet), until when
 * it is open (answer in any order), or that it has closed. Dates as people say them.
 */
export function DialogueNotice({ dialogue, phase }: Props) {
  const t = useT();
  if (phase === 'live') return null;
  if (phase === 'open')
    return (
      <p className="hint dialogue-open" data-testid="dialogue-notice">
        {t('dialogue.openUntil', { when: spokenDateTime(dialogue.closesAt, t.lang) })}
      </p>
    );
  const before = phase === 'before';
  return (
    <div className="notice dialogue-notice" role="status" data-testid="dialogue-notice">
      <p>
        <strong>
          {before
            ? t('dialogue.opensAt', { when: spokenDateTime(dialogue.opensAt, t.lang) })
            : t('dialogue.closedAt', { when: spokenDateTime(dialogue.closesAt, t.lang) })}
        </strong>
      </p>
      <p>{before ? t('dialogue.before') : t('dialogue.after')}</p>
    </div>
  );
}
