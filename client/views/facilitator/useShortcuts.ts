import { useEffect, useRef } from 'react';
import { useShortcutsStore } from './shortcutsStore.ts';

export type ShortcutMap = Record<string, () => void>;

/** Inputs that take no text: a letter pressed on them is not typing. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Single-key shortcuts for the live moment: only once turned on (`shortcutsStore`, off by
 * default, WCAG 2.1.4), never while typing or with a modifier held.
 */
export function useShortcuts(map: ShortcutMap): void {
  const enabled = useShortcutsStore((s) => s.enabled);
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const action = ref.current[e.key.toLowerCase()];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
