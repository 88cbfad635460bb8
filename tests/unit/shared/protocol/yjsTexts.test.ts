import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEXTS_KEY } from '../../../../shared/protocol/yjsDoc.ts';
import { plainTextOf, yTextOf } from '../../../../shared/protocol/yjsTexts.ts';

/** The texts map as a peer would receive it: built elsewhere, then decoded from an update. */
function receivedTexts(values: Record<string, unknown>): Y.Map<unknown> {
  const sender = new Y.Doc();
  const texts = sender.getMap<unknown>(TEXTS_KEY);
  for (const [key, value] of Object.entries(values)) texts.set(key, value);
  const receiver = new Y.Doc();
  Y.applyUpdate(receiver, Y.encodeStateAsUpdate(sender));
  return receiver.getMap<unknown>(TEXTS_KEY);
}

describe('shared/protocol/yjsTexts', () => {
  it('returns the Y.Text and its string when the value is a Y.Text', () => {
    const texts = receivedTexts({ a: new Y.Text('Vatten') });

    expect(yTextOf(texts.get('a'))).toBeInstanceOf(Y.Text);
    expect(plainTextOf(texts.get('a'))).toBe('Vatten');
  });

  it('reads as absent and empty when the value is a number, null, a string or missing', () => {
    const texts = receivedTexts({ n: 42, z: null, s: 'inte en Y.Text' });

    for (const key of ['n', 'z', 's', 'missing']) {
      expect(yTextOf(texts.get(key))).toBeUndefined();
      expect(plainTextOf(texts.get(key))).toBe('');
    }
  });

  it('reads as absent and empty when the value is another shared type', () => {
    const map = new Y.Map<string>();
    map.set('x', 'y');
    const texts = receivedTexts({ m: map, r: Y.Array.from(['a']), x: new Y.XmlText('<b>') });

    for (const key of ['m', 'r', 'x']) {
      expect(yTextOf(texts.get(key))).toBeUndefined();
      expect(plainTextOf(texts.get(key))).toBe('');
    }
  });
});
