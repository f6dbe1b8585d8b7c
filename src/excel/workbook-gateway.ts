// The whole operations the task pane may ask of a workbook, as pure types. The UI is written against
// this interface only; `office-gateway.ts` implements it with Office.js (one Excel.run per operation).

import type { SheetState, WorkbookGrid, WorkbookLayout } from '../core';
import type { SheetPlan } from '../core/snapshot-layout';

export interface SheetSummary {
  readonly name: string;
  readonly state: SheetState;
}

/** What set-up needs to know before it plans: the sheets, the workbook names and the metadata. */
export interface WorkbookState {
  readonly sheets: readonly SheetSummary[];
  readonly names: readonly string[];
  /** Key/value pairs of the metadata sheet, or null when the workbook has none. */
  readonly meta: ReadonlyMap<string, string> | null;
}

/** Which parts of the layout to create. Sheets that exist are never touched, so entries survive. */
export interface SetupPlan {
  /** Sheet names from the layout (info, table, lists or meta sheet) to create. */
  readonly create: readonly string[];
  /** Defined names (`List_*`) to add. */
  readonly addNames: readonly string[];
  /** Sheets to delete if they hold nothing, e.g. a new workbook's "Sheet1". */
  readonly removeIfBlank: readonly string[];
  /** Footer on printed pages, e.g. "Riverbend County, Safety". */
  readonly footer: string;
}

export interface SetupResult {
  readonly created: readonly string[];
  readonly namesAdded: readonly string[];
  readonly removed: readonly string[];
}

export interface WriteStats {
  /** `context.sync()` calls the write took. */
  readonly syncs: number;
  /** Size of the largest batch of values sent, in bytes of JSON. */
  readonly largestBatchBytes: number;
  /** Batches the workbook refused as too large and that were split and sent again. */
  readonly retries: number;
}

export interface WorkbookGateway {
  /** Sheets, names and metadata: one sync. */
  readState(): Promise<WorkbookState>;
  /** Creates the planned parts of the layout; existing sheets are left exactly as they are. */
  applyLayout(layout: WorkbookLayout, plan: SetupPlan): Promise<SetupResult>;
  /** Every sheet's used cells, hidden ones included, as the core reads them. */
  readGrid(): Promise<WorkbookGrid>;
  /** Sets metadata keys (adding rows for new keys) on the metadata sheet. */
  writeMeta(sheet: string, entries: readonly (readonly [key: string, value: string])[]): Promise<void>;
  /** Activates the sheet and selects the cell (or row, e.g. "7:7"), so a person can fix it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Replaces the named Snapshot sheets with the laid-out ones (the core's SheetPlan, as the CLI writes them), in chunks that stay under the request limit. */
  writeSnapshot(sheets: readonly SheetPlan[], replace: readonly string[]): Promise<WriteStats>;
}
