// Assembles the Snapshot from the aggregates: draft tables per section, suppression, the checker
// (a failed check is a bug and throws), then the published, redacted model.

import type { EpisodeAggregates } from './aggregate-episodes';
import type { ReportAggregates } from './aggregate-reports';
import { communityKind } from './community';
import { formatDay } from './day';
import { count, breakdownTable, derived, rate, simpleTable, text } from './draft-tables';
import { INDICATORS, indicatorInputs } from './indicators';
import type { FileReadSummary } from './issue-log';
import { releaseRelations } from './release-relations';
import { AGE_18_PLUS_INDEX, type LinkedSystem, coreKeys, coreSystem } from './linked-system';
import { SuppressionError, suppressLinked } from './linked-suppression';
import { shiftPeriod } from './period';
import { sum } from './period-counts';
import type { CommunityRecord } from './records';
import { SNAPSHOT_SCHEMA, type DraftTable, type IndicatorResult, type PublishedFileSummary, type Snapshot, type SnapshotSection } from './snapshot-model';
import { checkSuppression } from './suppression-check';
import { NOT_FOR_PUBLICATION, SUPPRESSION_MARKER, markHidden, redactTable, suppressionRule } from './suppression';
import { snapshotNotes } from './notes';

export interface SnapshotInputs {
  readonly episodes: EpisodeAggregates;
  readonly reports: ReportAggregates | null;
  readonly community: readonly CommunityRecord[] | null;
  /** Children under 18 in the jurisdiction, for rates per 1,000; null leaves rates out. */
  readonly childPopulation: { readonly value: number; readonly year: number } | null;
  readonly jurisdiction: string;
  readonly threshold: number;
  /** A threshold below the default was asked for: every sheet and the JSON say the Snapshot is not for publication. */
  readonly notForPublication?: boolean;
  readonly files: readonly FileReadSummary[];
  /** How many periods the trend table shows, this one included (a fixed window: a row of zeros is a row). */
  readonly trendPeriods?: number;
}

type DraftSection = Omit<SnapshotSection, 'tables'> & { tables: DraftTable[] };

const PER_1000 = 'Rate per 1,000 children';

export type Keys = Record<'entries' | 'exits' | 'inCare' | 'reports' | 'victimReports' | 'victims', string>;

/** Headline counts with rates per 1,000 children; the same keys as the breakdown totals. */
function headlineRows(inp: SnapshotInputs, k: Keys) {
  const ep = inp.episodes;
  const pop = inp.childPopulation?.value ?? null;
  const row = (label: string, key: string, n: number) => ({ label, cells: [count(key, n), derived('rate', rate(n, pop, 1000), [key])] });
  return [
    ...(inp.reports === null
      ? []
      : [row('Child-reports', k.reports, inp.reports.byDisposition.total), row('Children found to be victims', k.victims, inp.reports.victimsByAge.total)]),
    row('Children entering care', k.entries, ep.entries.byAge.total),
    row('Children in care on the last day', k.inCare, ep.inCare.bySetting.total),
    row('Children leaving care', k.exits, ep.exits.byReason.total),
  ];
}

