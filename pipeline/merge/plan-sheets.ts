// The plan's data sheets: Plan, Ratings, Services, Needs, Problems and Changes, each laid out from
// the ConsolidatedPlan. The Plan sheet follows CONSOLIDATED_PLAN_COLUMNS so a later merge can read it.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, COMMITTEE_FIELDS, CONSOLIDATED_PLAN_COLUMNS, a1, formatWhere, widthForWords, type ConsolidatedPlan, type Jurisdiction, type PlanStep, type RowSource, type ServiceRating } from '../../src/core';
import { COLOURS, LOOKS, STYLES, TABLE_HEADER_ROW, addFilter, addTable, addTableHeader, addTitle, addTitledTable, derive, fitToContent, fill, fillRow, flagged, heatColour, restyle, setStyled, statusLook, tableCell, widen, yesNo, type Column, type Look, type Value } from './sheet-kit';
import type { DirectCell, RowWriter } from './direct-rows';

export const PLAN_HEADER_ROW = TABLE_HEADER_ROW;

/** Plan rows go straight to the sheet (see direct-rows): the statewide plan's biggest table. */
export function writePlanSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, j: Jurisdiction, writeRows: RowWriter): void {
  const committee = CONSOLIDATED_PLAN_COLUMNS.filter((c) => isCommitteeField(c.key)).map((c) => c.header);
  const assessment = (id: string): string => ASSESSMENTS.find((a) => a.id === id)?.short ?? id;
  const value = (s: PlanStep, c: (typeof CONSOLIDATED_PLAN_COLUMNS)[number]): Value => {
    if (c.key === 'overdue') return s.overdue ? 'OVERDUE' : '';
    if (c.key === 'assessment') return assessment(s.assessment);
    const v = s[c.key];
    return typeof v === 'boolean' ? yesNo(v) : v;
  };
  const values = plan.steps.map((s) => CONSOLIDATED_PLAN_COLUMNS.map((c) => value(s, c)));
  // Every text wraps (a 115-character step is read whole in every client and on paper); short columns are as narrow as their values.
  const columns = fitToContent(CONSOLIDATED_PLAN_COLUMNS.map((c): Column => ({ header: c.header, width: c.width, kind: c.type.kind === 'date' ? 'date' : c.type.kind === 'text' && c.type.long === true ? 'long' : 'text' })), values);
  widen(ws, columns);
  addTitle(ws, 'Action steps', `Every step of the plan by its stable id. ${plan.totals.overdue} overdue as of ${plan.asOf}. The columns marked "Committee" (${committee.join(', ')}) are yours to edit: the next merge keeps your edits there. Every other column comes from the groups' workbooks and is replaced by each merge. On paper the columns run over several pages, each with the step id.`);
  addTableHeader(ws, PLAN_HEADER_ROW, columns);
  // The committee's columns, said in words above the header and in the header's colour.
  CONSOLIDATED_PLAN_COLUMNS.forEach((c, i) => {
    if (!isCommitteeField(c.key)) return;
    setStyled(ws.getCell(PLAN_HEADER_ROW - 1, i + 1), 'Committee', STYLES.committeeMark);
    ws.getCell(PLAN_HEADER_ROW, i + 1).style = STYLES.committeeHeader;
  });
  addFilter(ws, PLAN_HEADER_ROW, plan.steps.length, columns.length);
  const statusColumn = CONSOLIDATED_PLAN_COLUMNS.findIndex((c) => c.key === 'status') + 1;
  if (plan.steps.length > 0) addListValidation(ws, `${a1(PLAN_HEADER_ROW + 1, statusColumn)}:${a1(PLAN_HEADER_ROW + plan.steps.length, statusColumn)}`, j.settings.planStatuses, 'Status');
  const overdueColumn = CONSOLIDATED_PLAN_COLUMNS.findIndex((c) => c.key === 'overdue');
  writeRows(
    PLAN_HEADER_ROW + 1,
    plan.steps.map((s, r) => {
      let cells: (DirectCell | undefined)[] = columns.map((c, i) => tableCell(values[r]?.[i] ?? null, c.kind ?? 'text'));
      if (s.overdue) cells = filled(cells, COLOURS.overdue);
      // The status and OVERDUE in their colours, with their words.
      const look = (i: number, l: Look | undefined): void => {
        const c = cells[i];
        if (c !== undefined && c.value !== null && l !== undefined) cells[i] = { ...c, style: flagged(c.style, l) };
      };
      look(statusColumn - 1, statusLook(s.status));
      if (s.overdue) look(overdueColumn, LOOKS.bad);
      if (s.origin === 'removed') {
        // Italic for the cells with a value only, as exceljs's eachCell visits them.
        cells = filled(cells, COLOURS.removed).map((c) => (c.value === null ? c : { ...c, style: derive(c.style, 'italic', { font: { italic: true } }) }));
      }
      return cells;
    }),
  );
}

