/**
 * Socket.IO's parser walks every outgoing event looking for binary attachments and carries the
 * code to split and rebuild them: about 0.7 KB (gzip) of a phone's download, which is at its
 * budget (docs/performance.md). Samsyn's Socket.IO events are JSON only (docs/protocol.md); the
 * Yjs documents' binary goes over their own WebSocket. vite.config.ts points the parser's two
 * imports here for the client; the server keeps the real parser. An event with binary, which our
 * code never builds, fails loudly instead of being sent half-encoded.
 */
const JSON_ONLY = 'Samsyn sends no binary over Socket.IO';

export const isBinary = (_obj: unknown): boolean => false;
export const hasBinary = (_obj: unknown, _toJSON?: boolean): boolean => false;
export function deconstructPacket(_packet: unknown): never {
  throw new Error(JSON_ONLY);
}
export function reconstructPacket(_packet: unknown, _buffers: unknown): never {
  throw new Error(JSON_ONLY);
}
