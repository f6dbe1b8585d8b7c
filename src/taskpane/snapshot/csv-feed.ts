// Feeds rows from papaparse into a Snapshot row sink: skips blank rows, takes the first as the
// header, and counts file lines itself (papaparse counts data rows), quoted line breaks included.

import type { Issue } from '../../core';
import type { RowSink } from '../../core/snapshot';

export class CsvFeed {
  private line = 1;
  private headerSeen = false;
  /** Set when the header lacks required columns: the file is not read further. */
  headerIssues: readonly Issue[] = [];
  stopped = false;

  constructor(private readonly sink: RowSink) {}

  rows(rows: readonly (readonly string[])[]): void {
    for (const fields of rows) {
      if (this.stopped) return;
      const at = this.line;
      for (const f of fields) for (let j = f.indexOf('\n'); j >= 0; j = f.indexOf('\n', j + 1)) this.line += 1;
      this.line += 1;
      if (fields.every((f) => f.trim() === '')) continue;
      if (!this.headerSeen) {
        this.headerSeen = true;
        this.headerIssues = this.sink.header(fields);
        if (this.headerIssues.some((i) => i.severity === 'error')) this.stopped = true;
      } else this.sink.row(fields, at);
    }
  }

  get sawHeader(): boolean {
    return this.headerSeen;
  }
}
