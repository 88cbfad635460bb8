import { SECTORS } from '../../../shared/domain/sectors.ts';
import {
  addActivity,
  addItem,
  control,
  itemIds,
  listAndDots,
  openVote,
  sync,
} from '../../integration/helpers/agenda.ts';
import { type ChildServer, freePort, killHard, startChild } from '../../integration/helpers/childServer.ts';
import type { Harness } from '../../integration/helpers/harness.ts';
import { createWorkshop, type Joined, join, login } from '../../integration/helpers/http.ts';
import { tempDir } from '../../integration/helpers/server.ts';
import type { TestSocket } from '../../integration/helpers/sockets.ts';
import type { Prng } from './prng.ts';

/** Options of the poll every run uses: three, several may be chosen. */
export const POLL_OPTIONS = ['a', 'b', 'c'] as const;

/**
 * A workshop whose agenda has one activity of each kind the scripted clients use, all open at
 * once: a list being co-edited (`coList`), a dot voting over the seeded list (which its opening
 * closed), a poll, a question (answers) and a word cloud, plus a spare poll the run closes.
 */
export interface FaultRoom {
  port: number;
  dataDir: string;
  server: ChildServer;
  url: string;
  facilitator: string;
  workshopId: string;
  code: string;
  /** The facilitator's socket; it reconnects by itself after a restart. */
  f: TestSocket;
  listId: string;
  dotsId: string;
  /** The seeded list's items: what the dot voting counts. */
  voteItems: string[];
  coList: string;
  /** The co-edited list's items, seeded by the facilitator. */
  coItems: string[];
  pollId: string;
  questionId: string;
  cloudId: string;
  /** A poll that is answered, then closed during the run. */
  closingPollId: string;
  participants: Array<Joined & { index: number }>;
}

/** Runs the built server as a child process on a fresh data directory and sets a workshop up. */
export async function openFaultRoom(
  h: Harness,
  rng: Prng,
  participants: number,
  options: { coItems?: number; env?: Record<string, string> } = {},
): Promise<FaultRoom> {
  const port = await freePort();
  const dataDir = tempDir();
  const server = await startChild(port, dataDir, options.env);
  const url = server.url;
  const facilitator = await login(url);
  const { workshop } = await createWorkshop(url, facilitator, [
    'Kollektivtrafik',
    'Bredband',
    'Skola',
    'Vård',
  ]);
  const { listId, dotsId } = listAndDots(workshop);
  const f = await h.socket(url, workshop.id, 'facilitator', facilitator);
  const voteItems = itemIds(await sync(f), listId);

  const coList = await addActivity(f, 'list', { prompt: 'Vad ska regionen satsa på?' });
  await control(f, coList, 'open');
  const coItems: string[] = [];
  for (let i = 0; i < (options.coItems ?? 20); i += 1) coItems.push(await addItem(f, coList, `Punkt ${i}`));
  const pollConfig = {
    question: 'Vilka?',
    options: POLL_OPTIONS.map((id) => ({ id, text: id.toUpperCase() })),
    multiple: true,
    maxChoices: POLL_OPTIONS.length,
  };
  const pollId = await addActivity(f, 'poll', pollConfig);
  const closingPollId = await addActivity(f, 'poll', pollConfig);
  const questionId = await addActivity(f, 'question', { mode: 'answers', maxPerParticipant: 20 });
  const cloudId = await addActivity(f, 'wordcloud', { maxWordsPerParticipant: 10, maxLength: 40 });
  for (const id of [pollId, closingPollId, questionId, cloudId]) await control(f, id, 'open');
  await openVote(f, dotsId, { dotsPerParticipant: 5, maxPerPriority: 3 });

  const joined: FaultRoom['participants'] = [];
  for (let index = 0; index < participants; index += 1)
    joined.push({ ...(await join(url, workshop.code, rng.pick(SECTORS))), index });
  return {
    port,
    dataDir,
    server,
    url,
    facilitator,
    workshopId: workshop.id,
    code: workshop.code,
    f,
    listId,
    dotsId,
    voteItems,
    coList,
    coItems,
    pollId,
    questionId,
    cloudId,
    closingPollId,
    participants: joined,
  };
}

/** SIGKILL, then the same build on the same port and data directory. */
export async function killAndRestart(room: FaultRoom, env?: Record<string, string>): Promise<void> {
  await killHard(room.server);
  room.server = await startChild(room.port, room.dataDir, env);
}
