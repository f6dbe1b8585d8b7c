// The agency partners eco-map (slide 30; Hartman 1978) as geometry: the agency at the centre, each
// partner once in a circle around it, grouped by membership category in wedges, ties whose style
// shows their strength and arrows their resource flow, and an empty dashed circle for each category
// no partner covers. Pure: only the SVG text and the PNG are made at the edge.

import type { EngagementColour, StakeholderCategory } from '../defaults/stakeholders';
import { colourName } from './engagement-layout';
import type { Partner } from './engagement-types';
import type { ResourceFlow, TieStrength } from './vocabulary';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One line of text, centred on x, with its baseline at y. */
export interface TextLine {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
}

export interface EcoNode {
  readonly kind: 'partner' | 'toAdd';
  /** The partner's organisation, or the missing category's id. */
  readonly key: string;
  readonly category: string;
  readonly categoryNumber: number;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** Null for a partner to add. */
  readonly engagement: EngagementColour | null;
  readonly text: readonly TextLine[];
}

export interface EcoTie {
  readonly partner: string;
  readonly strength: TieStrength | null;
  readonly flow: ResourceFlow;
  /** From the agency's edge to the partner's: two points, or a zigzag's many. */
  readonly points: readonly Point[];
}

export interface EcoWedge {
  readonly category: string;
  readonly number: number;
  readonly label: string;
  /** Radians, clockwise from the top. */
  readonly start: number;
  readonly end: number;
  readonly inner: number;
  readonly outer: number;
  readonly badge: { readonly cx: number; readonly cy: number; readonly r: number };
  /** Alternate shading, so neighbouring wedges can be told apart. */
  readonly shade: 0 | 1;
}

export type LegendEntry =
  | { readonly kind: 'heading'; readonly text: TextLine }
  | { readonly kind: 'tie'; readonly strength: TieStrength | null; readonly from: Point; readonly points: readonly Point[]; readonly text: TextLine }
  | { readonly kind: 'flow'; readonly flow: ResourceFlow; readonly points: readonly Point[]; readonly text: TextLine }
  | { readonly kind: 'colour'; readonly colour: EngagementColour; readonly box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number }; readonly text: TextLine }
  | { readonly kind: 'toAdd'; readonly circle: { readonly cx: number; readonly cy: number; readonly r: number }; readonly text: TextLine }
  | { readonly kind: 'category'; readonly number: number; readonly badge: { readonly cx: number; readonly cy: number; readonly r: number }; readonly lines: readonly TextLine[] };

export interface EcoMap {
  readonly width: number;
  readonly height: number;
  readonly title: TextLine;
  readonly centre: { readonly cx: number; readonly cy: number; readonly r: number; readonly text: readonly TextLine[] };
  readonly wedges: readonly EcoWedge[];
  readonly ties: readonly EcoTie[];
  readonly nodes: readonly EcoNode[];
  readonly legend: { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly entries: readonly LegendEntry[] };
}

export interface EcoMapInput {
  readonly title: string;
  readonly agency: string;
  readonly partners: readonly Partner[];
  readonly categories: readonly StakeholderCategory[];
}

export const ECO = {
  nodeR: 60,
  /** Between two circles on a ring, and between rings. */
  gap: 16,
  centreR: 84,
  /** The smallest radius of the first ring: room for the arrows. */
  minRing: 84 + 60 + 70,
  /** Above this, partners go onto more rings instead of one ever larger one. */
  maxSingleRing: 560,
  badgeR: 13,
  margin: 30,
  titleHeight: 50,
  legendWidth: 440,
} as const;

const PITCH = 2 * ECO.nodeR + ECO.gap;

/** The label of partners whose category is blank or not one of the jurisdiction's. */
export const UNKNOWN_CATEGORY = { id: '', label: 'Membership category not given' } as const;