function draftSections(inp: SnapshotInputs, k: Keys, popNote: readonly string[]): DraftSection[] {
  const ep = inp.episodes;
  const sections: DraftSection[] = [];
  const entriesRow = headlineRows(inp, k).filter((r) => r.label === 'Children entering care');
  sections.push({
    id: 'front-door', title: 'Front door', intro: 'Reports of maltreatment and the children found to be victims in the period.',
    tables: inp.reports === null ? [] : frontDoorTables(inp.reports, k),
  });
  sections.push({
    id: 'entries', title: 'Entries', intro: 'Children entering foster care in the period (each removal episode counts once).',
    tables: [
      simpleTable('entries.summary', 'Entries into care', [{ header: 'Count', kind: 'count' }, { header: PER_1000, kind: 'rate' }], entriesRow, popNote),
      breakdownTable(ep.entries.byAge, { id: 'entries.age', partKey: part('entries.age', k), title: 'Entries by age at entry', category: 'entry', totalKey: k.entries, totalLabel: 'All entries' }),
      breakdownTable(ep.entries.byRace, { id: 'entries.race', partKey: part('entries.race', k), title: 'Entries by race/ethnicity', category: 'entry', totalKey: k.entries, totalLabel: 'All entries' }),
      breakdownTable(ep.entries.bySex, { id: 'entries.sex', partKey: part('entries.sex', k), title: 'Entries by sex', category: 'entry', totalKey: k.entries, totalLabel: 'All entries' }),
      breakdownTable(ep.entries.byReason, { id: 'entries.reason', partKey: part('entries.reason', k), title: 'Entries by removal reason', category: 'entry', totalKey: k.entries, totalLabel: 'All entries' }),
    ],
  });
  sections.push({
    id: 'in-care', title: 'In care', intro: `Children in foster care on the last day of the period (${formatDay(ep.period.end)}).`,
    tables: [
      breakdownTable(ep.inCare.bySetting, {
        id: 'incare.setting', partKey: part('incare.setting', k), title: 'In care on the last day by placement setting', category: 'child', totalKey: k.inCare, totalLabel: 'All children in care',
        footnotes: ['Placement setting is the current or last setting recorded in the file, which may be later than the last day of the period.'],
      }),
      simpleTable('incare.stay', 'Length of stay and placements', [{ header: 'Value', kind: 'median' }], [
        { label: 'Median days in care on the last day', cells: [derived('median', ep.inCare.medianDays, [k.inCare])] },
        { label: 'Average placement settings per episode', cells: [derived('mean', ep.inCare.meanPlacements, [k.inCare])] },
      ]),
    ],
  });
  sections.push({
    id: 'exits', title: 'Exits', intro: 'Children leaving foster care in the period, by discharge reason.',
    tables: [
      breakdownTable(ep.exits.byReason, { id: 'exits.reason', partKey: part('exits.reason', k), title: 'Exits by discharge reason', category: 'exit', totalKey: k.exits, totalLabel: 'All exits' }),
      simpleTable('exits.time', 'Time to exit', [{ header: 'Days', kind: 'median' }], [{ label: 'Median days from removal to discharge', cells: [derived('median', ep.exits.medianDays, [k.exits])] }]),
    ],
  });
  sections.push({ id: 'indicators', title: 'Federal indicators', intro: 'The CFSR statewide data indicators as observed in these files. See Notes for definitions.', tables: [buildIndicatorTable(inp)] });
  sections.push({ id: 'trends', title: 'Trends', intro: `The same counts for each of the last ${Math.max(1, inp.trendPeriods ?? 10)} periods; a period before the data shows zeros.`, tables: [trendTable(inp)] });
  sections.push({ id: 'community', title: 'Community well-being', intro: 'Community indicators as published by their sources.', tables: [buildCommunityTable(inp.community ?? [])] });
  return sections;
}

