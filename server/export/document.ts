import type { Sector } from '../../shared/domain/sectors.ts';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import type { ExportLang } from './labels.ts';

/**
 * One document model for every export format: each activity contributes a section of blocks,
 * and each format (Markdown, CSV, JSON) renders blocks without knowing any activity type.
 */
export interface ExportDocument {
  meta: {
    /** The language of every label in the document, sections included: renderers use it for theirs. */
    lang: ExportLang;
    title: string;
    date: string;
    place: string;
    code: string;
    description: string;
    exportedAt: string;
    /** Participants who joined, by sector. */
    joinedBySector: Record<Sector, number>;
  };
  sections: ExportSection[];
}

export interface ExportSection {
  /** The activity's title, or its type's name. */
  title: string;
  /** The activity's type, so a reader of a CSV or JSON can tell sections apart. */
  type: string;
  blocks: ExportBlock[];
}

export type Cell = string | number;

export type ExportBlock =
  /** A paragraph; `label` makes it a "label: text" line. */
  | { kind: 'text'; label?: string; text: string }
  /** Named values, e.g. a vote's rules: numbers stay numbers in CSV and JSON. */
  | { kind: 'fields'; fields: Array<{ label: string; value: Cell }> }
  /** Typed columns: numbers are right-aligned in Markdown and stay numbers in CSV. */
  | {
      kind: 'table';
      /** Says what the table holds when its columns alone do not, e.g. "Voters by sector". */
      heading?: string;
      columns: Array<{ label: string; numeric: boolean }>;
      rows: Cell[][];
    }
  /** Notes under a heading, e.g. where merged priorities came from. */
  | { kind: 'list'; heading: string; items: Array<{ text: string; children: string[] }> };

/**
 * Thrown by a module's `exportSection` when it cannot build its section (a document that cannot
 * be read): the export as a whole then fails with `code`, instead of telling part of the story.
 * The signature stays a plain section, so a module needs no Result plumbing for the rare case.
 */
export class ExportError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}
