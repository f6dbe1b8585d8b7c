// Builds the roster workbook fresh with exceljs: Coverage (missing and thin categories, overall and
// per work group), Engagement plan by colour, Attendance per meeting, At risk, and every Member.
// Colours always come with their word (green, MISSING…), rows are as tall as their text, and every
// sheet prints legibly (see page-setup's printLegibly).

import ExcelJS from 'exceljs';
import { columnWidthFor, textWidth, widthToHold, type EngagementColour, type RosterSummary } from '../../src/core';
import { GENERATOR } from '../version';
import { LOOKS, STYLES, TABLE_HEADER_ROW, addTable, addTitle, flagged, frozenAt, restyle, setStyled, type Column, type Look, type Value } from '../merge/sheet-kit';
import { printLegibly } from '../xlsx/page-setup';
import { fitRowHeights } from '../xlsx/row-heights';

/** Fill and text colour of each engagement colour; the cell also says the colour's name. */
const ENGAGEMENT: Readonly<Record<EngagementColour, Look>> = { green: LOOKS.good, yellow: LOOKS.warn, red: LOOKS.bad, none: LOOKS.none };
const STATE = { MISSING: ENGAGEMENT.red, THIN: ENGAGEMENT.yellow } as const;

/**
 * Headers wrap between words: each column at least as wide as its header's longest word (numbers
 * also get room for their indent); a column that does not wrap is as wide as its longest value.
 */
function sized(columns: readonly Column[], rows: readonly (readonly Value[])[]): Column[] {
  return columns.map((c, i) => {
    const longest = c.kind === 'long' ? 0 : Math.max(0, ...rows.map((r) => widthToHold(textWidth(String(r[i] ?? '')))));
    const indent = c.kind === 'number' ? 2 : 0;
    return { ...c, width: Math.ceil(Math.max(columnWidthFor(c.header, c.width) + indent, Math.min(longest + indent, 30))) };
  });
}

function flag(cell: ExcelJS.Cell, look: Look): void {
  cell.style = flagged(cell.style, look);
}

/** Numbers right-aligned with a little room before the next column's text. */
function alignNumbers(ws: ExcelJS.Worksheet, headerRow: number, columns: readonly Column[], rows: number): void {
  columns.forEach((c, i) => {
    if (c.kind !== 'number') return;
    for (let r = headerRow; r <= headerRow + rows; r++) restyle(ws.getCell(r, i + 1), 'number-right', { alignment: { horizontal: 'right', indent: 1, vertical: r === headerRow ? 'middle' : 'top', wrapText: r === headerRow } });
  });
}

/** Every cell of a row starts at its top, so a wrapped neighbour does not leave it floating below. */
function alignTop(ws: ExcelJS.Worksheet, start: number, columns: number, rows: number): void {
  for (let r = start + 1; r <= start + rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      if (cell.style.alignment === undefined) restyle(cell, 'top', { alignment: { vertical: 'top' } });
    }
  }
}

/** A table with sized columns, numbers aligned and, in `colourColumn`, each engagement colour shown with its word. */
function table(ws: ExcelJS.Worksheet, start: number, columns: readonly Column[], rows: readonly (readonly Value[])[], options: { filter?: boolean; colourColumn?: number } = {}): number {
  const cols = sized(columns, rows);
  const next = addTable(ws, start, cols, rows, options.filter === true ? { filter: true } : {});
  alignTop(ws, start, cols.length, rows.length);
  alignNumbers(ws, start, cols, rows.length);
  const col = options.colourColumn;
  if (col !== undefined) {
    rows.forEach((values, r) => {
      const colour = values[col];
      if (typeof colour === 'string' && colour in ENGAGEMENT) flag(ws.getCell(start + 1 + r, col + 1), ENGAGEMENT[colour as EngagementColour]);
    });
  }
  return next;
}