export function buildSnapshot(inp: SnapshotInputs): Snapshot {
  const ep = inp.episodes;
  const p = ep.period.label;
  const popNote = inp.childPopulation === null ? [] : [`Rates use a child population of ${inp.childPopulation.value.toLocaleString('en-US')} (${inp.childPopulation.year}).`];
  const k: Keys = {
    entries: coreKeys.entries(p), exits: coreKeys.exits(p), inCare: coreKeys.inCare(p), reports: coreKeys.childReports(p),
    victimReports: coreKeys.victimReports(p), victims: `victims@${p}`,
  };
  const sections = draftSections(inp, k, popNote);
  const summary = simpleTable('summary', `${inp.jurisdiction} at a glance, ${p}`, [{ header: 'Count', kind: 'count' }, { header: PER_1000, kind: 'rate' }], headlineRows(inp, k), popNote);
  const indicatorTable = sections.find((s) => s.id === 'indicators')?.tables[0];
  const communityTable = sections.find((s) => s.id === 'community')?.tables[0];
  if (indicatorTable === undefined || communityTable === undefined) throw new Error('indicator or community table missing');

  const all = [summary, ...sections.flatMap((s) => s.tables)];
  const system = linkedSystem(inp, all, k);
  const hidden = suppressLinked(system, inp.threshold);
  markHidden(all, hidden);
  const violations = checkSuppression(all, inp.threshold, system, hidden);
  if (violations.length > 0) throw new SuppressionError(`Suppression check failed: ${violations.map((v) => v.message).join('; ')}`);

  const published: SnapshotSection[] = sections.map((s) => ({ ...s, tables: s.tables.map((t) => redactTable(t, inp.threshold)) }));
  const stamp = inp.notForPublication === true ? `${NOT_FOR_PUBLICATION}: ` : '';
  return {
    schema: SNAPSHOT_SCHEMA,
    title: `${stamp}Child and Family Snapshot — ${inp.jurisdiction}`,
    ...(inp.notForPublication === true ? { notForPublication: true as const } : {}),
    jurisdiction: inp.jurisdiction,
    period: { label: p, start: formatDay(ep.period.start), end: formatDay(ep.period.end) },
    suppression: { threshold: inp.threshold, marker: SUPPRESSION_MARKER, rule: suppressionRule(inp.threshold) },
    sections: [{ id: 'summary', title: 'Summary', intro: `Headline counts for ${p} (${formatDay(ep.period.start)} to ${formatDay(ep.period.end)}).`, tables: [redactTable(summary, inp.threshold)] }, ...published],
    indicators: indicatorResults(inp, indicatorTable),
    community: communityTable.rows.map((r) => ({
      indicator: r.label,
      geography: String(r.cells[0]?.value ?? ''),
      year: Number(r.cells[1]?.value ?? 0),
      value: r.cells[2]?.hidden !== true && typeof r.cells[2]?.value === 'number' ? r.cells[2].value : null,
      unit: String(r.cells[3]?.value ?? ''),
      source: String(r.cells[4]?.value ?? ''),
      suppressed: r.cells[2]?.hidden === true,
    })),
    notes: snapshotNotes(inp),
    inputs: inp.files.map(publishedSummary),
  };
}

/** What a file summary may show: issue counts, not how many rows the file has (that total would join the linked system). */
function publishedSummary(f: FileReadSummary): PublishedFileSummary {
  return { file: f.file, skipped: f.skipped, errors: f.errors, warnings: f.warnings, codes: f.codes };
}

/** Tables made only of period-stable counts: the same in every release that shows their period. */
const PERIOD_STABLE_TABLES = new Set(['trends', 'entries.age', 'entries.race', 'entries.sex', 'entries.reason', 'exits.reason', 'incare.setting', 'reports.disposition', 'victims.type']);

/** The period-stable system of every period up to this one, plus this release's tables and their links. */
function linkedSystem(inp: SnapshotInputs, tables: readonly DraftTable[], k: Keys): LinkedSystem {
  const period = inp.episodes.period;
  const sys = coreSystem(inp.episodes.periods, inp.reports?.periods ?? null, (i) => shiftPeriod(period, -i).label, 1 - Math.max(1, inp.trendPeriods ?? 10));
  const own: string[] = [];
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.kind !== 'count' || c.key === undefined || typeof c.value !== 'number') continue;
        const core = sys.cells.get(c.key);
        if (core === undefined && PERIOD_STABLE_TABLES.has(t.id)) throw new Error(`Snapshot table ${t.id} has the count ${c.key}, which is not a period-stable key`);
        if (core !== undefined) {
          if (core.value !== c.value) throw new Error(`Snapshot key ${c.key} holds ${core.value} and ${c.value}`);
          continue;
        }
        if (!sys.cells.has(c.key)) own.push(c.key);
        sys.cells.set(c.key, { value: c.value, period: 0, core: false });
      }
    }
    for (const r of t.relations) if (r.terms.some(([key]) => own.includes(key))) sys.relations.push(r);
  }
  const p = period.label;
  const previousInCare = coreKeys.inCare(shiftPeriod(period, 1).label);
  sys.relations.push(...releaseRelations({ ...k, age18: coreKeys.part('entries.age', p, AGE_18_PLUS_INDEX), previousInCare, hasReports: inp.reports !== null }));
  // The cohorts that start from in care at the start are hidden with it, so they never narrow it.
  const cohorts = ['P2.children', 'P2.numerator', 'P3.children', 'P3.numerator', ...(inp.reports === null ? [] : ['S1.children'])];
  return { ...sys, hideTogether: [{ when: previousInCare, hide: cohorts }] };
}

