// The committee's engagement report, built fresh with exceljs: Overview (the headline), Eco-map (the
// picture, a PNG, with the partners as drawn), Levels, Involvement (the two matrices, gaps flagged),
// Loop, Collaboration (the nine elements over rounds), Reflection, Partners and Problems.

import ExcelJS from 'exceljs';
import { ENGAGEMENT_AIMS, formatWhere, type Rating } from '../../src/core';
import { CFSR_GROUPS, FOCUS_ITEMS, PARTNERSHIP_LEVELS, RESOURCE_FLOWS, TIE_STRENGTHS, colourName, type EngagementReport, type InvolvementMatrix, type OpenInput } from '../../src/core/engagement';
import { COLOURS, STYLES, TABLE_HEADER_ROW, addTable, addTitle, derive, fillRow, frozenAt, restyle, setStyled, type Column, type Value } from '../merge/sheet-kit';
import { GENERATOR } from '../version';
import { pageSetup } from '../xlsx/page-setup';
import type { Png } from './ecomap-png';

/** The picture's width on the sheet, in pixels at 100% zoom: about the width of the table below it, so a landscape page fits both. */
const PICTURE_WIDTH = 1300;
const ROW_PX = 20;
/** Bold, at the top of its row, beside wrapped text. */
const LABEL = derive(STYLES.bold, 'top', { alignment: { vertical: 'top' } });

