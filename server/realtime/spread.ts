/** Sockets per slice: about 3 ms of sending, so an edit in flight waits at most that long. */
const SLICE = 100;

/**
 * Sends a broadcast that may wait a moment (who is writing, presence, results) to a room in
 * slices, yielding to the event loop between them. Sent in one go to a hall of a thousand, such a
 * message held the loop for about 30 ms each second and showed as the co-editing tail (p99); in
 * slices, edits in flight get through between them. Each slice encodes the message once.
 */
interface Broadcaster<T> {
  to(rooms: string[]): T;
  sockets: { adapter: { rooms: Map<string, Set<string>> } };
}

export function emitSpread<T>(io: Broadcaster<T>, rooms: string | string[], emit: (to: T) => void): void {
  const ids = new Set<string>();
  for (const room of Array.isArray(rooms) ? rooms : [rooms])
    for (const id of io.sockets.adapter.rooms.get(room) ?? []) ids.add(id);
  const all = [...ids];
  let start = 0;
  const step = () => {
    const slice = all.slice(start, start + SLICE);
    start += SLICE;
    if (slice.length > 0) emit(io.to(slice));
    if (start < all.length) setImmediate(step);
  };
  step();
}
