import { rssKb } from '../lib/proc.ts';

/** RSS of a process read from /proc every `everyMs`: the peak and the last reading, in MB. */
export function rssSampler(pid: number, everyMs = 1_000) {
  let peak = rssKb(pid);
  let last = peak;
  const timer = setInterval(() => {
    try {
      last = rssKb(pid);
      peak = Math.max(peak, last);
    } catch {
      // the process ended; the readings so far stand
    }
  }, everyMs);
  return () => {
    clearInterval(timer);
    return { peakMb: peak / 1024, lastMb: last / 1024 };
  };
}
