/**
 * Sizes of the load-held scenarios. Full figures need a quiet machine; `--quick` shrinks each to a
 * correctness smoke test (3 workshops of 10, a one-minute soak of 30, a burst among 50, a storm
 * of 100). Flags override either: --day-workshops, --day-people, --soak-minutes, --soak-people,
 * --soak-window-minutes,
 * --soak-pause-seconds=<min>,<max> (between words; default 10,30), --burst-people, --burst-joiners, --storm-phones, --no-pin.
 */
export interface HeldConfig {
  pin: boolean;
  generators: number;
  priorities: number;
  vote: { gapMs: number; dots: number; maxPer: number };
  day: {
    workshops: number;
    people: number;
    editors: number;
    turns: number;
    intervalMs: number;
    joinSpreadMs: number;
  };
  soak: {
    minutes: number;
    windowMs: number;
    people: number;
    typing: { keyGapMs: number; wordLen: number; pauseMinMs: number; pauseMaxMs: number; clearAbove: number };
    probeEveryMs: number;
  };
  burst: { people: number; joiners: number; editors: number; windowMs: number; intervalMs: number };
  storm: { phones: number; editEvery: number; offlineEvery: number; joinSpreadMs: number };
}

export const HELD_SCENARIOS = ['dayOf20', 'soak', 'burstTail', 'storm'] as const;
export type HeldScenario = (typeof HELD_SCENARIOS)[number];

export function heldConfigFrom(argv: string[], quick: boolean): HeldConfig {
  const flag = (name: string) => argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const num = (name: string, full: number, small: number) => {
    const v = flag(name)?.split('=')[1];
    return v === undefined ? (quick ? small : full) : Number(v);
  };
  const minutes = num('soak-minutes', 10, 1);
  const pause = (flag('soak-pause-seconds')?.split('=')[1] ?? '10,30').split(',').map(Number);
  // Five-minute windows for a long soak; a short one gets ten windows, so a slope has points.
  const windowMinutes = num('soak-window-minutes', minutes >= 30 ? 5 : minutes / 10, minutes / 10);
  return {
    pin: flag('no-pin') === undefined,
    generators: 2,
    priorities: 100,
    vote: { gapMs: 250, dots: 5, maxPer: 3 },
    day: {
      workshops: num('day-workshops', 20, 3),
      people: num('day-people', 50, 10),
      editors: 10,
      turns: quick ? 20 : 100,
      intervalMs: 200,
      joinSpreadMs: quick ? 3_000 : 20_000,
    },
    soak: {
      minutes,
      windowMs: windowMinutes * 60_000,
      people: num('soak-people', 200, 30),
      // A word of five keystrokes at typing speed, then 10–30 s of thought; rewritten past 120 characters.
      typing: {
        keyGapMs: 200,
        wordLen: 5,
        pauseMinMs: (pause[0] ?? 10) * 1000,
        pauseMaxMs: (pause[1] ?? pause[0] ?? 30) * 1000,
        clearAbove: 120,
      },
      probeEveryMs: 1_000,
    },
    burst: {
      people: num('burst-people', 300, 50),
      joiners: num('burst-joiners', 100, 20),
      editors: 50,
      windowMs: quick ? 4_000 : 10_000,
      intervalMs: 55,
    },
    storm: {
      phones: num('storm-phones', 1000, 100),
      editEvery: 4,
      offlineEvery: 10,
      joinSpreadMs: quick ? 3_000 : 20_000,
    },
  };
}
