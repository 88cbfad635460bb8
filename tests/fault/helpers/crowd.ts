import type { Harness } from '../../integration/helpers/harness.ts';
import { waitFor } from '../../integration/helpers/waitFor.ts';
import { allSaved } from '../../integration/helpers/yjs.ts';
import { Actor } from './actor.ts';
import { sleep } from './report.ts';
import type { FaultRoom } from './room.ts';

/** Every participant of the room as a connected scripted client, their documents synced. */
export async function connectCrowd(h: Harness, room: FaultRoom, seed: number): Promise<Actor[]> {
  const actors: Actor[] = [];
  // In batches: a whole hall's handshakes at one instant is another test (bench/).
  for (let i = 0; i < room.participants.length; i += 25) {
    const batch = room.participants.slice(i, i + 25).map((p) => Actor.connect(h, room, p.index, seed));
    actors.push(...(await Promise.all(batch)));
  }
  await waitFor(() => actors.every((a) => a.y.provider.synced), 30_000, 'every client synced');
  return actors;
}

/** Runs each actor's seeded actions one after another, with short seeded pauses, until stopped. */
export function runCrowd(actors: readonly Actor[]): { stop: () => Promise<number> } {
  let running = true;
  let actions = 0;
  const loops = actors.map(async (a) => {
    while (running) {
      await a.act();
      actions += 1;
      await sleep(a.rng.int(10, 60));
    }
  });
  return {
    /** Stops after each actor's current action; resolves with the number of actions taken. */
    async stop() {
      running = false;
      await Promise.all(loops);
      return actions;
    },
  };
}

/** True once every client's documents and sockets are back and all its edits are stored. */
export function allBack(actors: readonly Actor[]): boolean {
  return actors.every((a) => a.socket.socket.connected && a.y.provider.synced && allSaved(a.y));
}
