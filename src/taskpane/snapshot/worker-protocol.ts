// The messages between the task pane and the CSV worker. Only aggregates (the Snapshot) and issue
// messages ever come back: the worker holds the rows and drops them as it goes.

import type { Issue } from '../../core';
import type { ColumnMapping, DatasetKind, Snapshot } from '../../core/snapshot';

export interface CsvInput {
  readonly kind: DatasetKind;
  readonly file: File;
}

export type ToWorker =
  | {
      readonly type: 'start';
      readonly inputs: readonly CsvInput[];
      /** Empty: the latest federal fiscal year the data covers. */
      readonly period: string;
      readonly jurisdiction: string;
      readonly mapping?: ColumnMapping;
      /** Today as yyyy-mm-dd: later dates are reported and their rows skipped. */
      readonly asOf: string;
    }
  | { readonly type: 'cancel' };

export type FromWorker =
  | { readonly type: 'progress'; readonly file: string; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly snapshot: Snapshot; readonly issues: readonly Issue[] }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'cancelled' };
