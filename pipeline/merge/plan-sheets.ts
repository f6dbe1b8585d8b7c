// The plan's data sheets: Plan, Ratings, Services, Needs, Problems and Changes, each laid out from
// the ConsolidatedPlan. The Plan sheet follows CONSOLIDATED_PLAN_COLUMNS so a later merge can read it.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, CONSOLIDATED_PLAN_COLUMNS, formatWhere, type ConsolidatedPlan, type Jurisdiction, type PlanStep } from '../../src/core';
import { COLOURS, STYLES, TABLE_HEADER_ROW, addFilter, addTable, addTableHeader, addTitle, derive, fill, fillRow, heatColour, restyle, setStyled, tableCell, yesNo, type Column, type Value } from './sheet-kit';
import type { DirectCell, RowWriter } from './direct-rows';

export const PLAN_HEADER_ROW = TABLE_HEADER_ROW;

/** Plan rows go straight to the sheet (see direct-rows): the statewide plan's biggest table. */
export function writePlanSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, writeRows: RowWriter): void {
  addTitle(ws, 'Action steps', `Every step of the plan by its stable id. ${plan.totals.overdue} overdue as of ${plan.asOf}. Edit status, progress note, lead and target date here: the next merge keeps your edits.`);
  const columns: Column[] = CONSOLIDATED_PLAN_COLUMNS.map((c) => ({ header: c.header, width: c.width, kind: c.type.kind === 'date' ? 'date' : c.type.kind === 'text' && c.type.long === true ? 'long' : 'text' }));
  const assessment = (id: string): string => ASSESSMENTS.find((a) => a.id === id)?.short ?? id;
  const value = (s: PlanStep, c: (typeof CONSOLIDATED_PLAN_COLUMNS)[number]): Value => {
    if (c.key === 'overdue') return s.overdue ? 'OVERDUE' : '';
    if (c.key === 'assessment') return assessment(s.assessment);
    const v = s[c.key];
    return typeof v === 'boolean' ? yesNo(v) : v;
  };
  addTableHeader(ws, PLAN_HEADER_ROW, columns);
  addFilter(ws, PLAN_HEADER_ROW, plan.steps.length, columns.length);
  writeRows(
    PLAN_HEADER_ROW + 1,
    plan.steps.map((s) => {
      let cells: (DirectCell | undefined)[] = CONSOLIDATED_PLAN_COLUMNS.map((c, i) => tableCell(value(s, c), columns[i]?.kind ?? 'text'));
      if (s.overdue) cells = filled(cells, COLOURS.overdue);
      if (s.origin === 'removed') {
        // Italic for the cells with a value only, as exceljs's eachCell visits them.
        cells = filled(cells, COLOURS.removed).map((c) => (c.value === null ? c : { ...c, style: derive(c.style, 'italic', { font: { italic: true } }) }));
      }
      return cells;
    }),
  );
}

/** A whole row of cells in a colour, blank ones too, as fillRow does. */
function filled(cells: readonly (DirectCell | undefined)[], argb: string): DirectCell[] {
  return cells.map((c) => ({ value: c?.value ?? null, style: derive(c?.style ?? STYLES.plain, argb, fill(argb)) }));
}

export function writeRatingsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, j: Jurisdiction): void {
  const levels = j.settings.ratingScale.levels;
  addTitle(ws, 'Ratings by capacity', `Average rating (1 ${levels[0]?.label ?? ''} … ${levels.length} ${levels[levels.length - 1]?.label ?? ''}); "Don't know" is counted, never averaged. Colour follows the number.`);
  const measures = [...new Set(plan.ratings.map((r) => r.label))];
  const grid: Value[][] = j.settings.capacities.map((c) => [`${c.id} ${c.label}`, ...measures.map((m) => plan.ratings.find((r) => r.capacity === c.id && r.label === m)?.mean ?? null)]);
  const next = addTable(ws, TABLE_HEADER_ROW, [{ header: 'Capacity', width: 28 }, ...measures.map((m): Column => ({ header: m, width: 16, kind: 'number' }))], grid);
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (c > 0 && typeof v === 'number') {
        const argb = heatColour(v, levels.length);
        restyle(ws.getRow(5 + r).getCell(c + 1), argb, fill(argb));
      }
    }),
  );
  setStyled(ws.getCell(`A${next}`), 'Distribution of ratings', STYLES.heading);
  const dist = plan.ratings.map((r): Value[] => [r.capacity, r.label, ...r.counts, r.dontKnow, r.unrated, r.mean]);
  addTable(ws, next + 1, [
    { header: 'Capacity', width: 28 },
    { header: 'Measure', width: 24 },
    ...levels.map((l): Column => ({ header: `${l.value} ${l.label}`, width: 16, kind: 'number' })),
    { header: j.settings.ratingScale.dontKnow, width: 16, kind: 'number' },
    { header: 'Not rated', width: 16, kind: 'number' },
    { header: 'Average', width: 16, kind: 'number' },
  ], dist);
}

