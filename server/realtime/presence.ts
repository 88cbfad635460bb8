import { emptyBySector, type Sector } from '../../shared/domain/sectors.ts';
import type { Presence } from '../../shared/domain/workshop.ts';

/**
 * Who is in the room, counted by the server from open sockets: one participant with two tabs
 * counts once. This replaces Yjs awareness, whose traffic grows with the square of the room.
 */
export class PresenceCounter {
  private readonly byWorkshop = new Map<string, Map<string, { sector: Sector; sockets: number }>>();

  /** Returns true when the count changed. */
  add(workshopId: string, participantId: string, sector: Sector): boolean {
    let people = this.byWorkshop.get(workshopId);
    if (!people) {
      people = new Map();
      this.byWorkshop.set(workshopId, people);
    }
    const person = people.get(participantId);
    if (person) {
      person.sockets += 1;
      return false;
    }
    people.set(participantId, { sector, sockets: 1 });
    return true;
  }

  remove(workshopId: string, participantId: string): boolean {
    const people = this.byWorkshop.get(workshopId);
    const person = people?.get(participantId);
    if (!people || !person) return false;
    person.sockets -= 1;
    if (person.sockets > 0) return false;
    people.delete(participantId);
    if (people.size === 0) this.byWorkshop.delete(workshopId);
    return true;
  }

  of(workshopId: string): Presence {
    const bySector = emptyBySector();
    let total = 0;
    for (const { sector } of this.byWorkshop.get(workshopId)?.values() ?? []) {
      bySector[sector] += 1;
      total += 1;
    }
    return { total, bySector };
  }
}
