import { useId, useState } from 'react';
import type { IdeaCard, IdeaTheme } from '../../../shared/activities/ideas/types.ts';

interface Props {
  card: IdeaCard;
  themes: readonly IdeaTheme[];
  /** The id of the element holding the card's text, which describes the controls. */
  describedBy: string;
  words: { moveTo: string; move: string; ungrouped: string };
  onMove: (themeId: string | null, themeName: string) => void;
}

const UNGROUPED = '';

/**
 * "Flytta till…": a select and a button, so moving needs no dragging (WCAG 2.5.7) and choosing
 * in the list changes nothing until the button is pressed (3.2.2).
 */
export function MoveControl({ card, themes, describedBy, words, onMove }: Props) {
  const id = useId();
  const choices = [
    ...themes.filter((t) => t.id !== card.themeId).map((t) => ({ value: t.id, name: t.name })),
    ...(card.themeId !== null ? [{ value: UNGROUPED, name: words.ungrouped }] : []),
  ];
  const [chosen, setChosen] = useState(choices[0]?.value ?? UNGROUPED);
  if (choices.length === 0) return null;
  const pick = choices.find((c) => c.value === chosen) ?? (choices[0] as { value: string; name: string });
  return (
    <div className="ideas-move">
      <label htmlFor={id} className="ideas-move-label">
        {words.moveTo}
      </label>
      <div className="ideas-move-row">
        <select
          id={id}
          value={pick.value}
          aria-describedby={describedBy}
          onChange={(e) => setChosen(e.target.value)}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button small"
          aria-describedby={describedBy}
          onClick={() => onMove(pick.value === UNGROUPED ? null : pick.value, pick.name)}
        >
          {words.move}
        </button>
      </div>
    </div>
  );
}