function frontDoorTables(r: ReportAggregates, k: Keys): DraftTable[] {
  return [
    breakdownTable(r.byDisposition, { id: 'reports.disposition', partKey: part('reports.disposition', k), title: 'Child-reports by disposition', category: 'child-report', totalKey: k.reports, totalLabel: 'All child-reports' }),
    breakdownTable(r.victimsByAge, { id: 'victims.age', title: 'Victims by age', category: 'victim', totalKey: k.victims, totalLabel: 'All victims', footnotes: ['A victim is a child in at least one substantiated or indicated report in the period, counted once, described as in their first such report.'] }),
    breakdownTable(r.victimsByRace, { id: 'victims.race', title: 'Victims by race/ethnicity', category: 'victim', totalKey: k.victims, totalLabel: 'All victims' }),
    breakdownTable(r.victimsBySex, { id: 'victims.sex', title: 'Victims by sex', category: 'victim', totalKey: k.victims, totalLabel: 'All victims' }),
    breakdownTable(r.victimReportsByType, { id: 'victims.type', partKey: part('victims.type', k), title: 'Substantiated or indicated child-reports by maltreatment type', category: 'child-report', totalKey: k.victimReports, totalLabel: 'All substantiated or indicated child-reports' }),
  ];
}

function buildIndicatorTable(inp: SnapshotInputs): DraftTable {
  const inputs = indicatorInputs(inp.episodes, inp.reports);
  const rows = INDICATORS.map((d) => {
    const v = inputs[d.code];
    const childrenKey = `${d.code}.children`;
    const numKey = `${d.code}.numerator`;
    if (v === null) return { label: `${d.code} ${d.name}`, cells: [text('no report file'), text(''), text(''), text('')] };
    const usesDays = d.code === 'P5' || d.code === 'S1';
    return {
      label: `${d.code} ${d.name}`,
      cells: [
        count(childrenKey, v.children),
        usesDays ? derived('days', v.denominator, [childrenKey]) : text(''),
        count(numKey, v.numerator),
        derived(d.unit === 'percent' ? 'percent' : 'rate', rate(v.numerator, v.denominator, d.scale), [childrenKey, numKey]),
      ],
    };
  });
  return simpleTable(
    'indicators',
    'Federal statewide data indicators (observed)',
    [
      { header: 'Children in cohort', kind: 'count' },
      { header: 'Days in care', kind: 'days' },
      { header: 'Numerator', kind: 'count' },
      { header: 'Value', kind: 'rate' },
    ],
    rows,
    ['Values are percentages for P1–P4 and S2, moves per 1,000 days for P5, victimizations per 100,000 days for S1.'],
  );
}

