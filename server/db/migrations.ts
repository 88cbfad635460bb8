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
  // 5: the agenda. A workshop holds activities of any type; its one hard-wired activity becomes
  // two: a co-edited list (the priorities, their texts and provenance) and dot voting over it.
  // Items, responses, documents, client ids and text versions now belong to an activity.
  `
  CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    config TEXT NOT NULL,
    config_version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    locked INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0,
    timer TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX activities_workshop ON activities(workshop_id, position);
  CREATE TABLE items (
    id TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0,
    merged_into TEXT,
    merged_from TEXT NOT NULL DEFAULT '[]',
    created_by_sector TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX items_activity ON items(activity_id, position);
  CREATE TABLE responses (
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (activity_id, participant_id, key)
  );
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    data BLOB NOT NULL
  );
  CREATE INDEX doc_updates_activity ON doc_updates(activity_id, seq);
  CREATE TABLE doc_clients (
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL,
    owner TEXT NOT NULL,
    PRIMARY KEY (activity_id, client_id)
  );
  CREATE TABLE item_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX item_versions_item ON item_versions(activity_id, item_id, id);
  ALTER TABLE workshops ADD COLUMN live_activity_id TEXT;

  CREATE TEMP TABLE agenda_move AS
    SELECT id AS workshop_id, lower(hex(randomblob(10))) AS list_id, lower(hex(randomblob(10))) AS dots_id,
      phase, locked, revealed, vote_config, timer, created_at FROM workshops;
  INSERT INTO activities (id, workshop_id, type, position, title, config, config_version, status,
      locked, revealed, timer, created_at)
    SELECT list_id, workshop_id, 'list', 0, '', '{"prompt":""}', 1,
      CASE phase WHEN 'collect' THEN 'open' ELSE 'closed' END, locked, 0,
      CASE phase WHEN 'collect' THEN timer END, created_at
    FROM agenda_move;
  INSERT INTO activities (id, workshop_id, type, position, title, config, config_version, status,
      locked, revealed, timer, created_at)
    SELECT dots_id, workshop_id, 'dots', 1, '',
      json_object('sourceActivityId', list_id,
        'dotsPerParticipant', coalesce(json_extract(vote_config, '$.dotsPerParticipant'), 5),
        'maxPerPriority', coalesce(json_extract(vote_config, '$.maxPerPriority'), 3)), 1,
      CASE WHEN phase = 'voting' THEN 'open' WHEN vote_config IS NULL THEN 'draft' ELSE 'closed' END,
      0, revealed, CASE phase WHEN 'collect' THEN NULL ELSE timer END, created_at
    FROM agenda_move;
  UPDATE workshops SET live_activity_id = (SELECT CASE m.phase WHEN 'collect' THEN m.list_id ELSE m.dots_id END
    FROM agenda_move m WHERE m.workshop_id = workshops.id);
  INSERT INTO items (id, activity_id, position, hidden, merged_into, merged_from, created_by_sector, created_at)
    SELECT p.id, m.list_id, p.position, p.hidden, p.merged_into, p.merged_from, p.created_by_sector, p.created_at
    FROM priorities p JOIN agenda_move m ON m.workshop_id = p.workshop_id;
  INSERT INTO responses (activity_id, participant_id, key, value, updated_at)
    SELECT m.dots_id, v.participant_id, v.priority_id, CAST(v.dots AS TEXT), m.created_at
    FROM votes v JOIN agenda_move m ON m.workshop_id = v.workshop_id;
  INSERT INTO doc_updates (activity_id, data)
    SELECT m.list_id, u.data FROM yjs_updates u JOIN agenda_move m ON m.workshop_id = u.workshop_id
    ORDER BY u.seq;
  INSERT INTO doc_clients (activity_id, client_id, owner)
    SELECT m.list_id, c.client_id, c.owner FROM yjs_clients c JOIN agenda_move m ON m.workshop_id = c.workshop_id;
  INSERT INTO item_versions (activity_id, item_id, text, author, created_at)
    SELECT m.list_id, v.item_id, v.text, v.author, v.created_at
    FROM text_versions v JOIN agenda_move m ON m.workshop_id = v.workshop_id ORDER BY v.id;
  DROP TABLE agenda_move;
  DROP TABLE priorities;
  DROP TABLE votes;
  DROP TABLE yjs_updates;
  DROP TABLE yjs_clients;
  DROP TABLE text_versions;
  ALTER TABLE workshops DROP COLUMN phase;
  ALTER TABLE workshops DROP COLUMN locked;
  ALTER TABLE workshops DROP COLUMN revealed;
  ALTER TABLE workshops DROP COLUMN vote_config;
  ALTER TABLE workshops DROP COLUMN timer;
  `,
  // 6: short texts participants post (ideas, questions, answers, words) with their moderation
  // state and provenance; workshop settings (names or anonymity, the word filter, open dialogue
  // dates); saved agendas (templates).
  `
  CREATE TABLE entries (
    id TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    sector TEXT,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'shown', 'hidden')),
    meta TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
  );
  CREATE INDEX entries_activity ON entries(activity_id, created_at);
  CREATE INDEX entries_participant ON entries(activity_id, participant_id);
  ALTER TABLE workshops ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
  -- Workshops from before the choice asked for names and showed them; they keep doing so.
  UPDATE workshops SET settings = '{"names":"shown"}';
  CREATE TABLE templates (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    agenda TEXT NOT NULL,
    created_by TEXT REFERENCES facilitators(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
  );
  `,
  // 7: one row that /api/health rewrites, so it reports whether a write really commits.
  `
  CREATE TABLE health (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at TEXT NOT NULL
  );
  INSERT INTO health (id, checked_at) VALUES (1, '');
  `,
  // 8: who added a list item, so one participant's items can be held to a quota (a participant
  // who is deleted leaves their items, unattributed).
  `
  ALTER TABLE items ADD COLUMN created_by TEXT REFERENCES participants(id) ON DELETE SET NULL;
  CREATE INDEX items_created_by ON items(activity_id, created_by);
  `,
  // 9: when a facilitator session was last used, for the idle timeout (existing sessions count
  // as used now); and projector links, a least-privilege credential for one workshop's projector.
  `
  ALTER TABLE auth_sessions ADD COLUMN last_used_at INTEGER NOT NULL DEFAULT 0;
  UPDATE auth_sessions SET last_used_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000;
  CREATE TABLE projector_links (
    token_hash TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX projector_links_workshop ON projector_links(workshop_id);
  `,
  // 10: deleting a workshop first hides it (deleted_at, deleted_by: a facilitator id) so its owner
  // can bring it back for a while; a purge then erases it. The deletion log says who deleted,
  // restored or purged which workshop and when, and holds no personal text: it outlives the
  // workshop by design, so it has no foreign key to it. The indexes let a purge's cascade find a
  // participant's rows without reading every workshop's (without them, purging one workshop of 200
  // people from a 100-workshop database held the process for seconds).
  `
  CREATE INDEX responses_participant ON responses(participant_id);
  CREATE INDEX entries_participant_only ON entries(participant_id);
  CREATE INDEX items_created_by_only ON items(created_by);
  ALTER TABLE workshops ADD COLUMN deleted_at TEXT;
  ALTER TABLE workshops ADD COLUMN deleted_by TEXT;
  CREATE INDEX workshops_deleted ON workshops(deleted_at) WHERE deleted_at IS NOT NULL;
  CREATE TABLE deletion_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workshop_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('deleted', 'restored', 'purged')),
    actor TEXT,
    reason TEXT NOT NULL CHECK (reason IN ('owner', 'grace', 'retention')),
    at TEXT NOT NULL
  );
  CREATE INDEX deletion_log_workshop ON deletion_log(workshop_id, id);
  `,
  // 11: the ack given for each operation id (per workshop and sender: a participant id or
  // `f:<facilitator id>`), so a retried command is answered again instead of applied again. Pruned
  // after a day (server/realtime/ops.ts); goes with its workshop (participants go only with theirs).
  `
  CREATE TABLE ops (
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    sender TEXT NOT NULL,
    op_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    ack TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (workshop_id, sender, op_id)
  ) WITHOUT ROWID;
  CREATE INDEX ops_at ON ops(at);
  CREATE INDEX ops_sender_at ON ops(workshop_id, sender, at);
  `,
  // 12: a hidden list item's text, kept here while it is out of the shared document (a hidden
  // text must not reach participants or the projector through Yjs); NULL when the item is shown.
  `
  ALTER TABLE items ADD COLUMN hidden_text TEXT;
  `,
];
