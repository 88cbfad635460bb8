import type { ExportDocument } from './document.ts';

/**
 * The document itself, for programs: labels in the chosen language, numbers as numbers, no
 * escaping (JSON.stringify quotes everything), pretty-printed so a person can read it too.
 */
export function toJson(doc: ExportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
