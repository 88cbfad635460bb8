import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import type { CreatedWorkshop } from './api.ts';
import { text } from './textSchema.ts';

/** REST bodies and answers of templates (docs/api.md#templates); facilitators only. */

const lang = z.enum(['sv', 'en']).default('sv');

/** `POST /api/workshops/:id/template`: saves the workshop's agenda under a title. */
export const saveTemplateBody = z.strictObject({
  title: text(LIMITS.titleLength).min(1),
  description: text(LIMITS.descriptionLength).default(''),
});

/** `POST /api/templates/:id/workshops`: a new workshop with the template's agenda. */
export const fromTemplateBody = z.strictObject({
  title: text(LIMITS.titleLength).min(1),
  date: z.iso.date(),
  place: text(LIMITS.placeLength).default(''),
  description: text(LIMITS.descriptionLength).default(''),
  names: z.enum(['anonymous', 'shown']).default('anonymous'),
  /** The language of a built-in template's titles and questions; saved templates keep their own. */
  lang,
});

/** `POST /api/workshops/:id/duplicate`: everything optional; the copy is "Kopia av <title>". */
export const duplicateBody = z.strictObject({
  title: text(LIMITS.titleLength).min(1).optional(),
  date: z.iso.date().optional(),
  lang,
});

export type SaveTemplateBody = z.input<typeof saveTemplateBody>;
export type FromTemplateBody = z.input<typeof fromTemplateBody>;
export type DuplicateBody = z.input<typeof duplicateBody>;

export interface TemplateStepSummary {
  type: string;
  title: string;
  /** False when this release has no such activity type: the step is left out of new workshops. */
  available: boolean;
}

/** `GET /api/templates`: built-in templates first, then saved ones, newest first. */
export interface TemplateSummary {
  id: string;
  title: string;
  description: string;
  builtin: boolean;
  steps: TemplateStepSummary[];
  /** Who saved it; null for a built-in template or an account that is gone. */
  createdBy: { id: string; name: string } | null;
  createdAt: string | null;
  /** The caller may delete it: its creator or the admin, never a built-in one. */
  canDelete: boolean;
}

/** A step of the template that the new workshop does not have, and why. */
export interface SkippedStep {
  type: string;
  title: string;
  /** `unknown-type`: this release has no such type; `config`: its config was refused. */
  reason: 'unknown-type' | 'config';
}

/** A workshop made from a template (or a duplicate): the steps that were left out, if any. */
export interface CreatedFromTemplate extends CreatedWorkshop {
  skipped: SkippedStep[];
}
