// The eco-map's geometry: every partner placed once, no two things overlapping, the categories no
// partner covers shown as partners to add, the ties' styles and arrows, and labels inside circles.

import assert from 'node:assert/strict';
import { DEFAULT_STAKEHOLDER_CATEGORIES } from '../../../src/core';
import { ECO, ecoMapGeometry, ringPlan, svgTextWidth, wrap, type EcoMap, type Partner, type TieStrength } from '../../../src/core/engagement';
import { partner } from './fixtures';

const categories = DEFAULT_STAKEHOLDER_CATEGORIES;
const strengths: readonly (TieStrength | null)[] = ['strong', 'tenuous', 'stressful', null];

/** n partners spread over all but the last `skip` categories, with every strength and flow. */
function partners(n: number, skip = 2): Partner[] {
  const used = categories.slice(0, categories.length - skip);
  return Array.from({ length: n }, (_, i) =>
    partner(`Partner number ${i + 1} of the Riverbend region with a long name`, {
      category: used[i % used.length]?.id ?? null,
      strength: strengths[i % strengths.length] ?? null,
      flow: (['to-partner', 'to-agency', 'both', 'neither'] as const)[i % 4],
      level: i % 7 === 6 ? null : (i % 6) + 1,
      engagement: (['green', 'yellow', 'red', 'none'] as const)[i % 4],
    }),
  );
}

const map = (list: readonly Partner[]): EcoMap => ecoMapGeometry({ title: 'Test eco-map', agency: 'Riverbend County child welfare agency', partners: list, categories });

interface Disc { readonly what: string; readonly cx: number; readonly cy: number; readonly r: number }

function discs(m: EcoMap): Disc[] {
  return [
    { what: 'centre', cx: m.centre.cx, cy: m.centre.cy, r: m.centre.r },
    ...m.nodes.map((n) => ({ what: `node ${n.key}`, cx: n.cx, cy: n.cy, r: n.r })),
    ...m.wedges.map((w) => ({ what: `badge ${w.number}`, ...w.badge })),
  ];
}

