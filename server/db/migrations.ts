/**
 * Schema history, applied in order and recorded in `PRAGMA user_version`.
 * Never edit a released step; add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE facilitators (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY,
    facilitator_id TEXT NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  );
  CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL,
    description TEXT NOT NULL,
    phase TEXT NOT NULL,
    locked INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0,
    vote_config TEXT,
    created_by TEXT NOT NULL REFERENCES facilitators(id),
    created_at TEXT NOT NULL
  );
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL,
    municipality TEXT NOT NULL,
    organisation TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX participants_workshop ON participants(workshop_id);
  CREATE TABLE priorities (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0,
    merged_into TEXT,
    merged_from TEXT NOT NULL DEFAULT '[]',
    created_by_sector TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX priorities_workshop ON priorities(workshop_id, position);
  CREATE TABLE votes (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    priority_id TEXT NOT NULL,
    dots INTEGER NOT NULL CHECK (dots > 0),
    PRIMARY KEY (workshop_id, participant_id, priority_id)
  );
  CREATE TABLE yjs_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  CREATE INDEX yjs_updates_workshop ON yjs_updates(workshop_id, seq);
  `,
  // 2: workshops belong to their facilitators; the first account administers the others; Yjs
  // client ids are bound to whoever first wrote with them, so nobody can write under another's id.
  // Existing workshops go to their creator alone: access that everyone had by a defect is not kept.
  `
  ALTER TABLE facilitators ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
  UPDATE facilitators SET is_admin = 1
    WHERE id = (SELECT id FROM facilitators ORDER BY created_at, rowid LIMIT 1);
  CREATE TABLE workshop_facilitators (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    facilitator_id TEXT NOT NULL REFERENCES facilitators(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'co')),
    added_at TEXT NOT NULL,
    PRIMARY KEY (workshop_id, facilitator_id)
  );
  CREATE INDEX workshop_facilitators_facilitator ON workshop_facilitators(facilitator_id);
  INSERT INTO workshop_facilitators (workshop_id, facilitator_id, role, added_at)
    SELECT id, created_by, 'owner', created_at FROM workshops;
  CREATE TABLE yjs_clients (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    owner TEXT NOT NULL,
    PRIMARY KEY (workshop_id, client_id)
  );
  `,
  // 3: earlier versions of each co-edited text, so a facilitator can bring one back.
  `
  CREATE TABLE text_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX text_versions_item ON text_versions(workshop_id, item_id, id);
  `,
  // 4: the facilitation timer, as JSON (shared/domain/timer.ts TimerState); NULL is no timer.
  `
  ALTER TABLE workshops ADD COLUMN timer TEXT;
  `,
];
