import { createActivityRepo } from './activityRepo.ts';
import { createDeletionRepo } from './deletionRepo.ts';
import { createEntryRepo } from './entryRepo.ts';
import { createFacilitatorRepo } from './facilitatorRepo.ts';
import { createItemRepo } from './itemRepo.ts';
import { createMembershipRepo } from './membershipRepo.ts';
import type { Db } from './openDb.ts';
import { createOpRepo } from './opRepo.ts';
import { createParticipantRepo } from './participantRepo.ts';
import { createProjectorLinkRepo } from './projectorLinkRepo.ts';
import { createResponseRepo } from './responseRepo.ts';
import { createTemplateRepo } from './templateRepo.ts';
import { createTextVersionRepo } from './textVersionRepo.ts';
import { createTimerRepo } from './timerRepo.ts';
import { createWorkshopRepo } from './workshopRepo.ts';
import { createYjsClientRepo } from './yjsClientRepo.ts';
import { createYjsRepo } from './yjsRepo.ts';

/** `sessionIdleMs`: how long a facilitator session may go unused (facilitatorRepo's default). */
export function createRepos(db: Db, options: { sessionIdleMs?: number } = {}) {
  return {
    db,
    facilitators: createFacilitatorRepo(db, options.sessionIdleMs),
    memberships: createMembershipRepo(db),
    workshops: createWorkshopRepo(db),
    participants: createParticipantRepo(db),
    activities: createActivityRepo(db),
    items: createItemRepo(db),
    responses: createResponseRepo(db),
    entries: createEntryRepo(db),
    yjs: createYjsRepo(db),
    yjsClients: createYjsClientRepo(db),
    textVersions: createTextVersionRepo(db),
    timers: createTimerRepo(db),
    templates: createTemplateRepo(db),
    deletions: createDeletionRepo(db),
    ops: createOpRepo(db),
    projectorLinks: createProjectorLinkRepo(db),
    /** Runs `fn` in one SQLite transaction: all of it is stored, or none. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}

export type Repos = ReturnType<typeof createRepos>;
