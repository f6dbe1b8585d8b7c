// The Service Array Assessment Report of a capacity, drafted from the plan workbook as people left it
// (and the Snapshot): the seven sections as headings, every evidence, comment, need and conclusion the
// groups wrote, attributed; the capacity's action steps in an appendix. Also the consolidated report.

import type { PlanStep, ReportConclusion, ReportItem } from '../merge/merge-types';
import type { Snapshot } from '../snapshot/snapshot-model';
import { dataOverviewBlocks } from './data-overview';
import { deeper, fileStem, heading, paragraph, type Block, type DocumentPart, type DocumentSpec } from './document-model';
import { REPORT_SECTIONS, type DistributionRead, type PlanWorkbook, type ReportSheetRead } from './plan-workbook';
import { stepsTable } from './plan-document';

export interface ReportInputs {
  readonly plan: PlanWorkbook;
  readonly snapshot: Snapshot | null;
  /** The draft's date, printed in every page header. */
  readonly draftDate: string;
}

export const REPORT_FOOTER = 'Service Array Assessment Report';
const PRIORITY_ORDER = ['High', 'Medium', 'Low'];

export function reportFileName(jurisdictionId: string, capacity: string | null): string {
  return `${fileStem(jurisdictionId)}-${capacity === null ? '' : `${fileStem(capacity)}-`}assessment-report.docx`;
}

/** One capacity's report, a document of its own. */
export function capacityReport(inputs: ReportInputs, r: ReportSheetRead): DocumentSpec {
  const { plan } = inputs;
  const blocks: Block[] = [
    { kind: 'title', text: `${r.name}: Service Array Assessment Report`, subtitle: `${plan.jurisdiction.name}. Outcome: ${r.outcome}` },
    ...intro(inputs, r),
    ...reportBlocks(inputs, r, 0),
    heading(1, `Appendix: action steps for ${r.capacity}`),
    ...appendix(plan, r.capacity),
  ];
  return {
    fileName: reportFileName(plan.jurisdiction.id, r.capacity),
    title: `${r.name}: Service Array Assessment Report`,
    subject: `${plan.jurisdiction.name} Service Array Assessment Report, ${r.name}`,
    footer: REPORT_FOOTER,
    parts: [{ header: header(inputs, r.name), orientation: 'portrait', blocks }],
  };
}

/** Every capacity's report in one document: a part per capacity (its own page header), then all action steps. */
export function consolidatedReport(inputs: ReportInputs): DocumentSpec {
  const { plan } = inputs;
  const title = `${plan.jurisdiction.name}: Service Array Assessment Report`;
  const front: DocumentPart = {
    header: header(inputs, 'All capacities'),
    orientation: 'portrait',
    blocks: [
      { kind: 'title', text: title, subtitle: `All ${plan.reports.length} capacities, drafted from the consolidated plan as of ${plan.asOf}.` },
      paragraph('Each capacity’s report follows in its seven sections: Executive Summary, Overview of the Data, the four assessments and Overall Conclusions. The work groups’ evidence, comments, needs and conclusions are given as they wrote them, each with the group that wrote it. Every action step of the plan is in the appendix.'),
      heading(1, 'At a glance'),
      atAGlance(plan),
    ],
  };
  const parts = plan.reports.map((r): DocumentPart => ({ header: header(inputs, r.name), orientation: 'portrait', blocks: [heading(1, r.name), paragraph(`Outcome: ${r.outcome}`), ...intro(inputs, r), ...reportBlocks(inputs, r, 1)] }));
  const appendixPart: DocumentPart = {
    header: header(inputs, 'Action steps'),
    orientation: 'portrait',
    blocks: [heading(1, 'Appendix: action steps by capacity'), ...plan.reports.flatMap((r) => [heading(2, r.name), ...appendix(plan, r.capacity)])],
  };
  return { fileName: reportFileName(plan.jurisdiction.id, null), title, subject: `${plan.jurisdiction.name} Service Array Assessment Report, all capacities`, footer: REPORT_FOOTER, parts: [front, ...parts, appendixPart] };
}

const header = (inputs: ReportInputs, what: string): DocumentPart['header'] => ({ left: `${inputs.plan.jurisdiction.name} · ${what}`, right: `Draft of ${inputs.draftDate}` });

function intro(inputs: ReportInputs, r: ReportSheetRead): Block[] {
  return [paragraph(`Work group${/,/.test(r.groups) ? 's' : ''}: ${r.groups}. Drafted on ${inputs.draftDate} from the consolidated plan (${inputs.plan.file}, as of ${inputs.plan.asOf})${inputs.snapshot === null ? '' : ` and the ${inputs.snapshot.title}, ${inputs.snapshot.period.label}`}. A draft for the work group’s reporter to finish.`, 'note')];
}

