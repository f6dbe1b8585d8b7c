// "Check my work" as data: the core's parse of the open workbook turned into plain-language problems,
// each with the cell to jump to, and the completeness of each capacity and assessment. Pure.

import {
  completeness,
  formatIssue,
  hasErrors,
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
  /** Where "Go to cell" takes the person, or null when the problem has no single place. */
  readonly target: { readonly sheet: string; readonly address: string } | null;
}

export interface CheckResult {
  readonly submission: Submission | null;
  readonly problems: readonly Problem[];
  readonly progress: readonly AssessmentProgress[];
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

export function checkWorkbook(grid: WorkbookGrid, j: Jurisdiction): CheckResult {
  const parsed = parseSubmission(grid, j, WORKBOOK_NAME);
  const problems = parsed.issues.map((i) => ({ text: problemText(i), severity: i.severity, code: i.code, target: targetOf(i) }));
  // Errors first: they are the ones that stop a merge.
  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const progress = parsed.submission === null ? [] : completeness(parsed.submission);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary =
    problems.length === 0
      ? 'No problems found.'
      : `${errors === 0 ? 'No' : errors} problem${errors === 1 ? '' : 's'} to fix` + (warnings > 0 ? ` and ${warnings} thing${warnings === 1 ? '' : 's'} to look at` : '') + '.';
  return { submission: parsed.submission, problems, progress, hasErrors: hasErrors(parsed.issues), summary };
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
