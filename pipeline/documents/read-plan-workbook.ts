// Reads the consolidated plan workbook back for the documents: every table found by its header row
// wherever people left it, its rows turned into the core's types. A table that is gone is a warning
// (the documents say so where it would have been), never a crash; a file that is no plan stops the run.

import * as path from 'node:path';
import { DEFAULT_PLAN_STATUSES, cellText, findSheet, type Cell, type Issue, type SheetGrid, type WorkbookGrid } from '../../src/core';
import { type DistributionRead, type EvidenceRead, type Facts, type GridTable, type NeedRankRead, type PlanWorkbook, type ReportSheetRead, type ServiceRead } from '../../src/core/documents';
import { CliError } from '../cli-error';
import { EXECUTIVE_SUMMARY_LABEL, PLAN_KIND, PLAN_META_SHEET, REPORT_TABLES } from '../merge/plan-hidden-sheets';
import { EVIDENCE_SHEET } from '../merge/evidence-sheet';
import { REVIEW_SHEETS } from '../merge/monitoring-sheets';
import { readExecutiveSummaries, readPlanSteps, withPlanGrid } from '../merge/previous-plan-reader';

const REPORT_SHEET = /^(.+) Report$/;
const SECTION_HEADING = /^([1-7])\.\s+(.+)$/;
/** The headers each table is found by (the columns the documents use). */
const DISTRIBUTION = ['Capacity', 'Measure', 'Not rated', 'Average'];
const EVIDENCE = ['Group', 'Capacity', 'Assessment', 'Item id', 'Item', 'Rating', 'Evidence', 'Comment'];
const SERVICES = ['Flag', 'Service', 'Provider', 'Listed by', 'Capacities', 'Availability', 'Accessibility', 'Quality', 'Individualization', 'Concerns', 'Comments'];
const NEEDS = ['Rank', 'Service type'];

export async function readPlanWorkbook(file: string, statuses?: readonly string[]): Promise<{ plan: PlanWorkbook; warnings: Issue[] }> {
  const fail = (why: string): CliError => new CliError(`The plan ${file} ${why}. Nothing was written; give the plan.xlsx that "service-array merge" wrote.`);
  return withPlanGrid(file, fail, (grid) => parsePlan(grid, path.basename(file), fail, statuses));
}

function parsePlan(grid: WorkbookGrid, name: string, fail: (why: string) => CliError, statuses: readonly string[] | undefined): { plan: PlanWorkbook; warnings: Issue[] } {
  const meta = new Map((findSheet(grid, PLAN_META_SHEET)?.rows ?? []).map((r) => [cellText(r[0]), cellText(r[1])] as const));
  if (meta.get('kind') !== PLAN_KIND) throw fail('is not a consolidated plan made by service-array merge');
  const planSheet = findSheet(grid, 'Plan');
  if (planSheet === undefined) throw fail('has no Plan sheet');
  const warnings: Issue[] = [];
  const table = (sheetName: string, headers: readonly string[]): Located | null => {
    const sheet = findSheet(grid, sheetName);
    const found = sheet === undefined ? null : locate(sheet, headers);
    if (found === null) {
      warnings.push({ code: 'PLAN_TABLE_MISSING', severity: 'warning', message: `The ${sheetName} sheet has no table headed ${headers.join(', ')}; the documents leave out what it held`, advice: 'Restore the sheet or its header row from a fresh merge', file: name, sheet: sheetName });
    }
    return found;
  };
  const review = readReview(REVIEW_SHEETS.map((n) => findSheet(grid, n)));
  // The statuses are the Quarterly review's progress columns between "Steps" and "Other status".
  const progress = review.sections.find((s) => s.table.headers.includes('Other status'))?.table.headers ?? [];
  const known = statuses ?? (progress.length > 0 ? progress.slice(progress.indexOf('Steps') + 1, progress.indexOf('Other status')) : DEFAULT_PLAN_STATUSES);
  const { steps, issues } = readPlanSteps(planSheet, grid, name, known);
  warnings.push(...issues);
  const distribution = table('Ratings', DISTRIBUTION);
  const reportSheets = grid.sheets.filter((s) => s.state === 'visible' && REPORT_SHEET.test(s.name));
  const summaries = readExecutiveSummaries(grid, reportSheets.map((s) => capacityOf(s)));
  const overview = findSheet(grid, 'Overview');
  const title = cellText(overview?.rows[0]?.[0]);
  return {
    plan: {
      file: name,
      jurisdiction: { id: meta.get('jurisdictionId') ?? '', name: title.replace(/: Resource and Capacity Development Plan$/, '') },
      asOf: meta.get('asOf') ?? '',
      scale: scaleOf(distribution),
      reports: reportSheets.map((s) => readReport(s, summaries.get(capacityOf(s)) ?? '')),
      ratings: distribution === null ? [] : distribution.rows.map((r) => distributionRow(distribution, r)),
      evidence: rowsOf(table(EVIDENCE_SHEET, EVIDENCE), (get): EvidenceRead => ({ groupId: get('Group'), capacity: get('Capacity'), assessment: get('Assessment'), itemId: get('Item id'), item: get('Item'), rating: get('Rating'), evidence: get('Evidence'), comment: get('Comment') })),
      services: rowsOf(table('Services', SERVICES), (get): ServiceRead => ({
        low: get('Flag') !== '', service: get('Service'), provider: get('Provider'), listedBy: get('Listed by'), capacities: list(get('Capacities')),
        availability: get('Availability'), accessibility: get('Accessibility'), quality: get('Quality'), individualization: get('Individualization'), concerns: get('Concerns'), comments: get('Comments'),
      })),
      needRanks: rowsOf(table('Needs', NEEDS), (get): NeedRankRead => ({ rank: Number(get('Rank')) || 0, service: get('Service type') })),
      steps,
      review,
    },
    warnings,
  };
}

