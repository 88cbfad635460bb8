import type * as decoding from 'lib0/decoding';
import { readVarUint } from 'lib0/decoding';
import type * as Y from 'yjs';
import type { Allocation } from '../../../shared/activities/dots/types.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import { YJS_MESSAGE } from '../../../shared/protocol/yjsDoc.ts';
import type { Harness } from '../../integration/helpers/harness.ts';
import { ack, rawAck, type TestSocket } from '../../integration/helpers/sockets.ts';
import type { YClient } from '../../integration/helpers/yjs.ts';
import { Prng } from './prng.ts';
import { type FaultRoom, POLL_OPTIONS } from './room.ts';

/** One kind of value a client replaces whole (a ballot): the last the server acknowledged, and one in flight. */
export interface Replaced<T> {
  acked: T | null;
  pending: T | null;
}

/** Items added one at a time: those acknowledged (by the id the server gave) and one in flight. */
export interface Added {
  acked: Map<string, string>;
  pending: string | null;
}

/**
 * What the server told one scripted participant it stored, action by action. Anything sent and
 * not answered yet (the server died first) is `pending`: it may be stored or not, but once at most.
 */
export interface Ledger {
  dots: Replaced<Allocation>;
  poll: Replaced<string[]>;
  closingPoll: Replaced<string[]>;
  /** Question posts: entry id → text; the pending one by its text. */
  posts: Added;
  /** Word cloud answers by their text (each text is unique in a run). */
  words: Added;
  /** Items added to the co-edited list: item id → text. */
  items: Added;
  /** Tokens typed into the co-edited texts: confirmed by the `saved` count, or not (yet). */
  tokens: { acked: Set<string>; pending: Set<string> };
  /** Refusals by code (a refusal must have changed nothing). */
  refused: Record<string, number>;
  /** Commands the server answered ok. */
  acks: number;
  /** Commands whose answer never came (the server died): their outcome is unknown. */
  unanswered: number;
}

export type ActionKind = 'vote' | 'poll' | 'closingPoll' | 'post' | 'word' | 'add' | 'edit';
const KINDS: readonly ActionKind[] = ['vote', 'poll', 'closingPoll', 'post', 'word', 'add', 'edit', 'edit'];

const emptyLedger = (): Ledger => ({
  dots: { acked: null, pending: null },
  poll: { acked: null, pending: null },
  closingPoll: { acked: null, pending: null },
  posts: { acked: new Map(), pending: null },
  words: { acked: new Map(), pending: null },
  items: { acked: new Map(), pending: null },
  tokens: { acked: new Set(), pending: new Set() },
  refused: {},
  acks: 0,
  unanswered: 0,
});

/** A token typed while the connection was open, waiting for the `saved` count that covers it. */
interface Typed {
  token: string;
  /** The connection it was sent on (how many closes the client had seen then). */
  connection: number;
  /** The update-bearing message count that carried it. */
  sent: number;
}

/**
 * A scripted participant: a Socket.IO client and a y-websocket client on the co-edited list,
 * acting one action at a time in a seeded order, keeping a ledger of what was acknowledged.
 */
export class Actor {
  readonly ledger = emptyLedger();
  readonly rng: Prng;
  private n = 0;
  private typed: Typed[] = [];
  private addsLeft = 1;

  private constructor(
    readonly index: number,
    readonly participantId: string,
    readonly socket: TestSocket,
    readonly y: YClient,
    private readonly room: FaultRoom,
    seed: number,
  ) {
    this.rng = new Prng(seed * 1000 + index);
    const handlers = y.provider.messageHandlers;
    handlers[YJS_MESSAGE.saved] = (_encoder: unknown, decoder: decoding.Decoder) => {
      y.saved = readVarUint(decoder);
      this.promote();
    };
  }

  static async connect(h: Harness, room: FaultRoom, index: number, seed: number): Promise<Actor> {
    const p = room.participants[index];
    if (!p) throw new Error(`no participant ${index}`);
    const socket = await h.socket(room.url, room.workshopId, 'participant', p.cookie);
    const y = h.yjs(room.url, room.coList, p.cookie);
    return new Actor(index, p.profile.id, socket, y, room, seed);
  }

  /** A unique token: who typed it and their how-manieth, bracketed so no token contains another. */
  private token(): string {
    this.n += 1;
    return `[${this.index}.${this.n}]`;
  }

  /** Confirms every token whose message the server has counted as stored on this connection. */
  private promote(): void {
    const connection = this.y.closeCodes.length;
    this.typed = this.typed.filter((t) => {
      if (t.connection !== connection || t.sent > this.y.saved) return true;
      this.ledger.tokens.pending.delete(t.token);
      this.ledger.tokens.acked.add(t.token);
      return false;
    });
  }

