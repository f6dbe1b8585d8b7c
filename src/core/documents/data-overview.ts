// "Overview of the Data": the Snapshot figures that speak to a capacity — its federal indicators with
// their definitions, the trends and breakdowns as charts (from the same chart description the
// workbooks draw), the community indicators year by year. Only the published Snapshot is read: a
// suppressed value is the marker, never a number, and a gap in a chart.

import { snapshotCharts, type ChartSpec } from '../charts/snapshot-charts';
import { COMMUNITY_INDICATORS_FOR, SNAPSHOT_INDICATORS_BY_CAPACITY } from '../defaults/snapshot-for-capacities';
import type { IndicatorResult, Snapshot } from '../snapshot/snapshot-model';
import { fileStem, heading, paragraph, type Block, type DocumentSpec } from './document-model';

/**
 * [default] The charts each capacity's report shows, by chart id (snapshot-charts.ts): the trend that
 * frames its outcome, then the breakdowns closest to it.
 */
export const SNAPSHOT_CHARTS_BY_CAPACITY: Readonly<Record<string, readonly string[]>> = {
  S1: ['trends.reports', 'victims.type'],
  S2: ['trends.care', 'entries.reason'],
  P1: ['trends.care', 'exits.reason'],
  P2: ['incare.setting', 'entries.age'],
  WB1: ['entries.reason', 'victims.age'],
  WB2: ['entries.age'],
  WB3: ['entries.reason', 'incare.setting'],
};

