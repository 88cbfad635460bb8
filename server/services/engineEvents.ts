import type { ParticipantProfile } from '../../shared/protocol/api.ts';

/** Who typed into a text, as the Yjs endpoint knows them. */
export type TextEditor =
  | { kind: 'participant'; participant: ParticipantProfile }
  | { kind: 'facilitator'; facilitatorId: string };

/** What the engine tells the realtime layer, the Yjs endpoint, the timers and the text history. */
export interface EngineEvents {
  /** The agenda or an activity's control changed. */
  state(workshopId: string): void;
  /** A draft was opened: the room (participants, projector) sees it for the first time. */
  opened(workshopId: string, activityId: string): void;
  /** An activity's state (its items, order, moderation) changed. */
  view(workshopId: string, activityId: string): void;
  /** An activity's stored responses or their visibility changed; listeners batch the results. */
  results(workshopId: string, activityId: string): void;
  /**
   * A participant's stored response changed, so their phones can follow. `origin` is the socket
   * whose command it was: it has the ack, and an echo would overwrite taps it still has in flight.
   */
  mine(
    workshopId: string,
    activityId: string,
    participantId: string,
    value: unknown,
    origin: string | null,
  ): void;
  /** Every response of the activity was deleted; `empty` is what each participant now has. */
  responsesReset(workshopId: string, activityId: string, empty: unknown): void;
  /** The activity and everything in it is gone: close its document, timer and history. */
  activityDeleted(workshopId: string, activityId: string): void;
  /** The workshop and everything in it is being deleted: close its connections. */
  deleted(workshopId: string, activityIds: readonly string[]): void;
  /**
   * An item's text changed (someone's edit, or a restored version), so views that show the
   * document's texts (a dot voting's labels) are due again. Listeners batch it.
   */
  texts(workshopId: string, activityId: string): void;
  /** The server wrote an item's text (a new item, a merge), so its history starts there. */
  written(activityId: string, itemId: string): void;
  /** Someone's accepted Yjs update changed this item's text (not the server's own changes). */
  edited(workshopId: string, activityId: string, itemId: string, editor: TextEditor): void;
}

export class Emitter {
  private readonly subscribers: Array<Partial<EngineEvents>> = [];

  on(listeners: Partial<EngineEvents>): void {
    this.subscribers.push(listeners);
  }

  emit<K extends keyof EngineEvents>(event: K, ...args: Parameters<EngineEvents[K]>): void {
    for (const s of this.subscribers)
      (s[event] as ((...a: Parameters<EngineEvents[K]>) => void) | undefined)?.(...args);
  }
}
