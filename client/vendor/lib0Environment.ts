/**
 * Yjs imports `lib0/environment` for two facts: whether it runs in a browser (lib0's base64) and
 * whether the developer mode is on (read from localStorage). lib0's module also parses Node's
 * argv and environment and wraps storage: about half a kilobyte (gzip) of a phone's download,
 * which is at its budget (docs/performance.md). vite.config.ts points the client's import here;
 * the server and the tests keep lib0's own. Only what Yjs and lib0 use is provided.
 */
export const isNode = false;
export const isBrowser = typeof window !== 'undefined' && typeof document !== 'undefined';
export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
/** No configuration on a phone: Yjs runs in its production mode. */
export const getVariable = (_name: string): string | null => null;
export const getConf = (_name: string): string | null => null;
export const hasConf = (_name: string): boolean => false;
export const hasParam = (_name: string): boolean => false;
export const getParam = (_name: string, defaultVal: string): string => defaultVal;
export const production = false;
export const supportsColor = false;
