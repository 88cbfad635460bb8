import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  rectIntersection,
  useDraggable,
  useDroppable,
} from '@dnd-kit/core';
import { type ComponentProps, type ReactNode, useState } from 'react';
import { QUIET_DRAG, usePointerDrag } from '../../components/dragging.ts';

/** The drop target of the ungrouped column (themes use their ids). */
const UNGROUPED = 'ungrouped';

interface Props {
  /** A card dropped on a column other than its own: null is the ungrouped column. */
  onDrop: (cardId: string, themeId: string | null) => void;
  /** The card's text, for the copy that follows the pointer. */
  textOf: (cardId: string) => string;
  children: ReactNode;
}

/**
 * Dragging cards between the board's columns with a mouse or a finger, by each card's grip. The
 * select and button on every card stay the way for everyone (WCAG 2.5.7), so the grip is no tab
 * stop and is hidden from screen readers. A copy follows the pointer, so a card is never clipped
 * by its column while it travels.
 */
export function BoardDnd({ onDrop, textOf, children }: Props) {
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = usePointerDrag();
  const onDragStart = ({ active }: DragStartEvent) => setDragging(String(active.id));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const from = active.data.current?.themeId as string | null | undefined;
    if (!over) return;
    const to = over.id === UNGROUPED ? null : String(over.id);
    if (to !== from) onDrop(String(active.id), to);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={rectIntersection}
      accessibility={QUIET_DRAG}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging && <div className="ideas-card ideas-card-dragged">{textOf(dragging)}</div>}
      </DragOverlay>
    </DndContext>
  );
}

/** A board column that takes dropped cards; marked while a card is over it. */
export function DropColumn({
  themeId,
  className,
  ...rest
}: { themeId: string | null } & ComponentProps<'section'>) {
  const { setNodeRef, isOver } = useDroppable({ id: themeId ?? UNGROUPED });
  return (
    <section ref={setNodeRef} className={isOver ? `${className} is-drop-target` : className} {...rest} />
  );
}

/** The handle a card is dragged by. */
export function DragGrip({ cardId, themeId }: { cardId: string; themeId: string | null }) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: cardId, data: { themeId } });
  return (
    <span
      ref={setNodeRef}
      className={isDragging ? 'ideas-grip is-dragging' : 'ideas-grip'}
      aria-hidden="true"
      {...listeners}
    >
      ⠿
    </span>
  );
}
