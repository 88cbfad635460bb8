/**
 * A template is an agenda without a workshop: each step's type, title and config, nothing that
 * people gave (no responses, posts, items, texts or participants). A config that names another
 * activity by id (a dot voting's `sourceActivityId`) names it by the step's `ref` instead, and
 * gets the new activity's id when a workshop is made from the template.
 */
export interface TemplateStep {
  /** The step's name inside the template's configs; never a valid activity id (starts with '@'). */
  ref: string;
  type: string;
  title: string;
  config: unknown;
}

/** The JSON stored in `templates.agenda`. */
export interface TemplateAgenda {
  v: 1;
  steps: TemplateStep[];
}

export const refOf = (index: number): string => `@step${index + 1}`;

/**
 * Replaces every string in `value` that is a key of `map` by its value, at any depth. Ids are
 * long random strings and refs start with '@', so no text a facilitator typed is mistaken for one.
 */
export function replaceIds(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, map));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = replaceIds(v, map);
    return out;
  }
  return value;
}

/** A workshop's agenda as template steps: refs instead of the activities' own ids. */
export function stepsOf(agenda: readonly { id: string; type: string; title: string; config: unknown }[]) {
  const refs = new Map(agenda.map((a, i) => [a.id, refOf(i)]));
  return agenda.map(
    (a, i): TemplateStep => ({
      ref: refOf(i),
      type: a.type,
      title: a.title,
      config: replaceIds(a.config, refs),
    }),
  );
}
