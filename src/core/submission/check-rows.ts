// Checks across the rows of one table that single cells cannot show: items matched by id after
// sorting or deleting rows, action-step ids kept unique and stable, categories from the catalogue.

import type { CatalogueService } from '../defaults/service-catalogue';
import { fnv1a } from '../hash';
import type { PlanRow, RatedItemRow, ServiceRow } from '../layout/columns';
import type { TableSheet } from '../layout/layout-types';
import { PLAN_SHEET } from '../layout/sheet-names';
import { normalise } from './match-text';
import type { ParseContext } from './parse-table';

/** Keeps the first row of each item; warns about items rated twice or removed from the sheet. */
export function checkItems(rows: readonly RatedItemRow[], table: TableSheet, ctx: ParseContext): RatedItemRow[] {
  const seen = new Map<string, number>();
  const kept: RatedItemRow[] = [];
  const where = { file: ctx.file, sheet: table.name };
  for (const row of rows) {
    if (row.itemId === '') {
      kept.push(row);
      continue;
    }
    const first = seen.get(row.itemId);
    if (first !== undefined) {
      ctx.issues.push({ code: 'ITEM_DUPLICATE', severity: 'warning', message: `Item ${row.itemId} appears twice (rows ${first} and ${row.row}); row ${row.row} is not counted`, advice: 'Delete one of the two rows, keeping the rating the group agreed', ...where, row: row.row });
      continue;
    }
    seen.set(row.itemId, row.row);
    kept.push(row);
  }
  for (const expected of table.rows) {
    const id = expected['itemId'];
    if (id !== undefined && id !== '' && !seen.has(id)) {
      ctx.issues.push({ code: 'ITEM_MISSING', severity: 'warning', message: `Item ${id} "${expected['item'] ?? ''}" is missing from the sheet; it counts as not rated`, advice: 'Copy the row back from a fresh template if it was deleted by mistake', ...where });
    }
  }
  return kept;
}

/**
 * Every step needs a unique id the committee can track. A row inserted by hand has none: it gets
 * one derived from its text, stable for as long as the text is, and a warning.
 */
export function checkPlanSteps(rows: readonly PlanRow[], groupId: string, ctx: ParseContext): PlanRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const where = { file: ctx.file, sheet: PLAN_SHEET, row: row.row };
    let id = row.stepId;
    if (id === '' || seen.has(id)) {
      const derived = `${groupId}-X${fnv1a(normalise(row.priorityIssue + row.goal + row.actionStep)).slice(0, 6)}`;
      ctx.issues.push({
        code: id === '' ? 'STEP_ID_MISSING' : 'STEP_ID_DUPLICATE',
        severity: 'warning',
        message: id === '' ? `Action step has no step id; it was given ${derived}` : `Step id ${id} is used twice; this row was given ${derived}`,
        advice: 'Write new steps on the numbered blank rows instead of inserted or copied rows, so each keeps its id',
        ...where,
      });
      id = derived;
    } else if (!id.toLowerCase().startsWith(`${groupId.toLowerCase()}-`)) {
      ctx.issues.push({ code: 'STEP_ID_FOREIGN', severity: 'warning', message: `Step id ${id} does not belong to work group ${groupId}`, advice: 'Keep the step ids your template came with', ...where });
    }
    seen.add(id);
    return id === row.stepId ? row : { ...row, stepId: id };
  });
}

const catalogueIndexes = new WeakMap<readonly CatalogueService[], ReadonlyMap<string, CatalogueService>>();

/** The catalogue by normalised service name, built once per catalogue. */
export function catalogueIndex(catalogue: readonly CatalogueService[]): ReadonlyMap<string, CatalogueService> {
  let index = catalogueIndexes.get(catalogue);
  if (index === undefined) {
    index = new Map(catalogue.map((s) => [normalise(s.name), s] as const));
    catalogueIndexes.set(catalogue, index);
  }
  return index;
}

/** A catalogue service left without a category takes the catalogue's. */
export function fillServiceCategories(rows: readonly ServiceRow[], catalogue: readonly CatalogueService[]): ServiceRow[] {
  const byName = catalogueIndex(catalogue);
  return rows.map((row) => {
    if (row.category !== null || row.service === null) return row;
    const known = byName.get(normalise(row.service));
    return known === undefined ? row : { ...row, category: known.category };
  });
}
