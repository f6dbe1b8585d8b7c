// Collects the problems found while reading one input file: counts every row and issue, keeps the
// first few issues in full so a million bad rows cannot fill memory.

import type { Issue } from '../issue';

export interface FileReadSummary {
  readonly file: string;
  readonly rows: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  /** Issue code → how many times it occurred. */
  readonly codes: Readonly<Record<string, number>>;
}

export class IssueLog {
  rows = 0;
  skipped = 0;
  errors = 0;
  warnings = 0;
  readonly kept: Issue[] = [];
  private readonly codes = new Map<string, number>();

  constructor(
    readonly file: string,
    private readonly keep = 50,
  ) {}

  add(issue: Issue): void {
    if (issue.severity === 'error') this.errors += 1;
    else this.warnings += 1;
    this.codes.set(issue.code, (this.codes.get(issue.code) ?? 0) + 1);
    if (this.kept.length < this.keep) this.kept.push(issue);
  }

  summary(): FileReadSummary {
    return {
      file: this.file,
      rows: this.rows,
      skipped: this.skipped,
      errors: this.errors,
      warnings: this.warnings,
      codes: Object.fromEntries(this.codes),
    };
  }
}

/** True when more than `maxBadShare` (0–1) of the rows were skipped: the run should stop and say so. */
export function tooMuchBad(log: { readonly rows: number; readonly skipped: number }, maxBadShare: number): boolean {
  return log.rows > 0 && log.skipped / log.rows > maxBadShare;
}

export function tooMuchBadMessage(log: { readonly file: string; readonly rows: number; readonly skipped: number }, maxBadShare: number): string {
  const pct = (100 * log.skipped) / log.rows;
  return (
    `Too many bad rows in ${log.file}: ${log.skipped.toLocaleString('en-US')} of ${log.rows.toLocaleString('en-US')} ` +
    `(${pct.toFixed(1)}%) were skipped, above the ${(100 * maxBadShare).toFixed(1)}% limit, so no Snapshot was written`
  );
}
