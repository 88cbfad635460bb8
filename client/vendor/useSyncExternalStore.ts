/**
 * wouter imports `use-sync-external-store/shim`, a fallback for React < 18 that ships ~0.5 KB
 * (gzip) of code React 19 never runs. vite.config.ts points that import here: React's own hook.
 */
export { useSyncExternalStore } from 'react';