describe('eco-map geometry', () => {
  for (const n of [0, 1, 2, 3, 9, 20, 24, 40, 120, 300, 600]) {
    describe(`${n} partners`, () => {
      const list = partners(n);
      const m = map(list);

      it('places every partner exactly once, and each uncovered category once as a partner to add', () => {
        const placed = m.nodes.filter((x) => x.kind === 'partner').map((x) => x.key).sort();
        assert.deepEqual(placed, list.map((p) => p.organisation).sort());
        const covered = new Set(list.map((p) => p.category));
        const missing = categories.filter((c) => !covered.has(c.id)).map((c) => c.id);
        assert.deepEqual(m.nodes.filter((x) => x.kind === 'toAdd').map((x) => x.key), missing);
        assert.ok(m.nodes.filter((x) => x.kind === 'toAdd').every((x) => x.engagement === null && x.text[0]?.text === 'Partner to add:'));
      });

      it('overlaps nothing: circles, the centre and the category badges keep apart', () => {
        const all = discs(m);
        for (let a = 0; a < all.length; a++) {
          for (let b = a + 1; b < all.length; b++) {
            const p = all[a] as Disc;
            const q = all[b] as Disc;
            const d = Math.hypot(p.cx - q.cx, p.cy - q.cy);
            assert.ok(d >= p.r + q.r + 2, `${p.what} and ${q.what} overlap (${d.toFixed(1)} < ${p.r + q.r})`);
          }
        }
      });

      it('keeps everything on the canvas, and the legend beside the map', () => {
        for (const d of discs(m)) {
          assert.ok(d.cx - d.r >= 0 && d.cy - d.r >= ECO.titleHeight && d.cx + d.r <= m.legend.x && d.cy + d.r <= m.height, `${d.what} is outside the map`);
        }
        assert.ok(m.legend.x + m.legend.width <= m.width && m.legend.y + m.legend.height <= m.height);
      });

      it('groups partners by category: each category\'s circles lie inside its wedge', () => {
        for (const node of m.nodes) {
          const w = m.wedges.find((x) => x.category === node.category);
          assert.ok(w, `no wedge for ${node.category}`);
          const angle = (Math.atan2(node.cx - m.centre.cx, m.centre.cy - node.cy) + 2 * Math.PI) % (2 * Math.PI);
          assert.ok(angle >= w.start - 1e-9 && angle <= w.end + 1e-9, `${node.key} is outside its wedge`);
        }
      });

      it('draws one tie per partner, from the agency\'s edge to the partner\'s, zigzag only when stressful', () => {
        assert.equal(m.ties.length, n);
        for (const t of m.ties) {
          const node = m.nodes.find((x) => x.key === t.partner);
          assert.ok(node);
          const first = t.points[0];
          const last = t.points[t.points.length - 1];
          assert.ok(first && last);
          assert.ok(Math.abs(Math.hypot(first.x - m.centre.cx, first.y - m.centre.cy) - (m.centre.r + 4)) < 0.01);
          assert.ok(Math.abs(Math.hypot(last.x - node.cx, last.y - node.cy) - (node.r + 4)) < 0.01);
          assert.equal(t.points.length > 2, t.strength === 'stressful');
        }
      });

      it('writes every label inside its circle, with the engagement colour as a word', () => {
        for (const node of m.nodes) {
          for (const line of node.text) {
            const dy = Math.abs(line.y - node.cy) + line.size * 0.7;
            const room = 2 * Math.sqrt(Math.max(0, node.r * node.r - dy * dy));
            assert.ok(svgTextWidth(line.text, line.size) <= room + 4, `"${line.text}" does not fit in ${node.key}`);
          }
          if (node.kind === 'partner') assert.match(node.text[node.text.length - 1]?.text ?? '', /^Level (\d|\?) · (Green|Yellow|Red|No dot)$/);
        }
      });
    });
  }

  it('uses one ring while it can, then more rings of equal size', () => {
    assert.deepEqual(ringPlan(1), { r0: ECO.minRing, count: 1, slots: 1 });
    assert.equal(ringPlan(20).count, 1);
    const big = ringPlan(300);
    assert.ok(big.count > 1 && big.slots >= 300 && big.slots % big.count === 0);
  });

  it('numbers the categories on the map and lists them in the legend', () => {
    const m = map(partners(12));
    assert.deepEqual(m.wedges.map((w) => w.number), categories.map((_, i) => i + 1));
    const legend = m.legend.entries.flatMap((e) => (e.kind === 'category' ? [e] : []));
    assert.equal(legend.length, categories.length);
    legend.slice(1).forEach((e, i) => {
      const above = legend[i];
      assert.ok(above && e.badge.cy - above.badge.cy >= 2 * e.badge.r + 2, `legend badges ${above?.number} and ${e.number} touch`);
      assert.ok(above && (e.lines[0]?.y ?? 0) - (above.lines[above.lines.length - 1]?.y ?? 0) >= 12, `legend labels ${above?.number} and ${e.number} overlap`);
    });
    assert.ok(m.legend.entries.some((e) => e.kind === 'toAdd'));
    assert.deepEqual(m.legend.entries.filter((e) => e.kind === 'tie').map((e) => (e.kind === 'tie' ? e.strength : '')), ['strong', 'tenuous', 'stressful', null]);
  });

  it('puts partners of an unknown category in a group of their own', () => {
    const m = map([partner('Somewhere', { category: null }), partner('Elsewhere', { category: 'tribal' })]);
    const unknown = m.wedges.find((w) => w.category === '');
    assert.ok(unknown);
    assert.equal(unknown.number, categories.length + 1);
    assert.equal(m.nodes.find((x) => x.key === 'Somewhere')?.category, '');
  });

  it('wraps long names and marks text cut short', () => {
    assert.deepEqual(wrap('Riverbend Juvenile and Family Court', 96, 11, 4), ['Riverbend', 'Juvenile and', 'Family Court']);
    const cut = wrap('A very long organisation name that will never fit into two short lines at all', 80, 11, 2);
    assert.equal(cut.length, 2);
    assert.ok(cut[1]?.endsWith('…'));
    assert.ok(cut.every((l) => svgTextWidth(l, 11) <= 80));
  });
});
