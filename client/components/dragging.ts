import { PointerSensor, useSensor, useSensors } from '@dnd-kit/core';

/**
 * What every drag in Samsyn shares (dnd-kit). Dragging is the quick way with a mouse or a finger;
 * buttons and selects beside it are the way for everyone (WCAG 2.5.7), so the grips are no tab
 * stops and dnd-kit's own announcements (English, about keyboard dragging we do not offer) stay
 * silent: each view says where a thing went in its own polite region, in the reader's language.
 */
export const QUIET_DRAG = {
  announcements: {
    onDragStart: () => undefined,
    onDragMove: () => undefined,
    onDragOver: () => undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => undefined,
  },
  screenReaderInstructions: { draggable: '' },
};

/** A pointer (mouse, finger, pen) that moves a few pixels before a drag starts: a tap stays a tap. */
export const usePointerDrag = () =>
  useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
