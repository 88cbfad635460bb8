export interface Log {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
}

/**
 * Lines of one message per window; past that they are only counted. A flood of bad requests
 * (malformed paths, broken Yjs frames) repeats one message, so it cannot fill a disk: at most
 * LOG_BURST lines of it per window, then one summary line with the count.
 */
export const LOG_BURST = 20;
export const LOG_WINDOW_MS = 60_000;
/** Longest value kept in a line: a stack trace fits, a pasted megabyte does not. */
export const LOG_VALUE_CHARS = 2000;

/** Where lines go: stdout in production; tests may collect them. */
export type LogSink = (line: string) => void;

const toStdout: LogSink = (line) => {
  process.stdout.write(line);
};

function bounded(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > LOG_VALUE_CHARS ? `${value.slice(0, LOG_VALUE_CHARS)}…[cut]` : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const json = JSON.stringify(value) ?? '';
  return json.length > LOG_VALUE_CHARS ? `${json.slice(0, LOG_VALUE_CHARS)}…[cut]` : value;
}

interface Window {
  startedAt: number;
  written: number;
  suppressed: number;
  timer: NodeJS.Timeout | null;
}

/**
 * One JSON line per event, to stdout. No personal data is ever passed in `extra`: no addresses,
 * user agents, cookies or tokens (tests/integration/privacy/deviceTraces.test.ts checks it).
 */
export function createLog(level: 'info' | 'warn' | 'silent', sink: LogSink = toStdout): Log {
  // Keyed by message: messages are fixed strings in the code, so the map stays small.
  const windows = new Map<string, Window>();
  const line = (lvl: string, message: string, extra?: Record<string, unknown>) => {
    const fields: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(extra ?? {})) fields[k] = bounded(v);
    sink(`${JSON.stringify({ t: new Date().toISOString(), lvl, message, ...fields })}\n`);
  };
  const summarise = (message: string, w: Window) => {
    if (w.timer) clearTimeout(w.timer);
    w.timer = null;
    if (w.suppressed > 0) {
      line('warn', 'repeated log lines left out', {
        of: message,
        count: w.suppressed,
        windowMs: LOG_WINDOW_MS,
      });
    }
    if (windows.get(message) === w) windows.delete(message);
  };
  const write = (lvl: string, message: string, extra?: Record<string, unknown>) => {
    const now = Date.now();
    let w = windows.get(message);
    if (w && now - w.startedAt >= LOG_WINDOW_MS) {
      summarise(message, w);
      w = undefined;
    }
    if (!w) {
      w = { startedAt: now, written: 0, suppressed: 0, timer: null };
      windows.set(message, w);
    }
    if (w.written < LOG_BURST) {
      w.written += 1;
      line(lvl, message, extra);
      return;
    }
    w.suppressed += 1;
    if (!w.timer) {
      const current = w;
      // The count is told when the window ends even if the flood stops; never keeps the process up.
      current.timer = setTimeout(() => summarise(message, current), current.startedAt + LOG_WINDOW_MS - now);
      current.timer.unref();
    }
  };
  return {
    info: (m, x) => {
      if (level === 'info') write('info', m, x);
    },
    warn: (m, x) => {
      if (level !== 'silent') write('warn', m, x);
    },
  };
}
