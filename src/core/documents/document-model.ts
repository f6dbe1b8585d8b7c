// A Word document as data: parts (each a page run with its own header and orientation) of blocks —
// headings, paragraphs, facts, tables, figures. The core decides what a document says; the pipeline
// renders this with a document library. Nothing here knows Word, files or fonts.

import type { ChartSpec } from '../charts/snapshot-charts';

export interface TableColumn {
  readonly header: string;
  /** A share of the text width: widths are relative, the renderer fits them to the page. */
  readonly width: number;
  /** Numbers line up on the right. */
  readonly align?: 'left' | 'right';
}

export type Block =
  /** The document's title (Word's Title style) and the line under it (Subtitle). */
  | { readonly kind: 'title'; readonly text: string; readonly subtitle: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** placeholder: a place left for people to write in, marked so nobody mistakes it for text; note: smaller print. */
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'body' | 'placeholder' | 'note' }
  /** Short facts, a label and its text each. */
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, text: string])[] }
  /**
   * A table whose header row repeats on every page. `tall` rows leave room to write by hand (a
   * sign-in sheet); `blankRows` adds that many empty rows after the filled ones.
   */
  | { readonly kind: 'table'; readonly caption: string; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[]; readonly tall?: boolean; readonly blankRows?: number }
  /** A chart drawn from the core chart description; `description` is its text alternative. */
  | { readonly kind: 'figure'; readonly chart: ChartSpec; readonly caption: string; readonly description: string };

export interface DocumentPart {
  /** The page header's two ends: what and whose (left), the draft and its date (right). */
  readonly header: { readonly left: string; readonly right: string };
  readonly orientation: 'portrait' | 'landscape';
  readonly blocks: readonly Block[];
}

export interface DocumentSpec {
  /** File name without folder, e.g. "riverbend-county-S1-assessment-report.docx". */
  readonly fileName: string;
  readonly title: string;
  readonly subject: string;
  /** Printed in every footer before "Page n of m". */
  readonly footer: string;
  readonly parts: readonly DocumentPart[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string, style: 'body' | 'placeholder' | 'note' = 'body'): Block => ({ kind: 'paragraph', text, style });

/** Heading levels shift when a document nests one report inside another (the consolidated report). */
export const deeper = (level: 1 | 2 | 3, by: 0 | 1): 1 | 2 | 3 => (Math.min(3, level + by) as 1 | 2 | 3);

/** A file-name-safe form of an id: "riverbend-county", "S1". */
export const fileStem = (id: string): string => id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