const capacityOf = (s: SheetGrid): string => REPORT_SHEET.exec(s.name)?.[1] ?? s.name;
const list = (text: string): string[] => text.split(/\s*,\s*/).filter((x) => x !== '');
/** A row's cells as trimmed text, at least `width` of them. */
const texts = (row: readonly Cell[] | undefined, width: number): string[] => Array.from({ length: Math.max(width, row?.length ?? 0) }, (_, i) => cellText(row?.[i]).trim());

/** A table found by its headers: the header row, each header's column and the rows under it. */
interface Located {
  readonly headers: readonly string[];
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: readonly (readonly string[])[];
}

/** The first row holding every one of `headers`, and the rows under it down to the first blank one. */
function locate(sheet: SheetGrid, headers: readonly string[]): Located | null {
  const at = sheet.rows.findIndex((r) => isHeader(texts(r, 0), headers));
  if (at < 0) return null;
  const header = texts(sheet.rows[at], 0);
  const rows: string[][] = [];
  for (let r = at + 1; r < sheet.rows.length; r++) {
    const values = texts(sheet.rows[r], header.length);
    if (values.every((v) => v === '')) break;
    rows.push(values);
  }
  return { headers: header, columns: new Map(header.map((h, i) => [h, i] as const).reverse()), rows };
}

const isHeader = (row: readonly string[], headers: readonly string[]): boolean => headers.every((h) => row.includes(h));

function rowsOf<T>(t: Located | null, make: (get: (header: string) => string) => T): T[] {
  if (t === null) return [];
  return t.rows.map((r) => make((header) => r[t.columns.get(header) ?? -1] ?? ''));
}

/** The scale as the distribution's columns name it: the levels after "Measure", then the Don't-know column before "Not rated". */
function scaleOf(t: Located | null): PlanWorkbook['scale'] {
  if (t === null) return { levels: [], dontKnow: "Don't know" };
  const { first, end } = levelColumns(t);
  return { levels: t.headers.slice(first, end - 1), dontKnow: t.headers[end - 1] ?? "Don't know" };
}

const levelColumns = (t: Located): { first: number; end: number } => ({ first: (t.columns.get('Measure') ?? 1) + 1, end: t.columns.get('Not rated') ?? t.headers.length });

function distributionRow(t: Located, r: readonly string[]): DistributionRead {
  const { first, end } = levelColumns(t);
  const n = (i: number): number => Number(r[i]) || 0;
  const at = (h: string): string => r[t.columns.get(h) ?? -1] ?? '';
  return { capacity: at('Capacity'), measure: at('Measure'), counts: r.slice(first, end - 1).map((_, i) => n(first + i)), dontKnow: n(end - 1), unrated: n(end), average: at('Average') };
}

/**
 * A Report sheet top to bottom: a heading "n. Title" opens section n; a row that holds a table's
 * headers opens that table, whose rows run to the next blank row; any other row is a label and its
 * text (people may add lines: they are kept).
 */