const isCommitteeField = (key: string): boolean => (COMMITTEE_FIELDS as readonly string[]).includes(key);

/**
 * A dropdown of `values` on a range, as the assessment template has: a typed value outside it
 * is refused by Excel and LibreOffice, and any that gets in (pasted) is reported by the next merge.
 */
function addListValidation(ws: ExcelJS.Worksheet, range: string, values: readonly string[], title: string): void {
  // exceljs 4.4 takes a range address (written as one sqref), though its typings omit the collection.
  (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: `Choose one of: ${values.join(', ')}.`,
  });
}

/** A whole row of cells in a colour, blank ones too, as fillRow does. */
function filled(cells: readonly (DirectCell | undefined)[], argb: string): DirectCell[] {
  return cells.map((c) => ({ value: c?.value ?? null, style: derive(c?.style ?? STYLES.plain, argb, fill(argb)) }));
}

/**
 * The heat map (a row per measure, a column per capacity) and the distribution of ratings under it:
 * in both, the columns from C hold numbers only, and the sheet prints one page wide.
 */
export function writeRatingsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, j: Jurisdiction): void {
  const levels = j.settings.ratingScale.levels;
  const measures = [...new Set(plan.ratings.map((r) => r.label))];
  const capacities = j.settings.capacities;
  const columns: Column[] = [{ header: 'Measure', width: 26 }, ...capacities.map((c): Column => ({ header: `${c.id} ${c.label}`, width: 11, kind: 'decimal' }))];
  const distribution: Column[] = [
    { header: 'Capacity', width: 26 },
    // Its measures wrap between words only ("Services: individualization").
    { header: 'Measure', width: Math.max(11, ...measures.map((m) => widthForWords(m))) },
    ...levels.map((l): Column => ({ header: `${l.value} ${l.label}`, width: 11, kind: 'number' })),
    { header: j.settings.ratingScale.dontKnow, width: 11, kind: 'number' },
    { header: 'Not rated', width: 11, kind: 'number' },
    { header: 'Average', width: 11, kind: 'decimal' },
  ];
  widen(ws, columns);
  widen(ws, distribution);
  addTitle(ws, 'Ratings by capacity', `Average rating (1 ${levels[0]?.label ?? ''} … ${levels.length} ${levels[levels.length - 1]?.label ?? ''}) to one decimal; "Don't know" is counted, never averaged. The colour follows the number (key below the table); the number is always shown.`);
  const grid: Value[][] = measures.map((m) => [m, ...capacities.map((c) => plan.ratings.find((r) => r.capacity === c.id && r.label === m)?.mean ?? null)]);
  let next = addTable(ws, TABLE_HEADER_ROW, columns, grid);
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (c > 0 && typeof v === 'number') {
        const argb = heatColour(v, levels.length);
        restyle(ws.getRow(TABLE_HEADER_ROW + 1 + r).getCell(c + 1), argb, fill(argb));
      }
    }),
  );
  // The heat map's key: each level in its colour, with its number and name.
  const key = ws.getRow(next - 1);
  setStyled(key.getCell(1), 'Colour key', STYLES.label);
  levels.forEach((l, i) => {
    const argb = heatColour(l.value, levels.length);
    setStyled(key.getCell(i + 2), `${l.value} ${l.label}`, derive(STYLES.long, argb, fill(argb)));
  });
  next += 1;
  setStyled(ws.getCell(`A${next}`), 'Distribution of ratings', STYLES.heading);
  const dist = plan.ratings.map((r): Value[] => [r.capacity, r.label, ...r.counts, r.dontKnow, r.unrated, r.mean]);
  addTable(ws, next + 1, distribution, dist);
}

