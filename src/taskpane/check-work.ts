// "Check my work" as data: the core's parse of the open workbook turned into plain-language cards,
// one per table row ("S1 Practice, row 6 still needs: Provider, Availability"; "Rating: you typed
// "7"…"), each with the cell to jump to, and how much of the workbook is done. Pure.

import {
  cellText,
  completeness,
  findSheet,
  formatIssue,
  hasErrors,
  nothingFilledIn,
  overallFraction,
  parseSubmission,
  type AssessmentProgress,
  type Issue,
  type Jurisdiction,
  type Submission,
  type WorkbookGrid,
} from '../core';

export const WORKBOOK_NAME = 'This workbook';

export interface Problem {
  readonly text: string;
  readonly severity: Issue['severity'];
  readonly code: string;
  /** Where "Go to" takes the person, or null when the problem has no single place. */
  readonly target: { readonly sheet: string; readonly address: string } | null;
}

/** What the pane shows: one card per table row with problems, or one per problem without a row. */
export interface ProblemCard {
  readonly severity: Issue['severity'];
  /** "S1 Practice, row 6", or "Plan", or "This workbook". */
  readonly place: string;
  readonly lines: readonly string[];
  readonly target: Problem['target'];
  /** The button's words: "Go to S1 Practice, row 6 (Provider)". */
  readonly goTo: string;
}

export interface CheckResult {
  readonly submission: Submission | null;
  readonly problems: readonly Problem[];
  readonly cards: readonly ProblemCard[];
  readonly progress: readonly AssessmentProgress[];
  /** Share of the workbook done, 0..1 (the mean over capacities and assessments). */
  readonly done: number;
  /** Nobody typed anything yet. */
  readonly empty: boolean;
  readonly hasErrors: boolean;
  readonly summary: string;
}

export function targetOf(issue: Issue): Problem['target'] {
  if (issue.sheet === undefined) return null;
  if (issue.cell !== undefined) return { sheet: issue.sheet, address: issue.cell };
  if (issue.row !== undefined) return { sheet: issue.sheet, address: `${issue.row}:${issue.row}` };
  return null;
}

/** The issue as one line, without repeating the workbook's name in every message. */
export function problemText(issue: Issue): string {
  const { file: _file, ...rest } = issue;
  return formatIssue(rest);
}

const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0] ?? 0);
const columnOf = (cell: string): number => {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(cell)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
};

/** The column a cell problem is about: the core's message starts with its header ("Rating: Must be…", "Provider is required…"). */
function headerOf(message: string): string {
  return /^(.+?)(?:: | is required on a filled row)/.exec(message)?.[1] ?? '';
}

/** One problem of a row, in plain words: what was typed and what to do. */
function plainLine(issue: Issue, header: string, typed: string): string {
  const advice = issue.advice === undefined ? '' : ` ${issue.advice}.`;
  switch (issue.code) {
    case 'RATING_INVALID':
      return `${header}: you typed "${typed}". Choose a rating from the dropdown (a number from the legend on "Start here", or Don't know), or type just its number.`;
    case 'CHOICE_INVALID':
      return `${header}: you typed "${typed}", which is not in its list. Choose one from the dropdown.`;
    case 'NUMBER_INVALID': {
      const range = /from (\d+) to (\d+)/.exec(issue.message);
      return `${header}: you typed "${typed}". Type a whole number${range === null ? '' : ` from ${range[1]} to ${range[2]}`}, without words or units.`;
    }
    case 'DATE_INVALID':
      return `${header}: you typed "${typed}", which is not a date.${advice}`;
    case 'CELL_ERROR':
      return `${header}: the cell shows an error or a formula with no value.${advice}`;
    default:
      return `${issue.message}.${advice}`;
  }
}

/** Groups the problems of each table row into one card; the rest get a card each. */
export function problemCards(issues: readonly Issue[], grid: WorkbookGrid): ProblemCard[] {
  const cards: ProblemCard[] = [];
  const rows = new Map<string, { sheet: string; row: number; needs: string[]; lines: string[]; severity: Issue['severity']; first: { cell: string; header: string } }>();
  for (const issue of issues) {
    const row = issue.cell !== undefined ? rowOf(issue.cell) : (issue.row ?? 0);
    if (issue.sheet === undefined || row === 0 || issue.code === 'COLUMN_MISSING' || issue.code === 'HEADER_NOT_FOUND') {
      const target = targetOf(issue);
      cards.push({ severity: issue.severity, place: issue.sheet ?? WORKBOOK_NAME, lines: [problemText(issue)], target, goTo: target === null ? '' : `Go to ${issue.sheet ?? ''}` });
      continue;
    }
    const sheet = findSheet(grid, issue.sheet);
    const header = issue.cell === undefined ? '' : headerOf(issue.message);
    const key = `${issue.sheet}\u0000${row}`;
    let card = rows.get(key);
    if (card === undefined) {
      card = { sheet: issue.sheet, row, needs: [], lines: [], severity: issue.severity, first: { cell: issue.cell ?? `A${row}`, header } };
      rows.set(key, card);
    }
    if (issue.severity === 'error') card.severity = 'error';
    if (issue.code === 'REQUIRED_MISSING') card.needs.push(header);
    else card.lines.push(plainLine(issue, header, issue.cell === undefined || sheet === undefined ? '' : cellText(sheet.rows[row - 1]?.[columnOf(issue.cell) - 1]).trim()));
  }
  for (const c of rows.values()) {
    const place = `${c.sheet}, row ${c.row}`;
    const lines = [...(c.needs.length === 0 ? [] : [`Row ${c.row} still needs: ${c.needs.join(', ')}. Fill ${c.needs.length === 1 ? 'it' : 'them'} in, or clear the row if it is not needed.`]), ...c.lines];
    const cellName = c.first.header === '' ? place : `${place} (${c.first.header})`;
    cards.push({ severity: c.severity, place, lines, target: { sheet: c.sheet, address: c.first.cell }, goTo: `Go to ${cellName}` });
  }
  // Errors first (they stop a merge), then in sheet order as they were found.
  return cards.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** How much is done, in one sentence. */
export function doneText(empty: boolean, done: number): string {
  if (empty) return 'Nothing has been filled in yet: no rating, service, need, conclusion or action step.';
  return `The workbook is about ${percent(done)} done (ratings given, services rated, needs with a priority).`;
}

export function checkWorkbook(grid: WorkbookGrid, j: Jurisdiction): CheckResult {
  const parsed = parseSubmission(grid, j, WORKBOOK_NAME);
  const problems = parsed.issues.map((i) => ({ text: problemText(i), severity: i.severity, code: i.code, target: targetOf(i) }));
  // Errors first: they are the ones that stop a merge.
  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const cards = problemCards(parsed.issues, grid);
  const progress = parsed.submission === null ? [] : completeness(parsed.submission);
  const empty = parsed.submission !== null && nothingFilledIn(parsed.submission);
  const done = overallFraction(progress);
  const errors = cards.filter((c) => c.severity === 'error').length;
  const warnings = cards.length - errors;
  const found =
    cards.length === 0
      ? 'No problems found.'
      : `${errors === 0 ? 'No' : errors} problem${errors === 1 ? '' : 's'} to fix` + (warnings > 0 ? ` and ${warnings} thing${warnings === 1 ? '' : 's'} to look at` : '') + '.';
  const summary = parsed.submission === null ? found : `${found} ${doneText(empty, done)}`;
  return { submission: parsed.submission, problems, cards, progress, done, empty, hasErrors: hasErrors(parsed.issues), summary };
}
