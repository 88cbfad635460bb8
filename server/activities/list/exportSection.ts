import { activePriorities } from '../../../shared/activities/list/rules.ts';
import { LIST_TYPE, type ListConfig } from '../../../shared/activities/list/types.ts';
import { itemNumbers } from '../../../shared/domain/itemNumbers.ts';
import type { Sector } from '../../../shared/domain/sectors.ts';
import { type ExportBlock, ExportError, type ExportSection } from '../../export/document.ts';
import { type ExportLang, LABELS } from '../../export/labels.ts';
import type { ActivityContext } from '../module.ts';
import { LIST_LABELS } from './labels.ts';

/**
 * The list as it stands: its question, its active items in display order with the numbers the
 * screens show (hidden ones marked,
 * not left out, so the file accounts for everything the room wrote), and where merged ones came from.
 * Throws ExportError when the texts cannot be read: a list without its texts tells nothing.
 */
export function listSection(ctx: ActivityContext<ListConfig>, lang: ExportLang): ExportSection {
  const l = LIST_LABELS[lang];
  const core = LABELS[lang];
  const a = ctx.activity;
  const texts = ctx.texts(a.id);
  if (!texts) throw new ExportError('DOCUMENT_UNREADABLE');
  const all = ctx.items(a.id);
  const items = activePriorities(all);
  // The number every screen calls the item by, so the file and the room say the same "3".
  const numbers = itemNumbers(all);
  const nOf = (id: string) => numbers.get(id) ?? 0;
  const textOf = (id: string) => texts[id] ?? '';
  const originOf = (sector: Sector | null) => (sector ? core.sectors[sector] : l.seeded);

  const blocks: ExportBlock[] = [];
  if (a.config.prompt) blocks.push({ kind: 'text', label: l.prompt, text: a.config.prompt });
  blocks.push({
    kind: 'table',
    columns: [
      { label: l.order, numeric: true },
      { label: l.priority, numeric: false },
      { label: l.addedBy, numeric: false },
      { label: l.hidden, numeric: false },
    ],
    rows: items.map((p) => [
      nOf(p.id),
      textOf(p.id),
      originOf(p.createdBySector),
      p.hidden ? core.yes : core.no,
    ]),
  });
  const merged = items.flatMap((p) => (p.mergedFrom.length > 0 ? [{ p, rank: nOf(p.id) }] : []));
  if (merged.length > 0) {
    blocks.push({
      kind: 'list',
      heading: l.mergedFrom,
      items: merged.map(({ p, rank }) => ({
        text: `${rank}. ${firstLine(textOf(p.id))}`,
        children: p.mergedFrom.map((from) => `${from.text} (${originOf(from.createdBySector)})`),
      })),
    });
  }
  return { title: a.title || l.typeName, type: LIST_TYPE, blocks };
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';