/** A published number as the Snapshot shows it: whole counts with thousands separators, one decimal for the rest. */
export function formatNumber(value: number, format: string): string {
  const decimals = /0\.0/.test(format) ? 1 : 0;
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}${format.includes('%') ? '%' : ''}`;
}

/** The text alternative of a chart: every value in words, a suppressed one said to be suppressed. */
export function chartDescription(c: ChartSpec, marker: string): string {
  const value = (v: number | null): string => (v === null ? `${marker} (suppressed)` : formatNumber(v, c.numberFormat));
  if (c.kind === 'bar') return `${c.title}. ${c.categories.map((cat, i) => `${cat}: ${value(c.series[0]?.values[i] ?? null)}`).join('; ')}.`;
  return `${c.title}. ${c.series.map((s) => `${s.name}: ${c.categories.map((cat, i) => `${cat} ${value(s.values[i] ?? null)}`).join(', ')}`).join('. ')}.`;
}

/**
 * The section's blocks under a heading of `level`; `capacity` null gives every indicator and chart
 * (the Snapshot handout for the first meeting).
 */
export function dataOverviewBlocks(s: Snapshot, capacity: string | null, level: 1 | 2 | 3): Block[] {
  const marker = s.suppression.marker;
  const sub = (Math.min(3, level + 1) as 1 | 2 | 3);
  const blocks: Block[] = [paragraph(`From the ${s.title}, ${s.period.label} (${s.period.start} to ${s.period.end}). Only aggregates are shown; "${marker}" marks a value suppressed to protect privacy.`)];
  if (s.notForPublication === true) blocks.push(paragraph('NOT FOR PUBLICATION: this Snapshot was made with a suppression threshold below the default and is for the agency only.'));
  const codes = capacity === null ? s.indicators.map((i) => i.code) : (SNAPSHOT_INDICATORS_BY_CAPACITY[capacity] ?? []);
  const indicators = codes.flatMap((code) => s.indicators.filter((i) => i.code === code));
  if (indicators.length > 0) {
    blocks.push(heading(sub, 'Federal indicators'), {
      kind: 'table',
      caption: 'Indicators',
      columns: [{ header: 'Indicator', width: 34 }, { header: 'Value', width: 16, align: 'right' }, { header: 'Counted', width: 34 }, { header: 'Better when', width: 16 }],
      rows: indicators.map((i) => [`${i.code} ${i.name}`, indicatorValue(i, marker), indicatorCounts(i, marker), i.higherIsBetter ? 'higher' : 'lower']),
    });
    blocks.push({ kind: 'facts', rows: indicators.map((i) => [`${i.code} ${i.name}`, i.definition] as const) });
  }
  const charts = snapshotCharts(s);
  const chosen = capacity === null ? charts : (SNAPSHOT_CHARTS_BY_CAPACITY[capacity] ?? []).flatMap((id) => charts.filter((c) => c.id === id));
  if (chosen.length > 0) blocks.push(heading(sub, capacity === null ? 'Trends and breakdowns' : 'Trends and breakdowns for this capacity'));
  for (const c of chosen) {
    blocks.push({ kind: 'figure', chart: c, caption: `Figure: ${c.title}`, description: chartDescription(c, marker) });
    if (c.kind === 'line') blocks.push(trendTable(c, marker));
  }
  if (capacity === null || (COMMUNITY_INDICATORS_FOR as readonly string[]).includes(capacity)) blocks.push(...communityBlocks(s, sub));
  blocks.push(paragraph(s.suppression.rule, 'note'));
  return blocks;
}

function indicatorValue(i: IndicatorResult, marker: string): string {
  if (i.suppressed) return marker;
  if (i.value === null) return i.note ?? 'not available';
  return i.unit === 'percent' ? `${formatNumber(i.value, '0.0')}%` : `${formatNumber(i.value, '0.0')} ${i.unit}`;
}

function indicatorCounts(i: IndicatorResult, marker: string): string {
  const n = (v: number | null): string => (v === null ? marker : formatNumber(v, '#,##0'));
  return `${i.numeratorLabel}: ${n(i.numerator)} of ${n(i.denominator)} (${i.denominatorLabel.toLowerCase()})`;
}

/** A line chart's numbers, period by period, so the trend can be read and quoted. */
function trendTable(c: ChartSpec, marker: string): Block {
  const share = 70 / Math.max(1, c.series.length);
  return {
    kind: 'table',
    caption: c.title,
    columns: [{ header: c.categoryAxisTitle || 'Period', width: 30 }, ...c.series.map((s) => ({ header: s.name, width: share, align: 'right' as const }))],
    rows: c.categories.map((cat, i) => [cat, ...c.series.map((s) => {
      const v = s.values[i] ?? null;
      return v === null ? marker : formatNumber(v, c.numberFormat);
    })]),
  };
}

/** Community indicators, each year by year: the trend a well-being report speaks to. */
function communityBlocks(s: Snapshot, level: 1 | 2 | 3): Block[] {
  if (s.community.length === 0) return [];
  const rows = [...s.community].sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
  return [
    heading(level, 'Community indicators'),
    {
      kind: 'table',
      caption: 'Community indicators',
      columns: [{ header: 'Indicator', width: 30 }, { header: 'Year', width: 10, align: 'right' }, { header: 'Value', width: 16, align: 'right' }, { header: 'Where and source', width: 44 }],
      rows: rows.map((r) => [r.indicator, String(r.year), r.suppressed ? s.suppression.marker : r.value === null ? 'not available' : communityValue(r.value, r.unit), `${r.geography}; ${r.source}`]),
    },
  ];
}

function communityValue(value: number, unit: string): string {
  if (/^percent$/i.test(unit)) return `${value}%`;
  if (/^number$/i.test(unit)) return formatNumber(value, '#,##0');
  return `${value} ${unit.replace(/^Rate per (\d+)(\d{3})$/i, 'per $1,$2')}`;
}

/** The first meeting's handout: the whole Snapshot's indicators, charts and community figures, for discussion. */
export function snapshotHandout(s: Snapshot, jurisdiction: { readonly id: string; readonly name: string }, draftDate: string): DocumentSpec {
  return {
    fileName: `${fileStem(jurisdiction.id)}-snapshot-overview.docx`,
    title: `${s.title}: for discussion`,
    subject: `${s.title}, ${s.period.label}`,
    footer: 'Child and Family Snapshot',
    parts: [{ header: { left: `${jurisdiction.name} · Child and Family Snapshot`, right: `Draft of ${draftDate}` }, orientation: 'portrait', blocks: [{ kind: 'title', text: s.title, subtitle: `${s.period.label}: ${s.period.start} to ${s.period.end}. For the first meeting's review and discussion.` }, ...dataOverviewBlocks(s, null, 1)] }],
  };
}
