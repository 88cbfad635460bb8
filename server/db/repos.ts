import { createFacilitatorRepo } from './facilitatorRepo.ts';
import { createMembershipRepo } from './membershipRepo.ts';
import type { Db } from './openDb.ts';
import { createParticipantRepo } from './participantRepo.ts';
import { createPriorityRepo } from './priorityRepo.ts';
import { createTextVersionRepo } from './textVersionRepo.ts';
import { createTimerRepo } from './timerRepo.ts';
import { createVoteRepo } from './voteRepo.ts';
import { createWorkshopRepo } from './workshopRepo.ts';
import { createYjsClientRepo } from './yjsClientRepo.ts';
import { createYjsRepo } from './yjsRepo.ts';

export function createRepos(db: Db) {
  return {
    db,
    facilitators: createFacilitatorRepo(db),
    memberships: createMembershipRepo(db),
    workshops: createWorkshopRepo(db),
    participants: createParticipantRepo(db),
    priorities: createPriorityRepo(db),
    votes: createVoteRepo(db),
    yjs: createYjsRepo(db),
    yjsClients: createYjsClientRepo(db),
    textVersions: createTextVersionRepo(db),
    timers: createTimerRepo(db),
    /** Runs `fn` in one SQLite transaction: all of it is stored, or none. */
    transaction<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
  };
}

export type Repos = ReturnType<typeof createRepos>;
