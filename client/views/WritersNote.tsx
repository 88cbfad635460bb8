import { useT } from '../i18n/useT.ts';
import { useWritersStore } from '../stores/writersStore.ts';
import { useSectorLabel } from './useSectorLabel.ts';

/**
 * "Skriver nu: Anna, Näringsliv" under a text others are writing in. Not a live region: it
 * changes every few seconds while people type, and a screen reader announcing each change would
 * drown out the text itself. Its line is always there, so nothing below jumps as people come and go.
 */
export function WritersNote({ itemId }: { itemId: string }) {
  const t = useT();
  const sectorLabel = useSectorLabel();
  const writers = useWritersStore((s) => s.writers[itemId]);
  const self = useWritersStore((s) => s.self);
  const others = writers?.filter((w) => w.id !== self) ?? [];
  const names = others.map((w) => w.name ?? (w.sector ? sectorLabel(w.sector) : t('writers.facilitator')));
  return (
    <p className="writers-note">{names.length > 0 ? t('writers.label', { names: names.join(', ') }) : ''}</p>
  );
}
