// The eco-map's geometry (computed in the core) as SVG text: wedges per membership category, ties
// styled by strength with arrowheads for resource flow, partner circles tinted by engagement colour
// with the colour also written inside, dashed empty circles for partners to add, and the legend.

import type { EngagementColour } from '../../src/core';
import type { EcoMap, LegendEntry, Point, ResourceFlow, TextLine, TieStrength } from '../../src/core/engagement';

/** DejaVu Sans comes with fontconfig on every Debian machine with LibreOffice; the others are fallbacks. */
export const ECOMAP_FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const INK = '#262626';
const TINT: Record<EngagementColour, { fill: string; stroke: string }> = {
  green: { fill: '#E2EFDA', stroke: '#548235' },
  yellow: { fill: '#FFF2CC', stroke: '#BF8F00' },
  red: { fill: '#F8CBAD', stroke: '#C00000' },
  none: { fill: '#FFFFFF', stroke: '#7F7F7F' },
};
const WEDGE = ['#F3F6FA', '#E4EAF2'] as const;

export function ecoMapSvg(map: EcoMap): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(map.width)}" height="${n(map.height)}" viewBox="0 0 ${n(map.width)} ${n(map.height)}" font-family="${ECOMAP_FONT}">`,
    `<title>${esc(map.title.text)}</title>`,
    `<desc>${esc(describe(map))}</desc>`,
    '<defs>',
    // Arrowheads drawn in user units, so every tie's arrow is the same size whatever its width.
    `<marker id="to-end" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="13" markerHeight="13" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L12,6 L0,12 z" fill="${INK}"/></marker>`,
    `<marker id="to-start" viewBox="0 0 12 12" refX="1" refY="6" markerWidth="13" markerHeight="13" markerUnits="userSpaceOnUse" orient="auto"><path d="M12,0 L0,6 L12,12 z" fill="${INK}"/></marker>`,
    '</defs>',
    `<rect x="0" y="0" width="${n(map.width)}" height="${n(map.height)}" fill="#FFFFFF"/>`,
    text(map.title, 'start'),
  ];
  const { cx, cy } = map.centre;
  for (const w of map.wedges) out.push(`<path d="${sector(cx, cy, w.inner, w.outer, w.start, w.end)}" fill="${WEDGE[w.shade]}" fill-rule="evenodd" stroke="#FFFFFF" stroke-width="2"/>`);
  for (const t of map.ties) out.push(tie(t.points, t.strength, t.flow));
  out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(map.centre.r)}" fill="#1F4E79" stroke="${INK}" stroke-width="2"/>`);
  for (const line of map.centre.text) out.push(text(line, 'middle', '#FFFFFF'));
  for (const node of map.nodes) {
    const style = node.engagement === null ? { fill: '#FFFFFF', stroke: '#7F7F7F' } : TINT[node.engagement];
    const dash = node.kind === 'toAdd' ? ' stroke-dasharray="7 5"' : '';
    out.push(`<circle cx="${n(node.cx)}" cy="${n(node.cy)}" r="${n(node.r)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="${node.kind === 'toAdd' ? 2 : 3}"${dash}/>`);
    for (const line of node.text) out.push(text(line, 'middle', node.kind === 'toAdd' ? '#595959' : INK));
  }
  for (const w of map.wedges) out.push(badge(w.badge.cx, w.badge.cy, w.badge.r, w.number));
  for (const entry of map.legend.entries) out.push(legend(entry));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** A text alternative for screen readers and search: who is on the map and who is to add. */
function describe(map: EcoMap): string {
  const partners = map.nodes.filter((x) => x.kind === 'partner').length;
  const toAdd = map.nodes.filter((x) => x.kind === 'toAdd').length;
  return `${partners} partners around the agency, ${toAdd} membership categories with no partner yet.`;
}

function tie(points: readonly Point[], strength: TieStrength | null, flow: ResourceFlow): string {
  const style =
    strength === 'strong' ? `stroke="${INK}" stroke-width="3.5"`
    : strength === 'tenuous' ? `stroke="${INK}" stroke-width="2" stroke-dasharray="9 6"`
    : strength === 'stressful' ? `stroke="${INK}" stroke-width="2" stroke-linejoin="round"`
    : 'stroke="#7F7F7F" stroke-width="1.5" stroke-dasharray="2 4"';
  const end = flow === 'to-partner' || flow === 'both' ? ' marker-end="url(#to-end)"' : '';
  const start = flow === 'to-agency' || flow === 'both' ? ' marker-start="url(#to-start)"' : '';
  return `<polyline points="${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" ${style}${start}${end}/>`;
}

function legend(entry: LegendEntry): string {
  switch (entry.kind) {
    case 'heading':
      return text(entry.text, 'start', '#1F4E79');
    case 'tie':
      return `${tie(entry.points, entry.strength, 'neither')}\n${text(entry.text, 'start')}`;
    case 'flow':
      return `${tie(entry.points, 'strong', entry.flow)}\n${text(entry.text, 'start')}`;
    case 'colour': {
      const b = entry.box;
      return `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="4" fill="${TINT[entry.colour].fill}" stroke="${TINT[entry.colour].stroke}" stroke-width="2"/>\n${text(entry.text, 'start')}`;
    }
    case 'toAdd':
      return `<circle cx="${n(entry.circle.cx)}" cy="${n(entry.circle.cy)}" r="${n(entry.circle.r)}" fill="#FFFFFF" stroke="#7F7F7F" stroke-width="2" stroke-dasharray="7 5"/>\n${text(entry.text, 'start')}`;
    case 'category':
      return [badge(entry.badge.cx, entry.badge.cy, entry.badge.r, entry.number), ...entry.lines.map((l) => text(l, 'start'))].join('\n');
  }
}

function badge(cx: number, cy: number, r: number, number: number): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="#FFFFFF" stroke="#1F4E79" stroke-width="2"/>\n<text x="${n(cx)}" y="${n(cy + r * 0.38)}" font-size="${n(r * 1.05)}" font-weight="bold" text-anchor="middle" fill="#1F4E79">${number}</text>`;
}

function text(line: TextLine, anchor: 'start' | 'middle', fill = INK): string {
  return `<text x="${n(line.x)}" y="${n(line.y)}" font-size="${n(line.size)}"${line.bold ? ' font-weight="bold"' : ''} text-anchor="${anchor}" fill="${fill}">${esc(line.text)}</text>`;
}

/** A ring sector between two radii and two angles (clockwise from the top); a whole ring when it goes all round. */
function sector(cx: number, cy: number, inner: number, outer: number, start: number, end: number): string {
  const at = (r: number, a: number): string => `${n(cx + r * Math.sin(a))},${n(cy - r * Math.cos(a))}`;
  if (end - start >= 2 * Math.PI - 1e-9) {
    const ring = (r: number): string => `M${at(r, 0)} A${n(r)},${n(r)} 0 1 1 ${at(r, Math.PI)} A${n(r)},${n(r)} 0 1 1 ${at(r, 0)} Z`;
    return `${ring(outer)} ${ring(inner)}`;
  }
  const large = end - start > Math.PI ? 1 : 0;
  return `M${at(inner, start)} L${at(outer, start)} A${n(outer)},${n(outer)} 0 ${large} 1 ${at(outer, end)} L${at(inner, end)} A${n(inner)},${n(inner)} 0 ${large} 0 ${at(inner, start)} Z`;
}

const n = (x: number): string => String(Math.round(x * 10) / 10);

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