export function writeServicesSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan): void {
  const flagged = plan.services.filter((s) => s.concerns.length > 0).length;
  addTitle(ws, 'Current services', `${plan.services.length} services across all groups, each listed once; ${flagged} rated low on availability or accessibility are marked "LOW".`);
  const rows = plan.services.map((s): Value[] => [
    s.concerns.length > 0 ? 'LOW' : '', s.service, s.provider, s.category, s.groups.join(', '), s.capacities.join(', '), s.coverage.join('; '),
    s.slots, s.waitWeeks, s.availability, s.accessibility, s.quality, s.individualization, s.concerns.join('; '), s.comments.join(' | '),
  ]);
  addTable(ws, TABLE_HEADER_ROW, [
    { header: 'Flag', width: 6 }, { header: 'Service', width: 34, kind: 'long' }, { header: 'Provider', width: 28, kind: 'long' }, { header: 'Category', width: 12 },
    { header: 'Listed by', width: 10 }, { header: 'Capacities', width: 12 }, { header: 'Coverage', width: 22, kind: 'long' }, { header: 'Slots', width: 8, kind: 'number' },
    { header: 'Wait (weeks)', width: 8, kind: 'number' }, { header: 'Availability', width: 11, kind: 'number' }, { header: 'Accessibility', width: 11, kind: 'number' },
    { header: 'Quality', width: 9, kind: 'number' }, { header: 'Individualization', width: 13, kind: 'number' }, { header: 'Concerns', width: 26, kind: 'long' }, { header: 'Comments', width: 40, kind: 'long' },
  ], rows, { filter: true });
  plan.services.forEach((s, i) => {
    if (s.concerns.length > 0) fillRow(ws.getRow(5 + i), 15, COLOURS.low);
  });
}

export function writeNeedsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan): void {
  addTitle(ws, 'Needed new services', 'Ranked by how many work groups named the need, then by the highest priority given.');
  const rows = plan.needs.map((n): Value[] => [n.rank, n.service, n.need, n.proposed, n.groups.length, n.groups.join(', '), n.capacities.join(', '), n.priority, n.estimatedNumber, n.evidence.join(' | '), n.partners.join(' | ')]);
  addTable(ws, TABLE_HEADER_ROW, [
    { header: 'Rank', width: 6, kind: 'number' }, { header: 'Service type', width: 28, kind: 'long' }, { header: 'Need', width: 40, kind: 'long' }, { header: 'Proposed', width: 40, kind: 'long' },
    { header: 'Groups', width: 8, kind: 'number' }, { header: 'Named by', width: 12 }, { header: 'Capacities', width: 12 }, { header: 'Priority', width: 9 },
    { header: 'Est. number', width: 9, kind: 'number' }, { header: 'Evidence', width: 40, kind: 'long' }, { header: 'Partners', width: 30, kind: 'long' },
  ], rows, { filter: true });
}

export function writeProblemsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  addTitle(ws, 'Problems', `${plan.totals.errors} errors and ${plan.totals.warnings} warnings. Each row names the file, sheet and cell, and what to do.`);
  const rows = plan.problems.map((p): Value[] => [p.severity, p.file ?? '', p.sheet ?? '', p.cell ?? (p.row === undefined ? '' : `row ${p.row}`), p.code, p.message, p.advice ?? '', formatWhere(p)]);
  addTable(ws, TABLE_HEADER_ROW, [
    { header: 'Severity', width: 9 }, { header: 'File', width: 30 }, { header: 'Sheet', width: 16 }, { header: 'Cell', width: 8 }, { header: 'Code', width: 20 },
    { header: 'Problem', width: 60, kind: 'long' }, { header: 'What to do', width: 50, kind: 'long' }, { header: 'Where', width: 40 },
  ], rows, { filter: true, direct });
}

export function writeChangesSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const changes = plan.changes ?? [];
  addTitle(ws, 'Changes since the previous plan', `${changes.length} changes. Committee edits to status, progress note, lead and target date are kept; a conflict shows both values.`);
  const rows = changes.map((c): Value[] => [c.stepId, c.groupId, c.change, c.field, c.before, c.after]);
  addTable(ws, TABLE_HEADER_ROW, [{ header: 'Step id', width: 12 }, { header: 'Work group', width: 10 }, { header: 'Change', width: 12 }, { header: 'Field', width: 16 }, { header: 'Before', width: 50, kind: 'long' }, { header: 'Now', width: 50, kind: 'long' }], rows, { filter: true, direct });
}
