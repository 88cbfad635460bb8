/**
 * Yjs imports `lib0/logging` for a few debug messages, and with it lib0's DOM helpers and schema
 * library: about 4 KB (gzip) the phone never needs. vite.config.ts points that import here: the
 * same names, printed plainly with the console. Only what Yjs uses is provided; a new import
 * fails the build, so this cannot silently drift from Yjs.
 */
export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const RED = Symbol('red');
export const ORANGE = Symbol('orange');

const text = (args: unknown[]) => args.filter((a) => typeof a !== 'symbol');

export const print = (...args: unknown[]): void => console.log(...text(args));
export const warn = (...args: unknown[]): void => console.warn(...text(args));
