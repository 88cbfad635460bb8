import * as Y from 'yjs';

/**
 * A phone typing into one text: its own small Y.Doc seeded with the workshop document, so each
 * keystroke is a genuine update from its own client id. It appends after what it knows (the seed
 * and its own writing) and clears only its own writing, as select-and-delete would, so a text
 * shared by a few typists stays under the participant's length limit however long the session.
 */
export class Typist {
  private readonly doc = new Y.Doc();
  private readonly seedLength = new Map<string, number>();

  constructor(seed: Uint8Array) {
    Y.applyUpdate(this.doc, seed);
    for (const [k, t] of this.texts()) this.seedLength.set(k, t.length);
  }

  /** Appends `s` to the text `key`; returns the update to send. */
  type(key: string, s: string): Uint8Array {
    return this.capture(() => {
      const t = this.texts().get(key);
      t?.insert(t.length, s);
    });
  }

  /** Deletes everything this typist wrote in `key`. */
  clear(key: string): Uint8Array {
    return this.capture(() => {
      const t = this.texts().get(key);
      const from = this.seedLength.get(key) ?? 0;
      if (t && t.length > from) t.delete(from, t.length - from);
    });
  }

  /** Characters of this typist's own writing still in `key`. */
  own(key: string): number {
    return (this.texts().get(key)?.length ?? 0) - (this.seedLength.get(key) ?? 0);
  }

  private texts() {
    return this.doc.getMap<Y.Text>('texts');
  }

  private capture(edit: () => void): Uint8Array {
    let out: Uint8Array = new Uint8Array();
    const on = (u: Uint8Array) => {
      out = u;
    };
    this.doc.on('update', on);
    edit();
    this.doc.off('update', on);
    return out;
  }
}