/** The seven sections; `shift` 1 nests them one heading level down. */
function reportBlocks(inputs: ReportInputs, r: ReportSheetRead, shift: 0 | 1): Block[] {
  const { plan, snapshot } = inputs;
  const h1 = deeper(1, shift);
  const h2 = deeper(2, shift);
  const section = (n: number): Block => heading(h1, `${n}. ${REPORT_SECTIONS[n - 1] ?? ''}`);
  const facts = (n: number, skip: (label: string) => boolean = () => false): Block[] => {
    const rows = (r.facts[n - 1] ?? []).filter(([label]) => !skip(label));
    return rows.length === 0 ? [] : [{ kind: 'facts', rows }];
  };
  return [
    section(1),
    r.executiveSummary === ''
      ? paragraph(`Write the Executive Summary here: last, once the sections below are settled, and shorter than the Overall Conclusions. Or write it in the plan workbook’s ${r.capacity} Report sheet, beside “Executive Summary”: the next merge and the next draft keep it.`, 'placeholder')
      : paragraph(r.executiveSummary),
    ...facts(1),
    section(2),
    ...(snapshot !== null
      ? dataOverviewBlocks(snapshot, r.capacity, h1)
      : overviewFromPlan(facts(2, (label) => label === 'Snapshot'))),
    section(3),
    ...itemBlocks(plan, r, 'Practice', r.practice, h2),
    section(4),
    ...itemBlocks(plan, r, 'Leadership', r.leadership, h2),
    section(5),
    ...serviceBlocks(plan, r, h2),
    section(6),
    ...needBlocks(plan, r),
    section(7),
    ...facts(7),
    ...conclusionBlocks(r.conclusions, h2),
  ];
}

/** Without a Snapshot, what the plan workbook's Overview lines say (from the merge's --snapshot), and how to draft more. */
function overviewFromPlan(lines: Block[]): Block[] {
  if (lines.length === 0) return [paragraph('No Child and Family Snapshot was given: draft again with --snapshot snapshot.json for this capacity’s indicators, their definitions, trends and charts.', 'placeholder')];
  return [...lines, paragraph('As the plan workbook gives them. Draft again with --snapshot snapshot.json for the indicators’ definitions, trends and charts.', 'note')];
}

/** A rating as its level's label ("3 Partially in place"), or as the group gave it. */
function ratingLabel(plan: PlanWorkbook, rating: string): string {
  return plan.scale.levels.find((l) => l.split(' ')[0] === rating) ?? rating;
}

function itemBlocks(plan: PlanWorkbook, r: ReportSheetRead, assessment: 'Practice' | 'Leadership', notes: readonly ReportItem[], level: 1 | 2 | 3): Block[] {
  const n = assessment === 'Practice' ? 3 : 4;
  const distribution = plan.ratings.find((d) => d.capacity === r.capacity && (assessment === 'Practice' ? d.measure === 'Practice' : d.measure.startsWith('Leadership')));
  const rated = plan.evidence.filter((e) => e.capacity === r.capacity && e.assessment === assessment);
  const blocks: Block[] = [];
  const facts = r.facts[n - 1] ?? [];
  if (facts.length > 0) blocks.push({ kind: 'facts', rows: facts });
  if (distribution !== undefined) blocks.push(heading(level, 'How the items were rated'), distributionTable(plan, distribution));
  if (rated.length > 0) {
    // One group: each item's rating; several (regions pooling a capacity): how many gave each rating.
    const groups = new Set(rated.map((e) => e.groupId));
    const items = new Map<string, { id: string; item: string; ratings: string[] }>();
    for (const e of rated) {
      const key = `${e.itemId}\u0000${e.item}`;
      const entry = items.get(key) ?? { id: e.itemId, item: e.item, ratings: [] };
      entry.ratings.push(e.rating);
      items.set(key, entry);
    }
    blocks.push(heading(level, 'Items and their ratings'), {
      kind: 'table',
      caption: `${assessment} items`,
      columns: [{ header: 'Item id', width: 12 }, { header: 'Item', width: 48 }, { header: groups.size === 1 ? `Rating (${[...groups][0] ?? ''})` : `Ratings (${groups.size} groups)`, width: 40 }],
      rows: [...items.values()].map((i) => [i.id, i.item, groups.size === 1 ? i.ratings.map((x) => ratingLabel(plan, x)).join('; ') : tally(plan, i.ratings)]),
    });
  }
  // Several groups pooling a capacity: each item's evidence together, in the order the items come.
  const order = new Map<string, number>();
  for (const x of notes) if (!order.has(x.item)) order.set(x.item, order.size);
  const byItem = [...notes].sort((a, b) => (order.get(a.item) ?? 0) - (order.get(b.item) ?? 0));
  blocks.push(heading(level, 'Evidence and comments'));
  blocks.push(
    byItem.length === 0
      ? paragraph('No evidence or comments written.')
      : {
          kind: 'table',
          caption: `${assessment}: evidence and comments`,
          columns: [{ header: 'Group', width: 9 }, { header: 'Item', width: 19 }, { header: 'Rating', width: 11 }, { header: 'Evidence', width: 33 }, { header: 'Comment', width: 28 }],
          rows: byItem.map((x) => [x.groupId, x.itemId === '' ? x.item : `${x.itemId} ${x.item}`, x.rating, x.evidence, x.comment]),
        },
  );
  return blocks;
}

