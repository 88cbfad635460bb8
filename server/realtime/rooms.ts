/** Socket.IO rooms of a workshop. Everyone is in `all`; the rest decide what each role may see. */
export const rooms = {
  all: (workshopId: string) => `w:${workshopId}`,
  facilitators: (workshopId: string) => `w:${workshopId}:f`,
  projectors: (workshopId: string) => `w:${workshopId}:p`,
  participants: (workshopId: string) => `w:${workshopId}:v`,
  participant: (workshopId: string, participantId: string) => `w:${workshopId}:v:${participantId}`,
};