  /** Types a token at the end of one co-edited text; it counts once the server says `saved`. */
  edit(itemId?: string): string | null {
    const id = itemId ?? this.rng.pick(this.room.coItems);
    const text = this.y.texts.get(id) as Y.Text | undefined;
    // Offline too: the provider sends what was typed when it is back (sync step 2).
    if (!text) return null;
    const token = this.token();
    const before = this.y.sent;
    const connected = this.y.provider.wsconnected;
    text.insert(text.length, token);
    this.ledger.tokens.pending.add(token);
    // Sent now only if the socket was open (the provider sends inside the doc's update event).
    if (connected && this.y.sent === before + 1)
      this.typed.push({ token, connection: this.y.closeCodes.length, sent: this.y.sent });
    return token;
  }

  private settle<T>(reply: Ack<T>, onOk: (data: T) => void): void {
    if (reply.ok) {
      this.ledger.acks += 1;
      onOk(reply.data);
    } else this.ledger.refused[reply.error.code] = (this.ledger.refused[reply.error.code] ?? 0) + 1;
  }

  /** Sends `send`, records `pending` first; a command with no answer stays pending (unknown). */
  private async command<T>(
    setPending: () => void,
    send: () => Promise<Ack<T>>,
    onOk: (data: T) => void,
    clear: () => void,
  ): Promise<void> {
    setPending();
    let reply: Ack<T>;
    try {
      reply = await send();
    } catch {
      this.ledger.unanswered += 1;
      return;
    }
    clear();
    this.settle(reply, onOk);
  }

  async vote(): Promise<void> {
    const allocation: Allocation = {};
    let left = 5;
    for (const item of this.room.voteItems) {
      const dots = Math.min(left, this.rng.int(0, 3));
      if (dots > 0) allocation[item] = dots;
      left -= dots;
    }
    const d = this.ledger.dots;
    await this.command(
      () => {
        d.pending = allocation;
      },
      () => ack(this.socket, 'activity:respond', { activityId: this.room.dotsId, value: { allocation } }),
      () => {
        d.acked = allocation;
      },
      () => {
        d.pending = null;
      },
    );
  }

  async answerPoll(which: 'poll' | 'closingPoll'): Promise<void> {
    const choices = POLL_OPTIONS.filter(() => this.rng.chance(0.5));
    if (choices.length === 0) choices.push(POLL_OPTIONS[0]);
    const r = this.ledger[which];
    const activityId = which === 'poll' ? this.room.pollId : this.room.closingPollId;
    await this.command(
      () => {
        r.pending = choices;
      },
      () => ack(this.socket, 'activity:respond', { activityId, value: { choices, other: '' } }),
      () => {
        r.acked = choices;
      },
      () => {
        r.pending = null;
      },
    );
  }

  async post(): Promise<void> {
    const text = `Fråga ${this.token()}`;
    const clientId = `c${this.index}n${this.n}xxxxxxxx`;
    const posts = this.ledger.posts;
    await this.command(
      () => {
        posts.pending = text;
      },
      () =>
        rawAck(this.socket, 'activity:command', {
          activityId: this.room.questionId,
          name: 'post',
          payload: { id: clientId, text },
        }) as Promise<Ack<{ entryId: string }>>,
      (data) => posts.acked.set(data.entryId, text),
      () => {
        posts.pending = null;
      },
    );
  }

  async word(): Promise<void> {
    const text = `ord${this.token()}`;
    const words = this.ledger.words;
    await this.command(
      () => {
        words.pending = text;
      },
      () =>
        rawAck(this.socket, 'activity:command', {
          activityId: this.room.cloudId,
          name: 'answer',
          payload: { text },
        }),
      () => words.acked.set(text, text),
      () => {
        words.pending = null;
      },
    );
  }

  async add(): Promise<void> {
    if (this.addsLeft <= 0) return this.vote();
    this.addsLeft -= 1;
    const text = `Förslag ${this.token()}`;
    const items = this.ledger.items;
    await this.command(
      () => {
        items.pending = text;
      },
      () =>
        rawAck(this.socket, 'activity:command', {
          activityId: this.room.coList,
          name: 'add',
          payload: { text },
        }) as Promise<Ack<{ priorityId: string }>>,
      (data) => items.acked.set(data.priorityId, text),
      () => {
        items.pending = null;
      },
    );
  }

  /** One seeded action. */
  async act(kind: ActionKind = this.rng.pick(KINDS)): Promise<void> {
    switch (kind) {
      case 'vote':
        return this.vote();
      case 'poll':
        return this.answerPoll('poll');
      case 'closingPoll':
        return this.answerPoll('closingPoll');
      case 'post':
        return this.post();
      case 'word':
        return this.word();
      case 'add':
        return this.add();
      case 'edit':
        this.edit();
    }
  }
}
