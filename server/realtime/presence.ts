import { type BySector, emptyBySector, type Sector } from '../../shared/domain/sectors.ts';
import type { Presence } from '../../shared/domain/workshop.ts';

interface Room {
  people: Map<string, { sector: Sector; sockets: number }>;
  /** Kept up to date on every change, so reading presence costs the same in a hall of 1,000. */
  bySector: BySector;
}

/**
 * Who is in the room, counted by the server from open sockets: one participant with two tabs
 * counts once. This replaces Yjs awareness, whose traffic grows with the square of the room.
 */
export class PresenceCounter {
  private readonly rooms = new Map<string, Room>();

  /** Returns true when the count changed. */
  add(workshopId: string, participantId: string, sector: Sector): boolean {
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = { people: new Map(), bySector: emptyBySector() };
      this.rooms.set(workshopId, room);
    }
    const person = room.people.get(participantId);
    if (person) {
      person.sockets += 1;
      return false;
    }
    room.people.set(participantId, { sector, sockets: 1 });
    room.bySector[sector] += 1;
    return true;
  }

  remove(workshopId: string, participantId: string): boolean {
    const room = this.rooms.get(workshopId);
    const person = room?.people.get(participantId);
    if (!room || !person) return false;
    person.sockets -= 1;
    if (person.sockets > 0) return false;
    room.people.delete(participantId);
    room.bySector[person.sector] -= 1;
    if (room.people.size === 0) this.rooms.delete(workshopId);
    return true;
  }

  /** Who is connected now; `joined` comes from the database (see io.ts). */
  of(workshopId: string): Omit<Presence, 'joined'> {
    const room = this.rooms.get(workshopId);
    return room
      ? { total: room.people.size, bySector: { ...room.bySector } }
      : { total: 0, bySector: emptyBySector() };
  }
}