export async function renderRoster(r: RosterSummary, name: string, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.created = generatedAt;
  const footer = `${name} Collaborative roster, as of ${r.asOf}`;
  const finish = (ws: ExcelJS.Worksheet, title: string, repeatColumns: number): void => {
    fitRowHeights(ws);
    printLegibly(ws, { footer, headerRow: TABLE_HEADER_ROW, title, repeatColumns });
  };

  const cov = wb.addWorksheet('Coverage');
  addTitle(cov, 'Membership categories', `${r.active} active members, ${r.left} left, as of ${r.asOf}. MISSING: nobody; THIN: too few.`);
  const categoryRows = r.categories.map((c): Value[] => [c.category, c.label, c.count, c.state === 'ok' ? '' : c.state.toUpperCase()]);
  const next = table(cov, 4, [{ header: 'Category', width: 20 }, { header: 'Label', width: 46, kind: 'long' }, { header: 'Members', width: 9, kind: 'number' }, { header: 'State', width: 10 }], categoryRows);
  categoryRows.forEach((values, i) => {
    const state = values[3];
    if (state === 'MISSING' || state === 'THIN') flag(cov.getCell(5 + i, 4), STATE[state]);
  });
  setStyled(cov.getCell(`A${next}`), 'By work group', STYLES.heading);
  table(cov, next + 1, [{ header: 'Group', width: 20 }, { header: 'Name', width: 46, kind: 'long' }, { header: 'Members', width: 9, kind: 'number' }, { header: 'Missing', width: 30, kind: 'long' }, { header: 'Thin', width: 24, kind: 'long' }], r.groups.map((g): Value[] => [g.groupId, g.groupName, g.members, g.missing.join(', '), g.thin.join(', ')]));
  finish(cov, 'Membership categories', 1);

  const eng = wb.addWorksheet('Engagement plan');
  addTitle(eng, 'Stakeholder engagement plan', 'How, who, when, by colour (green keep, yellow improve, red heal and re-involve, none begin).');
  table(eng, 4, [{ header: 'Colour', width: 9 }, { header: 'Aim', width: 24, kind: 'long' }, { header: 'Member', width: 22, kind: 'long' }, { header: 'Organisation', width: 28, kind: 'long' }, { header: 'Next step', width: 30, kind: 'long' }, { header: 'Owner', width: 16, kind: 'long' }],
    r.engagement.flatMap((e) => e.people.map((p): Value[] => [e.colour, e.aim, p.name, p.organisation, p.nextStep, p.nextStepOwner])), { filter: true, colourColumn: 0 });
  eng.views = [frozenAt(TABLE_HEADER_ROW)];
  finish(eng, 'Stakeholder engagement plan', 1);

  const att = wb.addWorksheet('Attendance');
  addTitle(att, 'Attendance per meeting', 'Meetings held so far; a meeting nobody is recorded at is "not recorded", not counted as absence.');
  table(att, 4, [{ header: 'Meeting', width: 9, kind: 'number' }, { header: 'Name', width: 30, kind: 'long' }, { header: 'Date', width: 12, kind: 'date' }, { header: 'Members', width: 9, kind: 'number' }, { header: 'Attended', width: 12, kind: 'number' }, { header: 'Absent', width: 50, kind: 'long' }],
    r.attendance.map((a): Value[] => [a.meeting, a.name, a.date, a.expected, a.recorded ? a.attended : 'not recorded', a.absent.join(', ')]));
  finish(att, 'Attendance per meeting', 1);

  const risk = wb.addWorksheet('At risk');
  addTitle(risk, 'Members at risk of dropping out', `${r.atRisk.length} members.`);
  table(risk, 4, [{ header: 'Id', width: 8 }, { header: 'Member', width: 24, kind: 'long' }, { header: 'Organisation', width: 32, kind: 'long' }, { header: 'Engagement', width: 11 }, { header: 'Why', width: 40, kind: 'long' }],
    r.atRisk.map((a): Value[] => [a.id, a.name, a.organisation, a.engagement, a.reason]), { colourColumn: 3 });
  finish(risk, 'Members at risk of dropping out', 2);

  const mem = wb.addWorksheet('Members');
  addTitle(mem, 'Members', 'Everyone on the roster, including those who left.');
  table(mem, 4, [{ header: 'Id', width: 8 }, { header: 'Name', width: 22, kind: 'long' }, { header: 'Organisation', width: 26, kind: 'long' }, { header: 'Category', width: 16, kind: 'long' }, { header: 'Work groups', width: 18, kind: 'long' }, { header: 'Engagement', width: 11 }, { header: 'Next step', width: 24, kind: 'long' }, { header: 'Owner', width: 14, kind: 'long' }, { header: 'Joined', width: 11, kind: 'date' }, { header: 'Left', width: 11, kind: 'date' }, { header: 'State', width: 10, kind: 'long' }, { header: 'Meetings attended', width: 12, kind: 'long' }, { header: 'Orientation modules', width: 12, kind: 'long' }],
    r.members.map((m): Value[] => [m.id, m.name, m.organisation, m.category, m.groups, m.engagement, m.nextStep, m.nextStepOwner, m.joined, m.left, m.state, m.attended, m.orientation]), { filter: true, colourColumn: 5 });
  r.members.forEach((m, i) => {
    if (m.state === 'at risk') flag(mem.getCell(TABLE_HEADER_ROW + 1 + i, 11), ENGAGEMENT.yellow);
  });
  mem.views = [frozenAt(TABLE_HEADER_ROW)];
  finish(mem, 'Members', 2);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
