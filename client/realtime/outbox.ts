import type { Socket } from 'socket.io-client';

/** What the outbox needs of the connection: the socket now, and a wait for it to be live again. */
export interface OutboxLine {
  socket(): Socket | null;
  /** True once the line is live again; false after `ms`, or when it never will be (workshop ended). */
  whenConnected(ms: number): Promise<boolean>;
}

export interface OutboxPolicy {
  /** How long one send waits for its ack. */
  timeoutMs: number;
  /** Sends of one operation in all, the first included. */
  attempts: number;
  /** How long a round of resends waits for the line to come back before giving up on all of them. */
  waitMs: number;
  /** Back-off: each round waits a random time up to min(capMs, baseMs · 2^round) ("full jitter"). */
  baseMs: number;
  capMs: number;
  random: () => number;
}

/** The policy the product runs with (docs/protocol.md, "Retries and operation ids"). */
export const OUTBOX_POLICY: OutboxPolicy = {
  timeoutMs: 8000,
  attempts: 5,
  waitMs: 90_000,
  baseMs: 250,
  capMs: 8000,
  random: Math.random,
};

/** The reply of an operation that got none: every attempt timed out, or the line never came back. */
export const LOST = Symbol('lost');

interface Entry {
  seq: number;
  event: string;
  payload: object;
  /** The socket of the workshop it was made in: never sent on another workshop's connection. */
  socket: Socket;
  tries: number;
  done: (reply: unknown) => void;
}

/**
 * Sends operations, each with its operation id already in its payload, and sends again the ones
 * whose ack was lost (a timeout, a dropped connection) once the line is back, after a jittered
 * back-off so a hall of phones does not resend at the same instant. Order is kept: an operation
 * waiting to be sent again goes before any newer one, so a retried "answer A" can never land after
 * "answer B" and overwrite it. The server answers a repeat with the first ack (its id is the same),
 * so a resend never counts twice.
 */
export function createOutbox(line: OutboxLine, policy: OutboxPolicy) {
  let seq = 0;
  /** Operations to be (re)sent, oldest first. */
  const waiting: Entry[] = [];
  let flushing = false;
  /** Rounds of resends since an ack last came back: the back-off grows with it. */
  let round = 0;

  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  function queue(e: Entry): void {
    const at = waiting.findIndex((w) => w.seq > e.seq);
    waiting.splice(at === -1 ? waiting.length : at, 0, e);
    void flush();
  }

  function emit(e: Entry): void {
    const socket = line.socket();
    if (socket !== e.socket) {
      e.done(LOST);
      return;
    }
    if (!socket.connected) {
      queue(e);
      return;
    }
    e.tries += 1;
    socket
      .timeout(policy.timeoutMs)
      .emitWithAck(e.event, e.payload)
      .then(
        (reply: unknown) => {
          round = 0;
          e.done(reply);
        },
        () => {
          if (e.tries >= policy.attempts) e.done(LOST);
          else queue(e);
        },
      );
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (waiting.length > 0) {
        if (!(await line.whenConnected(policy.waitMs))) {
          for (const e of waiting.splice(0)) e.done(LOST);
          break;
        }
        await wait(policy.random() * Math.min(policy.capMs, policy.baseMs * 2 ** round));
        round += 1;
        // The store may say live a moment before the socket does: look again a little later.
        if (!line.socket()?.connected) {
          await wait(policy.baseMs);
          continue;
        }
        // Emitted one after another on one socket, so the server runs them in this order.
        for (const e of waiting.splice(0)) emit(e);
      }
    } finally {
      flushing = false;
    }
  }

  return {
    /** Resolves with the server's reply, or `LOST`. */
    send(event: string, payload: object): Promise<unknown> {
      const socket = line.socket();
      if (!socket) return Promise.resolve(LOST);
      return new Promise((done) => {
        const e: Entry = { seq: seq++, event, payload, socket, tries: 0, done };
        // Behind any operation still waiting to be sent again.
        if (waiting.length === 0 && !flushing) emit(e);
        else queue(e);
      });
    },
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 22 URL-safe characters, 132 random bits: one per user action, sent again with every retry. */
export function newOpId(): string {
  let id = '';
  for (const b of crypto.getRandomValues(new Uint8Array(22))) id += ALPHABET[b & 63];
  return id;
}
