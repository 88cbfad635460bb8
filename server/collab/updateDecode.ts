import * as Y from 'yjs';

/** The bytes are not an update, or not one Yjs would read the way the check reads it. */
export class MalformedUpdate extends Error {}

/**
 * Records the client of each struct section as Yjs's own decoder reads it. Yjs integrates only
 * the last section of a client that is listed twice, which a check reading every section would
 * not see; Yjs's encoders never write such an update, so it is refused as malformed.
 * Static, because `decodeUpdateV2` builds the decoder itself; decoding is synchronous.
 */
class SectionRecorder extends Y.UpdateDecoderV1 {
  static clients: number[] = [];
  override readClient(): number {
    const client = super.readClient();
    SectionRecorder.clients.push(client);
    return client;
  }
}

/** Decodes a v1 update into its structs and delete set, refusing anything Yjs might read otherwise. */
export function decodeWhole(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> {
  SectionRecorder.clients = [];
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdateV2(update, SectionRecorder);
  } catch (error) {
    throw new MalformedUpdate(String(error));
  }
  const sections = SectionRecorder.clients;
  if (new Set(sections).size !== sections.length) throw new MalformedUpdate('a client is listed twice');
  return decoded;
}
