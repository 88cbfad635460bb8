export interface Log {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
}

/** One JSON line per event, to stdout; no personal data is ever passed in `extra`. */
export function createLog(level: 'info' | 'warn' | 'silent'): Log {
  const write = (lvl: string, message: string, extra?: Record<string, unknown>) =>
    process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), lvl, message, ...extra })}\n`);
  return {
    info: (m, x) => {
      if (level === 'info') write('info', m, x);
    },
    warn: (m, x) => {
      if (level !== 'silent') write('warn', m, x);
    },
  };
}
