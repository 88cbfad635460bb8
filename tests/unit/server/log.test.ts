import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLog, LOG_BURST, LOG_VALUE_CHARS, LOG_WINDOW_MS } from '../../../server/log.ts';

describe('server/log', () => {
  let lines: Array<Record<string, unknown>>;
  const sink = (line: string) => {
    expect(line.endsWith('\n')).toBe(true);
    lines.push(JSON.parse(line) as Record<string, unknown>);
  };
  beforeEach(() => {
    lines = [];
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a burst of one message, then one line with the count of those left out', () => {
    const log = createLog('info', sink);
    for (let i = 0; i < 1000; i++) log.warn('malformed path refused', { path: `/${i}` });
    expect(lines).toHaveLength(LOG_BURST);

    vi.advanceTimersByTime(LOG_WINDOW_MS);
    expect(lines).toHaveLength(LOG_BURST + 1);
    expect(lines.at(-1)).toMatchObject({
      lvl: 'warn',
      message: 'repeated log lines left out',
      of: 'malformed path refused',
      count: 1000 - LOG_BURST,
    });

    // A new window: the message is written again.
    log.warn('malformed path refused', { path: '/again' });
    expect(lines.at(-1)).toMatchObject({ message: 'malformed path refused', path: '/again' });
  });

  it('counts each message on its own and adds no summary when nothing was left out', () => {
    const log = createLog('info', sink);
    for (let i = 0; i < LOG_BURST; i++) {
      log.warn('one');
      log.info('two');
    }
    expect(lines).toHaveLength(2 * LOG_BURST);
    vi.advanceTimersByTime(2 * LOG_WINDOW_MS);
    expect(lines).toHaveLength(2 * LOG_BURST);
  });

  it('tells the count at the next line of a message when its window has passed', () => {
    const log = createLog('warn', sink);
    for (let i = 0; i < LOG_BURST + 3; i++) log.warn('yjs message failed');
    vi.setSystemTime(Date.now() + LOG_WINDOW_MS); // the clock moves, the timer has not run yet
    log.warn('yjs message failed');
    expect(lines.slice(-2).map((l) => [l.message, l.count])).toEqual([
      ['repeated log lines left out', 3],
      ['yjs message failed', undefined],
    ]);
  });

  it('cuts long values, strings and objects alike', () => {
    const log = createLog('info', sink);
    log.warn('unhandled error', { error: 'x'.repeat(1_000_000), detail: { list: 'y'.repeat(10_000) }, n: 3 });
    const [line] = lines;
    expect(String(line?.error).length).toBeLessThanOrEqual(LOG_VALUE_CHARS + 10);
    expect(String(line?.detail).length).toBeLessThanOrEqual(LOG_VALUE_CHARS + 10);
    expect(line?.n).toBe(3);
  });

  it('writes nothing when silent, and no info lines at warn level', () => {
    createLog('silent', sink).warn('a');
    const warnOnly = createLog('warn', sink);
    warnOnly.info('b');
    warnOnly.warn('c');
    expect(lines.map((l) => l.message)).toEqual(['c']);
  });
});
