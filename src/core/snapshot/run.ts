// One Snapshot run, the same for the pipeline and the add-in: resolve each file's columns, parse
// and feed rows one at a time, then build. Callers own the reading (streams, workers) and nothing else.

import { type EpisodeAggregates, EpisodeAggregator } from './aggregate-episodes';
import { type ReportAggregates, ReportAggregator, completeReports, countInCare } from './aggregate-reports';
import { buildSnapshot } from './build-snapshot';
import { COMMUNITY_FIELDS, EPISODE_FIELDS, REPORT_FIELDS, type ColumnMapping, type CommunityField, type DatasetKind, type EpisodeField, type ReportField, resolveColumns } from './columns';
import { MAX_COMMUNITY_ROWS, findChildPopulation } from './community';
import { ymdFromDay } from './day';
import { type FileReadSummary, IssueLog } from './issue-log';
import type { DateRange, Period } from './period';
import { type CommunityRecord, CommunityRowParser, EpisodeRowParser, ReportRowParser } from './records';
import type { Snapshot } from './snapshot-model';
import { DEFAULT_THRESHOLD } from './suppression';
import type { Issue } from '../issue';

export interface SnapshotRunOptions {
  readonly period: Period;
  readonly jurisdiction?: string;
  readonly threshold?: number;
  /** How many periods the trend table reaches back, the chosen one included. */
  readonly trendPeriods?: number;
  readonly mapping?: ColumnMapping;
  /** Overrides the child population found in the community file. */
  readonly childPopulation?: number;
  /** Allows a threshold below the default; the Snapshot is then stamped "not for publication". */
  readonly notForPublication?: boolean;
  /** Dates after this day cannot have happened yet: such rows are skipped and reported. Default: no limit. */
  readonly asOf?: number;
}

/** Receives one file's rows: `header` once, then `row` per data row with its 1-based file line. */
export interface RowSink {
  header(headers: readonly string[]): readonly Issue[];
  row(fields: readonly string[], line: number): void;
  readonly log: IssueLog;
}

export class SnapshotRun {
  readonly episodes: EpisodeAggregator;
  readonly reports: ReportAggregator;
  private readonly communityRows: CommunityRecord[] = [];
  private readonly logs: IssueLog[] = [];
  private hasReports = false;
  private hasCommunity = false;

  constructor(readonly options: SnapshotRunOptions) {
    this.episodes = new EpisodeAggregator(options.period);
    this.reports = new ReportAggregator(options.period);
  }

  /** A sink for one file. Header problems (missing columns) come back from `header` and stop that file. */
  sink(kind: DatasetKind, file: string): RowSink {
    const log = new IssueLog(file);
    this.logs.push(log);
    if (kind === 'reports') this.hasReports = true;
    if (kind === 'community') this.hasCommunity = true;
    let parse: ((fields: readonly string[], line: number) => void) | null = null;
    const mapping = this.options.mapping;
    return {
      log,
      header: (headers) => {
        if (kind === 'episodes') {
          const { index, issues } = resolveColumns<EpisodeField>(kind, EPISODE_FIELDS, headers, file, mapping);
          const p = new EpisodeRowParser(index, headers, log, this.options.asOf);
          parse = (f, line) => {
            const rec = p.parse(f, line);
            if (rec !== undefined) this.episodes.add(rec);
          };
          return issues;
        }
        if (kind === 'reports') {
          const { index, issues } = resolveColumns<ReportField>(kind, REPORT_FIELDS, headers, file, mapping);
          const p = new ReportRowParser(index, headers, log, this.options.asOf);
          parse = (f, line) => {
            const rec = p.parse(f, line);
            if (rec !== undefined) this.reports.add(rec);
          };
          return issues;
        }
        const { index, issues } = resolveColumns<CommunityField>(kind, COMMUNITY_FIELDS, headers, file, mapping);
        const p = new CommunityRowParser(index, headers, log);
        parse = (f, line) => {
          const rec = p.parse(f, line);
          if (rec !== undefined && this.communityRows.length < MAX_COMMUNITY_ROWS) this.communityRows.push(rec);
        };
        return issues;
      },
      row: (fields, line) => {
        if (parse === null) throw new Error('row() before header()');
        parse(fields, line);
      },
    };
  }

  /** Rows read and skipped per file so far. */
  files(): FileReadSummary[] {
    return this.logs.map((l) => l.summary());
  }

  /** The community rows read so far (already aggregated data, small). */
  get community(): readonly CommunityRecord[] | null {
    return this.hasCommunity ? this.communityRows : null;
  }

  /** The finished aggregates of everything read, before the Snapshot is built from them. */
  finishParts(): { episodes: EpisodeAggregates; reports: ReportAggregates | null; community: readonly CommunityRecord[] | null } {
    const partial = this.hasReports ? this.reports.finishPartial() : null;
    const reports = partial === null ? null : completeReports(partial, countInCare(partial.s1Pending, this.episodes.inCareOn));
    return { episodes: this.episodes.finish(), reports, community: this.community };
  }

  finish(): Snapshot {
    const { episodes, reports, community } = this.finishParts();
    return assembleSnapshot(this.options, episodes, reports, community, this.logs.map((l) => l.summary()));
  }
}

/** Builds the Snapshot from finished parts: the same for one thread and for parts made in workers. */
export function assembleSnapshot(
  options: SnapshotRunOptions,
  episodes: EpisodeAggregates,
  reports: ReportAggregates | null,
  community: readonly CommunityRecord[] | null,
  files: readonly FileReadSummary[],
): Snapshot {
  const popYear = ymdFromDay(options.period.end).year;
  const childPopulation = options.childPopulation !== undefined ? { value: options.childPopulation, year: popYear } : findChildPopulation(community ?? [], popYear);
  return buildSnapshot({
    episodes,
    reports,
    community,
    childPopulation,
    jurisdiction: options.jurisdiction ?? 'the jurisdiction',
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    ...(options.notForPublication === true ? { notForPublication: true } : {}),
    ...(options.trendPeriods === undefined ? {} : { trendPeriods: options.trendPeriods }),
    files,
  });
}

/** The data's own date range, from both files; null when neither has a dated row. */
export function dataRange(episodes: EpisodeAggregates, reports: ReportAggregates | null): DateRange | null {
  const firsts = [episodes.earliestDate, reports?.earliestDate ?? null].filter((d): d is number => d !== null);
  const lasts = [episodes.latestDate, reports?.latestDate ?? null].filter((d): d is number => d !== null);
  if (firsts.length === 0 || lasts.length === 0) return null;
  return { first: Math.min(...firsts), last: Math.max(...lasts) };
}
