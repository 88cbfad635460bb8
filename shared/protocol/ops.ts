import type { ClientEvent } from './events.ts';

/**
 * Operation ids: a client names each state-changing action once, and sends the name again with
 * every retry of it, so the server can answer a repeat with the first ack instead of applying it
 * again (see docs/protocol.md, "Retries and operation ids"). Kept free of zod: the client imports
 * this file.
 */
export const OP_EVENTS = [
  'workshop:settings',
  'agenda:add',
  'agenda:update',
  'agenda:move',
  'agenda:duplicate',
  'agenda:delete',
  'activity:control',
  'activity:command',
  'activity:respond',
  'text:restore',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:extend',
  'timer:stop',
] as const satisfies readonly ClientEvent[];
export type OpEvent = (typeof OP_EVENTS)[number];

export function isOpEvent(event: string): event is OpEvent {
  return (OP_EVENTS as readonly string[]).includes(event);
}

/** 16–64 URL-safe characters: the client's 22 (128 random bits) fit, with room for other clients. */
export const OP_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
