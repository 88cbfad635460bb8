import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_WATCH, JoinWatch } from '../../../../server/http/joinWatch.ts';
import type { JoinWarning } from '../../../../shared/protocol/events.ts';

/** A JoinWatch on a clock the test moves, recording what it warns. */
function watched(config = JOIN_WATCH) {
  let now = 1_000_000;
  const watch = new JoinWatch(config, () => now);
  const warnings: Array<JoinWarning & { workshopId: string }> = [];
  watch.onWarning((workshopId, w) => warnings.push({ ...w, workshopId }));
  return {
    watch,
    warnings,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('http/joinWatch', () => {
  const stops: JoinWatch[] = [];
  afterEach(() => {
    for (const w of stops.splice(0)) w.stop();
  });

  it('says nothing when a hall of 150 joins from one address over a minute, each phone connecting', () => {
    const { watch, warnings, advance } = watched();
    stops.push(watch);
    for (let i = 0; i < 150; i++) {
      watch.joined('10.0.0.1', 'w1', `p${i}`);
      advance(400);
      watch.connected('w1', `p${i}`);
    }
    advance(120_000);
    watch.checkAllSilent();
    expect(warnings).toEqual([]);
  });

  it('says nothing when 40 of the hall arrive within ten seconds', () => {
    const { watch, warnings, advance } = watched();
    stops.push(watch);
    for (let i = 0; i < 40; i++) {
      watch.joined('10.0.0.1', 'w1', `p${i}`);
      watch.connected('w1', `p${i}`);
      advance(250);
    }
    expect(warnings).toEqual([]);
  });

  it('warns once when 300 joins come from one address in 2.5 s', () => {
    const { watch, warnings, advance } = watched();
    stops.push(watch);
    for (let i = 0; i < 300; i++) {
      watch.joined('10.0.0.9', 'w1', `p${i}`);
      advance(8);
    }
    expect(warnings.map((w) => [w.workshopId, w.reason])).toEqual([['w1', 'burst']]);
  });

  it('warns when many who joined never opened the live page, also after joins stop', () => {
    const { watch, warnings, advance } = watched();
    stops.push(watch);
    // Slow enough to pass every rate: one a minute from a new address each time.
    for (let i = 0; i < JOIN_WATCH.silent; i++) {
      watch.joined(`10.0.1.${i}`, 'w1', `p${i}`);
      advance(1000);
    }
    expect(warnings).toEqual([]);
    advance(JOIN_WATCH.silentMs);
    watch.checkAllSilent();
    expect(warnings.map((w) => [w.reason, w.count])).toEqual([['silent', JOIN_WATCH.silent]]);
  });

  it('warns when a join ceiling is hit, at most once a minute per reason', () => {
    const { watch, warnings, advance } = watched();
    stops.push(watch);
    watch.refused('w1');
    watch.refused('w1');
    advance(61_000);
    watch.refused('w1');
    expect(warnings.map((w) => w.reason)).toEqual(['ceiling', 'ceiling']);
  });
});