export function ecoMapGeometry(input: EcoMapInput): EcoMap {
  const groups = categoryGroups(input);
  const slotsNeeded = groups.reduce((n, g) => n + g.members.length, 0);
  const rings = ringPlan(slotsNeeded);
  const lastRing = rings.r0 + (rings.count - 1) * PITCH;
  const outer = lastRing + ECO.nodeR + 12;
  // Badges sit one slot apart at least, so this radius keeps them from touching.
  const badgeRing = Math.max(outer + ECO.badgeR + 8, rings.slots > 1 ? (2 * ECO.badgeR + 6) / (2 * Math.sin(Math.PI / rings.slots)) : 0);
  const mapR = badgeRing + ECO.badgeR + ECO.margin;
  const cx = mapR;
  const cy = ECO.titleHeight + mapR;
  const angleOf = (slot: number): number => (2 * Math.PI * (slot + 0.5)) / rings.slots;
  const at = (angle: number, radius: number): Point => ({ x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) });

  const nodes: EcoNode[] = [];
  const ties: EcoTie[] = [];
  const wedges: EcoWedge[] = [];
  let slot = 0;
  groups.forEach((g, gi) => {
    const start = (2 * Math.PI * slot) / rings.slots;
    for (const m of g.members) {
      const angle = angleOf(slot);
      const p = at(angle, rings.r0 + (slot % rings.count) * PITCH);
      nodes.push(m.partner === null ? toAddNode(g, p) : partnerNode(m.partner, g, p));
      if (m.partner !== null) {
        const from = at(angle, ECO.centreR + 4);
        const to = at(angle, rings.r0 + (slot % rings.count) * PITCH - ECO.nodeR - 4);
        ties.push({ partner: m.partner.organisation, strength: m.partner.strength, flow: m.partner.flow, points: m.partner.strength === 'stressful' ? zigzag(from, to) : [from, to] });
      }
      slot += 1;
    }
    const end = (2 * Math.PI * slot) / rings.slots;
    const b = at((start + end) / 2, badgeRing);
    wedges.push({ category: g.id, number: g.number, label: g.label, start, end, inner: ECO.centreR + 18, outer, badge: { cx: b.x, cy: b.y, r: ECO.badgeR }, shade: (gi % 2) as 0 | 1 });
  });

  const legendX = 2 * mapR + 10;
  const legend = legendEntries(legendX, ECO.titleHeight, groups, input.partners.some((p) => p.strength === null));
  const height = ECO.titleHeight + Math.max(2 * mapR, legend.height + ECO.margin);
  return {
    width: legendX + ECO.legendWidth + ECO.margin,
    height,
    title: { x: ECO.margin, y: 32, text: input.title, size: 20, bold: true },
    centre: { cx, cy, r: ECO.centreR, text: block(cx, cy, wrap(input.agency, 2 * ECO.centreR * 0.8, 13, 4).map((t) => ({ text: t, size: 13, bold: true }))) },
    wedges,
    ties,
    nodes,
    legend,
  };
}

interface CategoryGroup {
  readonly id: string;
  readonly number: number;
  readonly label: string;
  /** The partners in the category, or one empty member: the partner to add. */
  readonly members: readonly { readonly partner: Partner | null }[];
}

/** Partners by category in the jurisdiction's order, highest level first; uncovered categories get one empty member. */
function categoryGroups(input: EcoMapInput): CategoryGroup[] {
  const known = new Set(input.categories.map((c) => c.id));
  const byLevel = (a: Partner, b: Partner): number => (b.level ?? 0) - (a.level ?? 0) || a.organisation.localeCompare(b.organisation);
  const groups: CategoryGroup[] = input.categories.map((c, i) => {
    const mine = input.partners.filter((p) => p.category === c.id).sort(byLevel);
    return { id: c.id, number: i + 1, label: c.label, members: mine.length === 0 ? [{ partner: null }] : mine.map((partner) => ({ partner })) };
  });
  const other = input.partners.filter((p) => p.category === null || !known.has(p.category)).sort(byLevel);
  if (other.length > 0) groups.push({ id: UNKNOWN_CATEGORY.id, number: groups.length + 1, label: UNKNOWN_CATEGORY.label, members: other.map((partner) => ({ partner })) });
  return groups;
}

