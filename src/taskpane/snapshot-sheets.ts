// The Snapshot as the add-in writes it: the core's layout (the same sheets the CLI writes), every
// sheet name prefixed so a Snapshot lives beside a work group's own sheets and replaces the last one.

import { type Snapshot } from '../core';
import { snapshotSheetPlans, type SheetPlan } from '../core/snapshot-layout';

export const SNAPSHOT_PREFIX = 'Snapshot ';

export function snapshotSheets(s: Snapshot): SheetPlan[] {
  return snapshotSheetPlans(s, { prefix: SNAPSHOT_PREFIX });
}

/** Sheets a previous Snapshot left, to replace rather than pile up. */
export function previousSnapshotSheets(names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith(SNAPSHOT_PREFIX));
}
