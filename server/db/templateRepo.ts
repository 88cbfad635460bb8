import type { TemplateAgenda, TemplateStep } from '../../shared/domain/templates.ts';
import type { Db } from './openDb.ts';

interface Row {
  id: string;
  title: string;
  description: string;
  agenda: string;
  created_by: string | null;
  creator_name: string | null;
  created_at: string;
}

/** A saved template (table `templates`): an agenda of steps, never anything people gave. */
export interface TemplateRecord {
  id: string;
  title: string;
  description: string;
  steps: TemplateStep[];
  createdBy: string | null;
  /** The creator's account name; null once the account is deleted. */
  creatorName: string | null;
  createdAt: string;
}

/** Stored agendas read leniently: anything unreadable is an empty agenda, never a crash. */
function readSteps(raw: string): TemplateStep[] {
  try {
    const json = JSON.parse(raw) as Partial<TemplateAgenda> | null;
    return Array.isArray(json?.steps) ? json.steps : [];
  } catch {
    return [];
  }
}

const toRecord = (r: Row): TemplateRecord => ({
  id: r.id,
  title: r.title,
  description: r.description,
  steps: readSteps(r.agenda),
  createdBy: r.created_by,
  creatorName: r.creator_name,
  createdAt: r.created_at,
});

const SELECT = `SELECT t.*, f.name AS creator_name FROM templates t
  LEFT JOIN facilitators f ON f.id = t.created_by`;

export function createTemplateRepo(db: Db) {
  const insert = db.prepare(
    `INSERT INTO templates (id, title, description, agenda, created_by, created_at)
     VALUES (@id, @title, @description, @agenda, @createdBy, @createdAt)`,
  );
  const byId = db.prepare<[string], Row>(`${SELECT} WHERE t.id = ?`);
  const list = db.prepare<[], Row>(`${SELECT} ORDER BY t.created_at DESC, t.id`);
  const remove = db.prepare('DELETE FROM templates WHERE id = ?');

  return {
    insert(t: Omit<TemplateRecord, 'creatorName'>): void {
      const agenda: TemplateAgenda = { v: 1, steps: t.steps };
      const { id, title, description, createdBy, createdAt } = t;
      insert.run({ id, title, description, agenda: JSON.stringify(agenda), createdBy, createdAt });
    },
    get(id: string): TemplateRecord | null {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    list(): TemplateRecord[] {
      return list.all().map(toRecord);
    },
    delete(id: string): void {
      remove.run(id);
    },
  };
}
