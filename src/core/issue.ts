// Problems found in what a person gave us, as data. Validation returns these and never throws;
// one formatter serves the CLI, the JSON report and the task pane.

export type Severity = 'error' | 'warning';

export interface Issue {
  /** Stable machine code, e.g. `RATING_INVALID`; documented in the README. */
  readonly code: string;
  readonly severity: Severity;
  /** What is wrong: the rule and what we got. */
  readonly message: string;
  /** What to do about it, in plain words. */
  readonly advice?: string;
  readonly file?: string;
  readonly sheet?: string;
  /** A1 address of the cell, when the problem is one cell. */
  readonly cell?: string;
  /** 1-based row (sheet row, or CSV line), when the problem is a whole row. */
  readonly row?: number;
  /** CSV column name or JSON path, when that is the clearest "where". */
  readonly column?: string;
  readonly path?: string;
}

/** "WG2.xlsx › S1 Practice!D7", "episodes.csv line 12 column DoDFCDt", "jurisdiction.json at workGroups[1].dueDate". */
export function formatWhere(issue: Issue): string {
  const parts: string[] = [];
  if (issue.file !== undefined) parts.push(issue.file);
  if (issue.sheet !== undefined) {
    const place =
      issue.cell !== undefined
        ? `${issue.sheet}!${issue.cell}`
        : issue.row !== undefined
          ? `${issue.sheet} row ${issue.row}`
          : issue.sheet;
    parts.push(place);
  } else if (issue.row !== undefined) {
    parts.push(`line ${issue.row}${issue.column !== undefined ? ` column ${issue.column}` : ''}`);
  } else if (issue.column !== undefined) {
    parts.push(`column ${issue.column}`);
  }
  if (issue.path !== undefined) parts.push(`at ${issue.path}`);
  return parts.join(' › ');
}

/** One line: `message (where). advice` — the grammar every surface uses. */
export function formatIssue(issue: Issue): string {
  const where = formatWhere(issue);
  const located = where === '' ? issue.message : `${issue.message} (${where})`;
  return issue.advice === undefined ? located : `${located}. ${issue.advice}`;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