/**
 * Rings and slots so that no two circles touch: circles on one ring are at least PITCH apart (their
 * chord), rings PITCH apart. Slot i lies on ring i mod count, so neighbours in angle alternate rings
 * and every ring holds the same number of circles.
 */
export function ringPlan(n: number): { readonly r0: number; readonly count: number; readonly slots: number } {
  const fits = (r: number): number => Math.floor(Math.PI / Math.asin(Math.min(1, PITCH / (2 * r))));
  if (n <= 1) return { r0: ECO.minRing, count: 1, slots: Math.max(n, 1) };
  const single = PITCH / (2 * Math.sin(Math.PI / n)) + 0.5;
  if (single <= ECO.maxSingleRing) return { r0: Math.max(ECO.minRing, single), count: 1, slots: n };
  const perRing = fits(ECO.maxSingleRing);
  const count = Math.ceil(n / perRing);
  return { r0: ECO.maxSingleRing, count, slots: Math.ceil(n / count) * count };
}

function partnerNode(p: Partner, g: CategoryGroup, at: Point): EcoNode {
  const name = wrap(p.organisation, 2 * ECO.nodeR * 0.8, 11, 4).map((t) => ({ text: t, size: 11, bold: true }));
  const status = `${p.level === null ? 'Level ?' : `Level ${p.level}`} · ${colourName(p.engagement)}`;
  return { kind: 'partner', key: p.organisation, category: g.id, categoryNumber: g.number, cx: at.x, cy: at.y, r: ECO.nodeR, engagement: p.engagement, text: block(at.x, at.y, [...name, { text: status, size: 10, bold: false }]) };
}

function toAddNode(g: CategoryGroup, at: Point): EcoNode {
  const lines = [{ text: 'Partner to add:', size: 10, bold: true }, ...wrap(g.label, 2 * ECO.nodeR * 0.8, 10, 4).map((t) => ({ text: t, size: 10, bold: false }))];
  return { kind: 'toAdd', key: g.id, category: g.id, categoryNumber: g.number, cx: at.x, cy: at.y, r: ECO.nodeR, engagement: null, text: block(at.x, at.y, lines) };
}

/** Lines stacked and centred vertically on (x, y). */
function block(x: number, y: number, lines: readonly { text: string; size: number; bold: boolean }[]): TextLine[] {
  const height = lines.reduce((h, l) => h + l.size * 1.25, 0);
  let top = y - height / 2;
  return lines.map((l) => {
    top += l.size * 1.25;
    return { x, y: top - l.size * 0.3, text: l.text, size: l.size, bold: l.bold };
  });
}

/** A zigzag between two points, straight for a little at each end so arrowheads sit on a straight line. */
function zigzag(from: Point, to: Point): Point[] {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const ends = 14;
  const step = 8;
  const teeth = Math.max(2, Math.floor((length - 2 * ends) / step));
  const ux = dx / length;
  const uy = dy / length;
  const points: Point[] = [from, { x: from.x + ux * ends, y: from.y + uy * ends }];
  const run = (length - 2 * ends) / teeth;
  for (let i = 1; i < teeth; i++) {
    const along = ends + i * run;
    const side = i % 2 === 0 ? -6 : 6;
    points.push({ x: from.x + ux * along - uy * side, y: from.y + uy * along + ux * side });
  }
  points.push({ x: to.x - ux * ends, y: to.y - uy * ends }, to);
  return points;
}

/** Approximate advance widths of DejaVu Sans, the font the rendering uses, in ems. */
export function svgTextWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[iljtfr.,;:'|!() ]/.test(ch) ? 0.36 : /[mwMW]/.test(ch) ? 0.9 : /[A-Z0-9]/.test(ch) ? 0.7 : 0.6;
  return em * size;
}