function indicatorResults(inp: SnapshotInputs, table: DraftTable): IndicatorResult[] {
  const inputs = indicatorInputs(inp.episodes, inp.reports);
  return INDICATORS.map((d, i) => {
    const v = inputs[d.code];
    const cells = table.rows[i]?.cells ?? [];
    const valueCell = cells[3];
    const suppressed = cells.some((c) => c.hidden === true);
    const value = v === null || suppressed || typeof valueCell?.value !== 'number' ? null : valueCell.value;
    const note = v === null ? 'The report file was not given.' : suppressed ? 'Suppressed: based on a small count.' : value === null ? 'No children in the cohort.' : undefined;
    return {
      code: d.code,
      name: d.name,
      unit: d.unit,
      higherIsBetter: d.higherIsBetter,
      denominatorLabel: d.denominatorLabel,
      numeratorLabel: d.numeratorLabel,
      denominator: v === null || suppressed ? null : v.denominator,
      numerator: v === null || suppressed ? null : v.numerator,
      value,
      suppressed,
      ...(note === undefined ? {} : { note }),
      definition: d.definition,
      simplifications: d.simplifications,
      topics: d.topics,
    };
  });
}

/** Keys of a period-stable breakdown of this period. */
function part(table: string, k: Keys): (i: number) => string {
  const p = k.entries.slice(k.entries.indexOf('@') + 1);
  return (i) => coreKeys.part(table, p, i);
}

/** A fixed window of periods ending with this one; a period before the data is a row of zeros. */
function trendTable(inp: SnapshotInputs): DraftTable {
  const ep = inp.episodes.periods;
  const rep = inp.reports?.periods;
  const n = Math.max(1, inp.trendPeriods ?? 10);
  const rows = Array.from({ length: n }, (_, j) => {
    const t = j - n + 1;
    const label = shiftPeriod(inp.episodes.period, -t).label;
    const e = ep.counts[t - ep.first];
    const cells = [
      count(coreKeys.entries(label), e === undefined ? 0 : sum(e.entriesByAge)),
      count(coreKeys.exits(label), e === undefined ? 0 : sum(e.exitsByReason)),
      count(coreKeys.inCare(label), e === undefined ? 0 : sum(e.inCareBySetting)),
    ];
    if (rep !== undefined) {
      const r = rep.counts[t - rep.first];
      cells.push(count(coreKeys.childReports(label), r === undefined ? 0 : sum(r.byDisposition)), count(coreKeys.victimReports(label), r === undefined ? 0 : (r.byDisposition[0] ?? 0) + (r.byDisposition[1] ?? 0)));
    }
    return { label, cells };
  });
  const columns = [
    { header: 'Entries', kind: 'count' as const },
    { header: 'Exits', kind: 'count' as const },
    { header: 'In care on last day', kind: 'count' as const },
    ...(inp.reports === null ? [] : [{ header: 'Child-reports', kind: 'count' as const }, { header: 'Substantiated or indicated child-reports', kind: 'count' as const }]),
  ];
  const table = simpleTable('trends', 'Trends by period', columns, rows, ['In care on the last day = in care on the last day of the period before + entries − exits.']);
  return { ...table, chart: { type: 'line', column: 0 } };
}

function buildCommunityTable(rows: readonly CommunityRecord[]): DraftTable {
  const sorted = [...rows].sort((a, b) => a.indicator.localeCompare(b.indicator) || b.year - a.year || a.geography.localeCompare(b.geography));
  return simpleTable(
    'community',
    'Community indicators',
    [
      { header: 'Geography', kind: 'text' },
      { header: 'Year', kind: 'text' },
      { header: 'Value', kind: 'rate' },
      { header: 'Unit', kind: 'text' },
      { header: 'Source', kind: 'text' },
    ],
    sorted.map((r, i) => {
      const kind = communityKind(r.unit, r.indicator);
      const value = kind === 'count' ? (r.value === null ? text('not available') : count(`community.${i}`, r.value)) : { kind, value: r.value };
      return { label: r.indicator, cells: [text(r.geography), text(String(r.year)), value, text(r.unit), text(r.source || 'not given')] };
    }),
    rows.length === 0 ? ['No community indicator file was given.'] : ['Community indicators are published aggregates, shown as given by their source; small counts are still suppressed.'],
  );
}