export async function renderEngagementReport(r: EngagementReport, png: Png, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.created = generatedAt;
  const footer = `${r.jurisdiction.name} engagement report, as of ${r.asOf} (steering committee only)`;
  const sheet = (name: string, headerRow?: number): ExcelJS.Worksheet => {
    const ws = wb.addWorksheet(name, headerRow === undefined ? {} : { views: [frozenAt(headerRow)] });
    pageSetup(ws, footer, headerRow);
    return ws;
  };
  writeOverview(sheet('Overview'), r, generatedAt);
  writeEcoMap(wb, sheet('Eco-map'), r, png);
  writeLevels(sheet('Levels'), r);
  writeInvolvement(sheet('Involvement'), r);
  writeLoop(sheet('Loop'), r);
  writeCollaboration(sheet('Collaboration', TABLE_HEADER_ROW), r);
  const reflection = sheet('Reflection', TABLE_HEADER_ROW);
  addTitle(reflection, 'Reflection on the previous CFSR', 'How stakeholders were identified, recruited, prepared and sustained; the strategy for the next review.');
  table(reflection, TABLE_HEADER_ROW, [{ header: 'Question', width: 60, kind: 'long' }, { header: 'Answer', width: 90, kind: 'long' }], r.reflection.map((q): Value[] => [q.question, q.answer || 'Not answered yet.']));
  writePartners(sheet('Partners', TABLE_HEADER_ROW), r);
  const problems = sheet('Problems', TABLE_HEADER_ROW);
  addTitle(problems, 'Problems in the engagement workbook', r.problems.length === 0 ? 'None: every row was read.' : `${r.problems.length} problems. Each names the sheet and cell, and what to do.`);
  table(problems, TABLE_HEADER_ROW, [{ header: 'Severity', width: 9 }, { header: 'Sheet', width: 22 }, { header: 'Cell', width: 8 }, { header: 'Code', width: 28 }, { header: 'Problem', width: 70, kind: 'long' }, { header: 'What to do', width: 50, kind: 'long' }, { header: 'Where', width: 40 }],
    r.problems.map((p): Value[] => [p.severity, p.sheet ?? '', p.cell ?? (p.row === undefined ? '' : `row ${p.row}`), p.code, p.message, p.advice ?? '', formatWhere(p)]), { filter: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeOverview(ws: ExcelJS.Worksheet, r: EngagementReport, generatedAt: Date): void {
  ws.columns = [{ width: 36 }, { width: 120 }];
  addTitle(ws, `${r.jurisdiction.name}: partnerships and stakeholder engagement`, 'For the steering committee only: engagement colours, notes and the log stay with the committee.');
  const facts: [string, string][] = [['As of', r.asOf], ['Generated', generatedAt.toISOString()], ['Engagement workbook', r.file], ...r.headline.map(([a, b]): [string, string] => [a, b])];
  facts.forEach(([label, value], i) => {
    setStyled(ws.getCell(4 + i, 1), label, LABEL);
    setStyled(ws.getCell(4 + i, 2), value, STYLES.long);
    ws.getRow(4 + i).height = 15 * wrappedLines(value, 120);
  });
  let row = 5 + facts.length;
  setStyled(ws.getCell(row, 1), 'Sheets', STYLES.heading);
  const sheets: [string, string][] = [
    ['Eco-map', 'The agency at the centre, each partner around it by membership category; line style for the tie, arrows for resource flow, dashed empty circles for partners to add.'],
    ['Levels', 'How many partners at each level of partnership, who could move up, and levels that rest on missing agreements.'],
    ['Involvement', 'CFSR phases, outcomes and systemic factors against partner groups: planned (the plan) and logged (the log). GAP: nobody outside the agency.'],
    ['Loop', `Input with no feedback after ${r.loop.rules.feedbackDays} days, partners not contacted in ${r.loop.rules.contactDays} days, decisions made without the partners the plan named.`],
    ['Collaboration', 'The nine elements of strong collaboration at each review round.'],
    ['Reflection', 'The previous CFSR, and the strategy for the next.'],
    ['Partners', 'Every partner with its contact, agreements and notes.'],
    ['Problems', 'What could not be read, by sheet and cell.'],
  ];
  for (const [name, what] of sheets) {
    row += 1;
    setStyled(ws.getCell(row, 1), name, LABEL);
    setStyled(ws.getCell(row, 2), what, STYLES.long);
    ws.getRow(row).height = 15 * wrappedLines(what, 120);
  }
}

function writeEcoMap(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, r: EngagementReport, png: Png): void {
  const m = r.ecomap;
  addTitle(ws, m.title.text, `${r.partners.length} partners; ${r.toAdd.length} membership categor${r.toAdd.length === 1 ? 'y' : 'ies'} with no partner yet, drawn as dashed empty circles. The table below the picture lists the same partners in words.`);
  const height = Math.round((PICTURE_WIDTH * png.height) / png.width);
  const image = wb.addImage({ buffer: png.data as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 0, row: 3 }, ext: { width: PICTURE_WIDTH, height } });
  const first = 4 + Math.ceil(height / ROW_PX) + 1;
  ws.getRow(first - 1).addPageBreak();
  setStyled(ws.getCell(first, 1), 'The partners as drawn', STYLES.heading);
  table(ws, first + 1, [{ header: 'No.', width: 5 }, { header: 'Membership category', width: 34, kind: 'long' }, { header: 'Partner', width: 34, kind: 'long' }, { header: 'Level', width: 24 }, { header: 'Tie', width: 18 }, { header: 'Resources flow', width: 26 }, { header: 'Engagement colour', width: 40, kind: 'long' }],
    m.nodes.map((x): Value[] => {
      const p = r.partners.find((y) => y.organisation === x.key);
      const category = categoryLabel(r, x.category);
      return p === undefined ? [x.categoryNumber, category, 'PARTNER TO ADD', '', '', '', ''] : [x.categoryNumber, category, p.organisation, levelLabel(p.level), strengthLabel(p.strength), flowLabel(p.flow), `${colourName(p.engagement)}: ${ENGAGEMENT_AIMS[p.engagement]}`];
    }));
}

function writeLevels(ws: ExcelJS.Worksheet, r: EngagementReport): void {
  addTitle(ws, 'Levels of community partnership', 'Case level (1-2), intermediate (3-4), the jurisdiction\'s Collaborative (5), the state level (6).');
  let row = table(ws, TABLE_HEADER_ROW, [{ header: 'Level', width: 60 }, { header: 'Partners', width: 10, kind: 'number' }, { header: 'Who', width: 90, kind: 'long' }], r.levels.counts.map((c): Value[] => [c.label, c.partners.length, c.partners.join('; ')]));
  setStyled(ws.getCell(row, 1), `Who could move up: ${r.levels.couldMoveUp.length}`, STYLES.heading);
  row = table(ws, row + 1, [{ header: 'Partner', width: 60 }, { header: 'Level now', width: 10, kind: 'number' }, { header: 'Why, and what next', width: 90, kind: 'long' }], r.levels.couldMoveUp.map((a): Value[] => [a.organisation, a.level, a.advice]));
  setStyled(ws.getCell(row, 1), `Levels resting on agreements nobody recorded: ${r.levels.missingAgreements.length}`, STYLES.heading);
  table(ws, row + 1, [{ header: 'Partner', width: 60 }, { header: 'Level now', width: 10, kind: 'number' }, { header: 'Note', width: 90, kind: 'long' }], r.levels.missingAgreements.map((a): Value[] => [a.organisation, a.level, a.advice]));
}

function writeInvolvement(ws: ExcelJS.Worksheet, r: EngagementReport): void {
  addTitle(ws, 'Involvement by CFSR phase, outcome and systemic factor', 'Each cell: plan rows (planned) and log rows (logged) with that partner group. GAP: nobody outside the agency is planned or logged.');
  let row = TABLE_HEADER_ROW;
  for (const matrix of [r.involvement.phases, r.involvement.outcomes]) row = writeMatrix(ws, row, matrix);
}

function writeMatrix(ws: ExcelJS.Worksheet, row: number, m: InvolvementMatrix): number {
  setStyled(ws.getCell(row, 1), `${m.title}: ${m.rows.filter((x) => x.gap).length} gaps`, STYLES.heading);
  const columns: Column[] = [{ header: m.title, width: 40, kind: 'long' }, ...CFSR_GROUPS.map((g): Column => ({ header: g.label, width: 18, kind: 'long' })), { header: 'Outside the agency', width: 20, kind: 'long' }, { header: 'Gap', width: 7 }];
  const cell = (planned: number, logged: number): string => [planned > 0 ? `${planned} planned` : '', logged > 0 ? `${logged} logged` : ''].filter((x) => x !== '').join('\n');
  const next = table(ws, row + 1, columns, m.rows.map((x): Value[] => [x.label, ...x.cells.map((c) => cell(c.planned, c.logged)), cell(x.outsidePlanned, x.outsideLogged) || 'nobody', x.gap ? 'GAP' : '']));
  m.rows.forEach((x, i) => {
    if (x.gap) fillRow(ws.getRow(row + 2 + i), columns.length, COLOURS.overdue);
  });
  return next;
}

function writeLoop(ws: ExcelJS.Worksheet, r: EngagementReport): void {
  const l = r.loop;
  addTitle(ws, 'The involvement loop', `Gather input, include stakeholders in decisions, give feedback, keep communicating. Feedback is due ${l.rules.feedbackDays} days after input unless a follow-up date is given.`);
  const inputColumns: Column[] = [{ header: 'Partner', width: 34 }, { header: 'Input on', width: 12, kind: 'date' }, { header: 'Topic', width: 44, kind: 'long' }, { header: 'Outcome, factor or phase', width: 30 }, { header: 'Feedback due', width: 12, kind: 'date' }, { header: 'Days since input', width: 10, kind: 'number' }, { header: 'Days overdue', width: 10, kind: 'number' }, { header: 'Log row', width: 8, kind: 'number' }];
  const inputRow = (i: OpenInput): Value[] => [i.who, i.date, i.topic, focusLabel(i.focus), i.due, i.daysSince, Math.max(i.daysOverdue, 0), i.row];
  let row = TABLE_HEADER_ROW;
  setStyled(ws.getCell(row, 1), `Feedback overdue: ${l.overdue.length}`, STYLES.heading);
  row = table(ws, row + 1, inputColumns, l.overdue.map(inputRow));
  setStyled(ws.getCell(row, 1), `Awaiting feedback, not yet due: ${l.awaiting.length}`, STYLES.heading);
  row = table(ws, row + 1, inputColumns, l.awaiting.map(inputRow));
  setStyled(ws.getCell(row, 1), `Partners not contacted in ${l.rules.contactDays} days: ${l.notContacted.length}`, STYLES.heading);
  row = table(ws, row + 1, [{ header: 'Partner', width: 34 }, { header: 'Last contact', width: 12, kind: 'date' }, { header: 'Days since', width: 44 }], l.notContacted.map((n): Value[] => [n.organisation, n.lastContact ?? 'never', n.daysSince === null ? 'no contact in the log' : n.daysSince]));
  setStyled(ws.getCell(row, 1), `Decisions made without the stakeholders the plan named: ${l.uninvolved.length} of ${l.decisions}`, STYLES.heading);
  // The same column widths as the tables above, which share the sheet's columns.
  table(ws, row + 1, [{ header: 'Outcome, factor or phase', width: 34 }, { header: 'Decided on', width: 12, kind: 'date' }, { header: 'Topic', width: 44 }, { header: 'Planned but not included', width: 30 }, { header: 'Log rows', width: 12 }, { header: 'Included', width: 30 }],
    l.uninvolved.map((d): Value[] => [focusLabel(d.focus), d.date, d.topic, d.missing.join('; '), d.rows.join(', '), d.included.join('; ')]));
}

function writeCollaboration(ws: ExcelJS.Worksheet, r: EngagementReport): void {
  const c = r.collaboration;
  addTitle(ws, 'Evidence of strong collaboration: the nine elements', c.rounds.length === 0 ? 'No round rated yet.' : `${c.rounds.length} review rounds; ratings 1 Not in place to 4 Fully in place.`);
  const rating = (x: Rating | null): Value => (x === null ? '' : x === 'DK' ? "Don't know" : x);
  table(ws, TABLE_HEADER_ROW, [{ header: 'Element', width: 40 }, ...c.rounds.map((round): Column => ({ header: round === '' ? 'No date' : round, width: 12, kind: 'number' })), { header: 'Change', width: 9 }, { header: 'Newest evidence', width: 70, kind: 'long' }],
    c.elements.map((e): Value[] => [e.label, ...e.ratings.map(rating), e.change, e.evidence]));
}

function writePartners(ws: ExcelJS.Worksheet, r: EngagementReport): void {
  addTitle(ws, 'Partners', 'Every partner on the Partners sheet, with contact, agreements and notes (committee only).');
  table(ws, TABLE_HEADER_ROW, [{ header: 'Partner', width: 34, kind: 'long' }, { header: 'Internal or external', width: 12 }, { header: 'CFSR partner group', width: 18 }, { header: 'Membership category', width: 30, kind: 'long' }, { header: 'Level', width: 24 }, { header: 'Tie', width: 10 }, { header: 'Resources flow', width: 22 }, { header: 'Agreements in place', width: 30, kind: 'long' }, { header: 'Contact person', width: 22 }, { header: 'Engagement colour', width: 12 }, { header: 'Notes', width: 40, kind: 'long' }],
    r.partners.map((p): Value[] => [p.organisation, p.side ?? '', CFSR_GROUPS.find((g) => g.code === p.group)?.label ?? '', categoryLabel(r, p.category), levelLabel(p.level), strengthLabel(p.strength), flowLabel(p.flow), p.agreements, p.contact, `${colourName(p.engagement)}${p.engagementFrom === 'roster' ? ' (roster)' : ''}`, p.notes]), { filter: true });
}

const levelLabel = (level: number | null): string => (level === null ? 'not given' : `${level} - ${PARTNERSHIP_LEVELS[level - 1]?.short ?? ''}`);
const strengthLabel = (s: string | null): string => TIE_STRENGTHS.find((t) => t.code === s)?.label ?? 'not given';
const flowLabel = (f: string): string => RESOURCE_FLOWS.find((x) => x.code === f)?.label ?? f;
const focusLabel = (f: string | null): string => (f === null ? '' : FOCUS_ITEMS.find((x) => x.code === f)?.display ?? f);
const categoryLabel = (r: EngagementReport, id: string | null): string => r.ecomap.wedges.find((w) => w.category === (id ?? ''))?.label ?? 'not given';

/**
 * addTable with every text column wrapping, each row given the height its text needs: LibreOffice
 * does not grow rows that have no height, so long text would print over the next row.
 */
function table(ws: ExcelJS.Worksheet, startRow: number, given: readonly Column[], rows: readonly (readonly Value[])[], options: { filter?: boolean } = {}): number {
  const columns = given.map((c): Column => (c.kind === undefined || c.kind === 'text' ? { ...c, kind: 'long' } : c));
  const next = addTable(ws, startRow, columns, rows, options);
  rows.forEach((values, r) => {
    const row = ws.getRow(startRow + 1 + r);
    const lines = Math.max(1, ...columns.map((c, i) => (c.kind === 'long' ? wrappedLines(String(values[i] ?? ''), c.width) : 1)));
    if (lines > 1) row.height = 15 * lines;
    // Dates and numbers at the top of the row too, beside the wrapped text.
    columns.forEach((c, i) => {
      if (c.kind !== 'long' && values[i] !== null && values[i] !== '') restyle(row.getCell(i + 1), 'top', { alignment: { vertical: 'top' } });
    });
  });
  return next;
}

function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / Math.max(width - 1, 1))), 0);
}
