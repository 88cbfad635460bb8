/** Bumped on any incompatible change to events, schemas or the Yjs document layout. */
export const PROTOCOL_VERSION = 2;
