import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { yTextOf } from '../../shared/protocol/yjsTexts.ts';

interface Props {
  id: string;
  label: string;
  text: Y.Text | undefined;
  readOnly: boolean;
  maxLength: number;
  placeholder?: string;
}

/** Marks our own transactions so the observer does not echo them back into the textarea. */
const LOCAL_ORIGIN = Symbol('textarea');

function shift(pos: number, delta: Y.YTextEvent['delta']): number {
  let index = 0;
  let out = pos;
  for (const op of delta) {
    if (op.retain) index += op.retain;
    else if (typeof op.insert === 'string') {
      if (index < out) out += op.insert.length;
      index += op.insert.length;
    } else if (op.delete) {
      if (index < out) out -= Math.min(op.delete, out - index);
    }
  }
  return out;
}

/**
 * A textarea bound to a Y.Text. Local input becomes one minimal delete+insert; remote changes
 * move the caret by the change's delta so a person typing is never thrown to the end.
 */
export function YTextArea({ id, label, text: given, readOnly, maxLength, placeholder }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // The value comes out of a document that peers write; its type is a claim, not a guarantee.
  const text = yTextOf(given);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.value = text ? text.toString() : '';
    if (!text) return;
    const observer = (event: Y.YTextEvent, tr: Y.Transaction) => {
      if (tr.origin === LOCAL_ORIGIN) return;
      const focused = document.activeElement === el;
      const start = shift(el.selectionStart, event.delta);
      const end = shift(el.selectionEnd, event.delta);
      el.value = text.toString();
      if (focused) el.setSelectionRange(start, end);
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  const onInput = () => {
    const el = ref.current;
    if (!el || !text || readOnly) return;
    const before = text.toString();
    const after = el.value;
    let p = 0;
    while (p < before.length && p < after.length && before[p] === after[p]) p++;
    let s = 0;
    while (
      s < before.length - p &&
      s < after.length - p &&
      before[before.length - 1 - s] === after[after.length - 1 - s]
    )
      s++;
    const removed = before.length - p - s;
    const inserted = after.slice(p, after.length - s);
    text.doc?.transact(() => {
      if (removed > 0) text.delete(p, removed);
      if (inserted) text.insert(p, inserted);
    }, LOCAL_ORIGIN);
  };

  return (
    <div className="field ytext">
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={ref}
        id={id}
        className="priority-text"
        rows={2}
        maxLength={maxLength}
        readOnly={readOnly || !text}
        placeholder={text ? undefined : placeholder}
        onInput={onInput}
      />
    </div>
  );
}