/** Words wrapped into lines no wider than `width`, at most `maxLines`; "…" marks text cut short. */
export function wrap(text: string, width: number, size: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i++] ?? '';
    while (i < words.length && svgTextWidth(`${line} ${words[i] ?? ''}`, size) <= width) line += ` ${words[i++] ?? ''}`;
    lines.push(line);
  }
  if (i < words.length) lines[lines.length - 1] = `${lines[lines.length - 1] ?? ''}…`;
  return lines.map((l) => shorten(l, width, size));
}

function shorten(line: string, width: number, size: number): string {
  if (svgTextWidth(line, size) <= width) return line;
  let base = line.replace(/…$/, '');
  while (base.length > 1 && svgTextWidth(`${base}…`, size) > width) base = base.slice(0, -1);
  return `${base.trimEnd()}…`;
}

function legendEntries(x: number, y: number, groups: readonly CategoryGroup[], anyUnknownStrength: boolean): EcoMap['legend'] {
  const entries: LegendEntry[] = [];
  let top = y + 10;
  const text = (t: string, tx: number, size = 12, bold = false): TextLine => ({ x: tx, y: top, text: t, size, bold });
  const heading = (t: string): void => {
    top += 26;
    entries.push({ kind: 'heading', text: text(t, x, 14, true) });
    top += 8;
  };
  const row = (): number => {
    top += 22;
    return top - 4;
  };
  heading('Tie with the agency');
  const strengths: [TieStrength | null, string][] = [['strong', 'Strong: solid line'], ['tenuous', 'Tenuous: dashed line'], ['stressful', 'Stressful: zigzag line']];
  if (anyUnknownStrength) strengths.push([null, 'Strength not given: dotted line']);
  for (const [strength, label] of strengths) {
    const mid = row();
    const from = { x, y: mid };
    const to = { x: x + 70, y: mid };
    entries.push({ kind: 'tie', strength, from, points: strength === 'stressful' ? zigzag(from, to) : [from, to], text: text(label, x + 84) });
  }
  heading('Resources and energy flow');
  const flows: [ResourceFlow, string][] = [['to-partner', 'Arrow at the partner: from the agency'], ['to-agency', 'Arrow at the agency: from the partner'], ['both', 'Arrows at both ends: both ways']];
  for (const [flow, label] of flows) {
    const mid = row();
    entries.push({ kind: 'flow', flow, points: [{ x, y: mid }, { x: x + 70, y: mid }], text: text(label, x + 84) });
  }
  heading('Engagement colour (also written in each circle)');
  const colours: [EngagementColour, string][] = [['green', 'Green: keep positive involvement'], ['yellow', 'Yellow: improve the relationship'], ['red', 'Red: heal and re-involve'], ['none', 'No dot: begin the relationship']];
  for (const [colour, label] of colours) {
    const mid = row();
    entries.push({ kind: 'colour', colour, box: { x, y: mid - 8, w: 70, h: 16 }, text: text(label, x + 84) });
  }
  heading('Partners to add');
  top += 30;
  entries.push({ kind: 'toAdd', circle: { cx: x + 35, cy: top - 14, r: 20 }, text: text('Dashed empty circle: a category no partner covers', x + 84) });
  top += 6;
  heading('Membership categories (numbered on the map)');
  for (const g of groups) {
    const lines = wrap(g.label, ECO.legendWidth - 40, 11, 3);
    top += 24;
    const first = top;
    const textLines = lines.map((l, i) => ({ x: x + 34, y: first + i * 14, text: l, size: 11, bold: false }));
    top += (lines.length - 1) * 14;
    entries.push({ kind: 'category', number: g.number, badge: { cx: x + 12, cy: first - 4, r: ECO.badgeR - 2 }, lines: textLines });
  }
  return { x, y, width: ECO.legendWidth, height: top - y + 10, entries };
}