/** "3 Partially in place: 4; 2 Emerging: 10", most given first. */
function tally(plan: PlanWorkbook, ratings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const x of ratings) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([x, c]) => `${ratingLabel(plan, x)}: ${c}`).join('; ');
}

function distributionTable(plan: PlanWorkbook, d: DistributionRead): Block {
  return {
    kind: 'table',
    caption: `${d.capacity} ${d.measure}: distribution`,
    columns: [{ header: 'Rating', width: 60 }, { header: 'Items', width: 40, align: 'right' }],
    rows: [...plan.scale.levels.map((l, i) => [l, String(d.counts[i] ?? 0)]), [plan.scale.dontKnow, String(d.dontKnow)], ['Not rated', String(d.unrated)], ['Average (1–4)', d.average === '' ? 'none rated' : d.average]],
  };
}

function serviceBlocks(plan: PlanWorkbook, r: ReportSheetRead, level: 1 | 2 | 3): Block[] {
  const blocks: Block[] = [];
  const facts = r.facts[4] ?? [];
  if (facts.length > 0) blocks.push({ kind: 'facts', rows: facts });
  const dims = plan.ratings.filter((d) => d.capacity === r.capacity && d.measure.startsWith('Services'));
  if (dims.length > 0) {
    const share = 54 / (plan.scale.levels.length + 2);
    blocks.push(heading(level, 'How the services were rated'), {
      kind: 'table',
      caption: `${r.capacity} services: distribution`,
      columns: [{ header: 'Rated on', width: 34 }, ...plan.scale.levels.map((l) => ({ header: l, width: share, align: 'right' as const })), { header: plan.scale.dontKnow, width: share, align: 'right' }, { header: 'Not rated', width: share, align: 'right' }, { header: 'Average', width: 12, align: 'right' }],
      rows: dims.map((d) => [d.measure.replace(/^Services: /, ''), ...d.counts.map(String), String(d.dontKnow), String(d.unrated), d.average]),
    });
  }
  const services = plan.services.filter((s) => s.capacities.includes(r.capacity));
  blocks.push(heading(level, 'The services and what stands out'));
  if (services.length === 0) return [...blocks, paragraph('No services listed.')];
  const rating = (label: string, v: string): string => `${label} ${v === '' ? '–' : v}`;
  blocks.push(
    paragraph('Ratings 1–4, averaged over the groups that listed the service; a service rated 2 or lower on average for availability or accessibility stands out.', 'note'),
    {
      kind: 'table',
      caption: `${r.capacity} services`,
      columns: [{ header: 'Service and provider', width: 28 }, { header: 'Ratings', width: 24 }, { header: 'What stands out', width: 19 }, { header: 'Comments', width: 29 }],
      // Low ones first: what a reporter speaks to.
      rows: [...services].sort((a, b) => Number(b.low) - Number(a.low)).map((s) => [
        `${s.service}\n${s.provider}${s.listedBy === '' ? '' : `\nListed by ${s.listedBy}`}`,
        [rating('Availability', s.availability), rating('Accessibility', s.accessibility), rating('Quality', s.quality), rating('Individualization', s.individualization)].join('\n'),
        s.concerns,
        s.comments,
      ]),
    },
  );
  return blocks;
}