export function writeServicesSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, dontKnow: string): void {
  const low = plan.services.filter((s) => s.concerns.length > 0).length;
  const rating = (s: ConsolidatedPlan['services'][number], d: ServiceRating): Value => s[d] ?? (s.dontKnow.includes(d) ? dontKnow : null);
  const title = `${plan.services.length} services across all groups, each listed once; ${low} rated low on availability or accessibility are marked "LOW". "From" names every workbook row merged into an entry.`;
  const rows = plan.services.map((s): Value[] => [
    s.concerns.length > 0 ? 'LOW' : '', s.service, s.provider, s.category, s.groups.join(', '), s.capacities.join(', '), lines(s.population), s.coverage.join('; '),
    s.slots, s.waitWeeks, lines(s.funding), ...(['availability', 'accessibility', 'quality', 'individualization', 'cultural', 'evidenceBase'] as const).map((d) => rating(s, d)), s.concerns.join('; '), lines(s.comments), sourcesText(s.sources),
  ]);
  addTitledTable(ws, 'Current services', title, [
    { header: 'Flag', width: 6 }, { header: 'Service', width: 34, kind: 'long' }, { header: 'Provider', width: 28, kind: 'long' }, { header: 'Category', width: 12 },
    { header: 'Listed by', width: 10 }, { header: 'Capacities', width: 12 }, { header: 'Population served', width: 24, kind: 'long' }, { header: 'Coverage', width: 22, kind: 'long' }, { header: 'Slots', width: 8, kind: 'number' },
    { header: 'Wait (weeks)', width: 8, kind: 'number' }, { header: 'Funding source', width: 20, kind: 'long' }, { header: 'Availability', width: 11, kind: 'number' }, { header: 'Accessibility', width: 11, kind: 'number' },
    { header: 'Quality', width: 9, kind: 'number' }, { header: 'Individualization', width: 13, kind: 'number' }, { header: 'Cultural responsiveness', width: 13, kind: 'number' }, { header: 'Evidence base', width: 11, kind: 'number' },
    { header: 'Concerns', width: 26, kind: 'long' }, { header: 'Comments', width: 40, kind: 'long' }, { header: 'From', width: 30, kind: 'long' },
  ], rows, { filter: true, look: (values, c) => (c === 0 && values[0] === 'LOW' ? LOOKS.bad : undefined) });
  plan.services.forEach((s, i) => {
    if (s.concerns.length > 0) fillRow(ws.getRow(5 + i), 20, COLOURS.low);
  });
}

export function writeNeedsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan): void {
  const rows = plan.needs.map((n): Value[] => [n.rank, n.service, lines(n.needs), lines(n.proposed), n.groups.length, n.groups.join(', '), n.capacities.join(', '), n.priority, lines(n.population), n.estimatedNumber, lines(n.evidence), lines(n.partners), lines(n.funding), sourcesText(n.sources)]);
  addTitledTable(ws, 'Needed new services', 'Ranked by how many work groups named the need, then by the highest priority given. Every need and proposal the groups wrote is listed under its service type.', [
    { header: 'Rank', width: 6, kind: 'number' }, { header: 'Service type', width: 28, kind: 'long' }, { header: 'Need', width: 40, kind: 'long' }, { header: 'Proposed service or practice', width: 40, kind: 'long' },
    { header: 'Groups', width: 8, kind: 'number' }, { header: 'Named by', width: 12 }, { header: 'Capacities', width: 12 }, { header: 'Priority', width: 9 }, { header: 'Population', width: 20, kind: 'long' },
    { header: 'Est. number', width: 9, kind: 'number' }, { header: 'Evidence', width: 40, kind: 'long' }, { header: 'Partners', width: 30, kind: 'long' }, { header: 'Potential funding', width: 20, kind: 'long' }, { header: 'From', width: 30, kind: 'long' },
  ], rows, { filter: true });
}

/** Several texts in one cell, one per line. */
const lines = (texts: readonly string[]): string => texts.join('\n');

/** "WG1 S1 Services row 6; WG3 P1 Services row 9": where each merged row came from. */
export function sourcesText(sources: readonly RowSource[]): string {
  return sources.map((s) => `${s.groupId} ${s.sheet} row ${s.row}`).join('; ');
}

export function writeProblemsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const rows = plan.problems.map((p): Value[] => [p.severity, p.file ?? '', p.sheet ?? '', p.cell ?? (p.row === undefined ? '' : `row ${p.row}`), p.code, p.message, p.advice ?? '', formatWhere(p)]);
  const severity: Readonly<Record<string, Look>> = { error: LOOKS.bad, warning: LOOKS.warn };
  addTitledTable(ws, 'Problems', `${plan.totals.errors} errors and ${plan.totals.warnings} warnings. Each row names the file, sheet and cell, and what to do.`, [
    { header: 'Severity', width: 9 }, { header: 'File', width: 30 }, { header: 'Sheet', width: 16 }, { header: 'Cell', width: 8 }, { header: 'Code', width: 20 },
    { header: 'Problem', width: 60, kind: 'long' }, { header: 'What to do', width: 50, kind: 'long' }, { header: 'Where', width: 40 },
  ], rows, { filter: true, direct, look: (values, c) => (c === 0 ? severity[String(values[0])] : undefined) });
}

export function writeChangesSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const changes = plan.changes ?? [];
  const rows = changes.map((c): Value[] => [c.stepId, c.groupId, c.change, c.field, c.before, c.after]);
  addTitledTable(ws, 'Changes since the previous plan', `${changes.length} changes. Committee edits to status, progress note, lead and target date are kept; a conflict shows both values.`, [{ header: 'Step id', width: 12 }, { header: 'Work group', width: 10 }, { header: 'Change', width: 12 }, { header: 'Field', width: 16 }, { header: 'Before', width: 50, kind: 'long' }, { header: 'Now', width: 50, kind: 'long' }], rows, { filter: true, direct });
}
