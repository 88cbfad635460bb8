import { create } from 'zustand';

const KEY = 'samsyn.shortcuts';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/**
 * Whether the control room's single-key shortcuts act. Off until the facilitator turns them on
 * (WCAG 2.1.4: a stray key, or speech input typing letters, must not move the room on); the
 * choice is kept on this computer.
 */
export const useShortcutsStore = create<{ enabled: boolean; setEnabled: (on: boolean) => void }>((set) => ({
  enabled: stored(),
  setEnabled: (enabled) => {
    try {
      if (enabled) localStorage.setItem(KEY, 'on');
      else localStorage.removeItem(KEY);
    } catch {
      // Kept for this page only.
    }
    set({ enabled });
  },
}));