function needBlocks(plan: PlanWorkbook, r: ReportSheetRead): Block[] {
  if (r.needs.length === 0) return [...factsOf(r, 6), paragraph('No needed new services listed.')];
  const rank = new Map(plan.needRanks.map((n) => [n.service, n.rank] as const));
  const order = (p: string): number => {
    const i = PRIORITY_ORDER.indexOf(p);
    return i < 0 ? PRIORITY_ORDER.length : i;
  };
  // Ranked as the plan ranks service types across all groups, then by priority.
  const ranked = r.needs.map((n, i) => ({ n, i, rank: rank.get(n.service) ?? Number.MAX_SAFE_INTEGER })).sort((a, b) => a.rank - b.rank || order(a.n.priority) - order(b.n.priority) || a.i - b.i);
  return [
    ...factsOf(r, 6),
    paragraph('Ranked as the plan ranks service types across all work groups (how many groups named it, then the highest priority given), then by priority.', 'note'),
    {
      kind: 'table',
      caption: `${r.capacity} needs`,
      columns: [{ header: 'Rank', width: 7, align: 'right' }, { header: 'Need', width: 23 }, { header: 'Service type', width: 15 }, { header: 'Evidence', width: 24 }, { header: 'Proposed service or practice', width: 19 }, { header: 'Priority, group', width: 12 }],
      rows: ranked.map(({ n, rank: k }) => [k === Number.MAX_SAFE_INTEGER ? '' : String(k), n.need, n.service, n.evidence, n.proposed, [n.priority, n.groupId].filter((x) => x !== '').join('\n')]),
    },
  ];
}

const factsOf = (r: ReportSheetRead, n: number): Block[] => ((r.facts[n - 1] ?? []).length === 0 ? [] : [{ kind: 'facts', rows: r.facts[n - 1] ?? [] }]);

function conclusionBlocks(conclusions: readonly ReportConclusion[], level: 1 | 2 | 3): Block[] {
  const table = (title: string, rows: readonly ReportConclusion[], kindColumn: boolean): Block[] => [
    heading(level, title),
    rows.length === 0
      ? paragraph('None written yet.')
      : {
          kind: 'table',
          caption: title,
          columns: [...(kindColumn ? [{ header: 'Kind', width: 10 }] : []), { header: 'Finding', width: kindColumn ? 34 : 40 }, { header: 'From assessment', width: 14 }, { header: 'Evidence', width: kindColumn ? 32 : 36 }, { header: 'Group', width: 10 }],
          rows: rows.map((c) => [...(kindColumn ? [c.kind] : []), c.finding, c.assessment, c.evidence, c.groupId]),
        },
  ];
  const others = conclusions.filter((c) => c.kind !== 'Strength' && c.kind !== 'Gap');
  return [
    ...table('Strengths', conclusions.filter((c) => c.kind === 'Strength'), false),
    ...table('Gaps', conclusions.filter((c) => c.kind === 'Gap'), false),
    ...(others.length === 0 ? [] : table('Other conclusions', others, true)),
  ];
}

function appendix(plan: PlanWorkbook, capacity: string): Block[] {
  const steps: PlanStep[] = plan.steps.filter((s) => s.capacity === capacity);
  return steps.length === 0 ? [paragraph('No action steps for this capacity in the plan yet.')] : [stepsTable(steps, `${capacity} action steps`, true)];
}

/** One column per capacity, one row per figure: seven capacities fit a page across, nine figures would not. */
function atAGlance(plan: PlanWorkbook): Block {
  const avg = (cap: string, measure: (m: string) => boolean): string => plan.ratings.find((d) => d.capacity === cap && measure(d.measure))?.average ?? '';
  const figures: [string, (r: ReportSheetRead) => string][] = [
    ['Work groups', (r) => {
      const ids = r.groups.replace(/\s*\(.*\)$/, '').split(/\s*,\s*/);
      return ids.length > 3 ? `${ids.length} groups` : r.groups;
    }],
    ['Practice: average rating', (r) => avg(r.capacity, (m) => m === 'Practice')],
    ['Leadership: average rating', (r) => avg(r.capacity, (m) => m.startsWith('Leadership'))],
    ['Services rated low', (r) => String(plan.services.filter((s) => s.low && s.capacities.includes(r.capacity)).length)],
    ['Needed new services', (r) => String(r.needs.length)],
    ['Strengths', (r) => String(r.conclusions.filter((c) => c.kind === 'Strength').length)],
    ['Gaps', (r) => String(r.conclusions.filter((c) => c.kind === 'Gap').length)],
    ['Action steps', (r) => String(plan.steps.filter((s) => s.capacity === r.capacity).length)],
  ];
  return {
    kind: 'table',
    caption: 'At a glance',
    columns: [{ header: 'Capacity', width: 30 }, ...plan.reports.map((r) => ({ header: r.capacity, width: 70 / Math.max(1, plan.reports.length), align: 'right' as const }))],
    rows: figures.map(([label, value]) => [label, ...plan.reports.map(value)]),
  };
}