function readReport(sheet: SheetGrid, executiveSummary: string): ReportSheetRead {
  const capacity = capacityOf(sheet);
  const title = cellText(sheet.rows[0]?.[0]).trim();
  const subtitle = /^Outcome: (.*?) Work groups?: (.*?)\.?$/s.exec(cellText(sheet.rows[1]?.[0]).trim());
  const facts: [string, string][][] = Array.from({ length: 7 }, () => []);
  const out = { practice: [] as ReportSheetRead['practice'][number][], leadership: [] as ReportSheetRead['leadership'][number][], needs: [] as ReportSheetRead['needs'][number][], conclusions: [] as ReportSheetRead['conclusions'][number][] };
  let section = 0;
  let open: { kind: keyof typeof REPORT_TABLES; columns: Map<string, number> } | null = null;
  for (const row of sheet.rows.slice(2)) {
    const values = texts(row, 0);
    if (values.every((v) => v === '')) {
      open = null;
      continue;
    }
    const heading = SECTION_HEADING.exec(values[0] ?? '');
    if (heading !== null && values.slice(1).every((v) => v === '')) {
      section = Number(heading[1]);
      open = null;
      continue;
    }
    const kind = (Object.keys(REPORT_TABLES) as (keyof typeof REPORT_TABLES)[]).find((k) => isHeader(values, REPORT_TABLES[k]));
    if (kind !== undefined) {
      open = { kind, columns: new Map(values.map((h, i) => [h, i] as const).reverse()) };
      continue;
    }
    const columns = open?.columns;
    const get = (header: string): string => (columns === undefined ? '' : (values[columns.get(header) ?? -1] ?? ''));
    if (open?.kind === 'items') (section === 4 ? out.leadership : out.practice).push({ groupId: get('Group'), itemId: get('Item id'), item: get('Item'), rating: get('Rating'), evidence: get('Evidence'), comment: get('Comment') });
    else if (open?.kind === 'needs') out.needs.push({ groupId: get('Group'), priority: get('Priority'), need: get('Need'), service: get('Service type'), evidence: get('Evidence'), proposed: get('Proposed service or practice') });
    else if (open?.kind === 'conclusions') out.conclusions.push({ groupId: get('Group'), kind: get('Strength or gap'), finding: get('Finding'), assessment: get('From assessment'), evidence: get('Evidence') });
    else if (section > 0 && values[0] !== EXECUTIVE_SUMMARY_LABEL) facts[section - 1]?.push([values[0] ?? '', values.slice(1).filter((v) => v !== '').join(' ')]);
  }
  return {
    capacity,
    name: title.replace(/: Service Array Assessment Report$/, ''),
    outcome: subtitle?.[1] ?? '',
    groups: subtitle?.[2] ?? '',
    executiveSummary,
    facts: facts as Facts[],
    ...out,
  };
}

/** The Quarterly review: each heading, alone in its row, and the table under it. */
/** The Quarterly review's sections, from its sheets in order (a plan before they were split has them all on the first). */
function readReview(sheets: readonly (SheetGrid | undefined)[]): PlanWorkbook['review'] {
  const [first] = sheets;
  const sections = sheets.flatMap((s) => (s === undefined ? [] : reviewSections(s)));
  return { subtitle: first === undefined ? '' : cellText(first.rows[1]?.[0]).trim(), sections };
}

function reviewSections(sheet: SheetGrid): { title: string; table: GridTable }[] {
  const sections: { title: string; table: GridTable }[] = [];
  const rows = sheet.rows.map((r) => texts(r, 0));
  for (let r = 2; r < rows.length; r++) {
    const values = rows[r] ?? [];
    if (values[0] === '' || values.slice(1).some((v) => v !== '')) continue;
    const header = rows[r + 1] ?? [];
    if (header.filter((v) => v !== '').length < 2) continue;
    const body: string[][] = [];
    let next = r + 2;
    for (; next < rows.length && !(rows[next] ?? []).every((v) => v === '') && !isHeading(rows[next] ?? []); next++) body.push(padded(rows[next] ?? [], header.length));
    sections.push({ title: values[0] ?? '', table: { headers: header, rows: body } });
    r = next - 1;
  }
  return sections;
}

const isHeading = (values: readonly string[]): boolean => values[0] !== '' && values.slice(1).every((v) => v === '');
const padded = (values: readonly string[], width: number): string[] => Array.from({ length: width }, (_, i) => values[i] ?? '');
