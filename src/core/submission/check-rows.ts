// Checks across the rows of one table that single cells cannot show: items matched by id after
// sorting or deleting rows, action-step ids kept unique and stable, categories from the catalogue.

import type { CatalogueService } from '../defaults/service-catalogue';
import { fnv1a } from '../hash';
import type { PlanRow, RatedItemRow, ServiceRow } from '../layout/columns';
import type { TableSheet } from '../layout/layout-types';
import { PLAN_SHEET } from '../layout/sheet-names';
import { normalise } from './match-text';
import type { ParseContext } from './parse-table';

/** An item the template listed that is no longer on the sheet: it counts as not rated. */
export interface MissingItem {
  readonly itemId: string;
  readonly item: string;
}

/** Keeps the first row of each item; warns about items rated twice or removed from the sheet. */
export function checkItems(rows: readonly RatedItemRow[], table: TableSheet, ctx: ParseContext): { kept: RatedItemRow[]; missing: MissingItem[] } {
  const seen = new Map<string, number>();
  const kept: RatedItemRow[] = [];
  const missing: MissingItem[] = [];
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
      missing.push({ itemId: id, item: expected['item'] ?? '' });
      ctx.issues.push({ code: 'ITEM_MISSING', severity: 'warning', message: `Item ${id} "${expected['item'] ?? ''}" is missing from the sheet; it counts as not rated`, advice: 'Copy the row back from a fresh template if it was deleted by mistake', ...where });
    }
  }
  return { kept, missing };
}

/**
 * A step id derived from the step's words, stable for as long as they are; a counter after it
 * when that id is taken (the same step at two sites), so no two steps ever share one.
 */
export function derivedStepId(groupId: string, step: Pick<PlanRow, 'priorityIssue' | 'goal' | 'actionStep'>, taken: ReadonlySet<string>): string {
  const base = `${groupId}-X${fnv1a(normalise(step.priorityIssue + step.goal + step.actionStep)).slice(0, 6)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Every typed field of a step, to tell a copied row from the same step at another site. */
const rowContent = (row: PlanRow): string => PLAN_CONTENT_KEYS.map((k) => String(row[k] ?? '')).join('\u0000');
const PLAN_CONTENT_KEYS = ['capacity', 'assessment', 'priorityIssue', 'goal', 'strategy', 'actionStep', 'leadPerson', 'leadOrganisation', 'partners', 'resources', 'fundingSource', 'startDate', 'targetDate', 'measure', 'baseline', 'target', 'status', 'progressNote', 'lastUpdate'] as const satisfies readonly (keyof PlanRow)[];

/**
 * Every step needs a unique id the committee can track. A row inserted by hand has none: it gets
 * one derived from its text, stable for as long as the text is, and a warning. Two steps with the
 * same words (the same step at two sites) get the same base and a counter, in sheet order: no step
 * is ever dropped, and a row identical to an earlier one is flagged as a possible duplicate.
 */
export function checkPlanSteps(rows: readonly PlanRow[], groupId: string, ctx: ParseContext): PlanRow[] {
  const seen = new Set<string>();
  const firstWith = new Map<string, number>();
  return rows.map((row) => {
    const where = { file: ctx.file, sheet: PLAN_SHEET, row: row.row };
    const content = rowContent(row);
    const twin = firstWith.get(content);
    if (twin === undefined) firstWith.set(content, row.row);
    else {
      ctx.issues.push({ code: 'STEP_POSSIBLE_DUPLICATE', severity: 'warning', message: `This action step is word for word the same as row ${twin}; both are kept`, advice: 'Delete one of the two rows if it was copied by mistake', ...where });
    }
    if (row.startDate !== null && row.targetDate !== null && row.startDate > row.targetDate) {
      ctx.issues.push({ code: 'STEP_DATES_REVERSED', severity: 'warning', message: `The start date ${row.startDate} is after the target date ${row.targetDate}`, advice: 'Check both dates; one of them is probably mistyped', ...where });
    }
    let id = row.stepId;
    if (id === '' || seen.has(id)) {
      const derived = derivedStepId(groupId, row, seen);
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
