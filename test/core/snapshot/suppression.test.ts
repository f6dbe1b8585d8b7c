import assert from 'node:assert/strict';
import {
  ProtectionProver, type LinkedSystem, type LinearRelation, additive, breakdownTable, checkSuppression, eq, le, markHidden, redactTable, suppressLinked,
} from '../../../src/core/snapshot';

/** A hand-made linked system: every key is a core count of period 0 unless listed as this release's own. */
function system(values: Record<string, number>, relations: LinearRelation[], own: string[] = []): LinkedSystem {
  const cells = new Map(Object.entries(values).map(([k, v]) => [k, { value: v, period: 0, core: !own.includes(k) }]));
  return { cells, relations, sensitive: [] };
}

const proves = (sys: LinkedSystem, hidden: string[], key: string): boolean =>
  new ProtectionProver({ values: new Map([...sys.cells].map(([k, c]) => [k, c.value])), hidden: new Set(hidden), relations: sys.relations }).prove(key);

describe('the protection prover', () => {
  it('proves two hidden parts of a shown total of 12, and not one hidden part alone', () => {
    const sys = system({ T: 12, a: 5, b: 7 }, [additive('T', ['a', 'b'])]);
    assert.equal(proves(sys, ['a', 'b'], 'a'), true);
    assert.equal(proves(sys, ['a'], 'a'), false, 'a = T − b');
  });

  it('does not prove two hidden ones of a total of 2, or parts of 3 (ranges of 1 and 2 values)', () => {
    assert.equal(proves(system({ T: 2, a: 1, b: 1 }, [additive('T', ['a', 'b'])]), ['a', 'b'], 'a'), false);
    assert.equal(proves(system({ T: 3, a: 1, b: 2 }, [additive('T', ['a', 'b'])]), ['a', 'b'], 'a'), false, 'a ∈ {1, 2}');
    assert.equal(proves(system({ T: 4, a: 1, b: 3 }, [additive('T', ['a', 'b'])]), ['a', 'b'], 'a'), true, 'a ∈ {1, 2, 3}');
  });

  it('sees the trend column against the front door: substantiated 16, 25 substantiated or indicated, indicated 9', () => {
    const sys = system({ CR: 65, VR: 25, sub: 16, ind: 9, unsub: 40, other: 0 }, [additive('CR', ['sub', 'ind', 'unsub', 'other']), additive('VR', ['sub', 'ind'])]);
    assert.equal(proves(sys, ['ind', 'unsub'], 'ind'), false, 'indicated = 25 − 16, though the disposition table alone would hide it');
    assert.equal(proves(sys, ['ind', 'unsub', 'sub', 'VR'], 'ind'), true);
  });

  it('sees stock and flow: in care 25, entries 27, in care 45 give exits 7', () => {
    const sys = system({ I0: 25, E: 27, X: 7, I1: 45 }, [eq(['I1', 1], ['I0', -1], ['E', -1], ['X', 1])]);
    assert.equal(proves(sys, ['X'], 'X'), false);
    assert.equal(proves(sys, ['X', 'E'], 'X'), true);
  });

  it('honours bounds: a hidden count ≤ a shown total leaves no room above', () => {
    const sys = system({ T: 9, a: 8 }, [le(['a', 1], ['T', -1])]);
    assert.equal(proves(sys, ['a'], 'a'), true, 'a may be 6 (down) and 9: the range is 1–9');
    assert.equal(proves(system({ T: 2, a: 2 }, [le(['a', 1], ['T', -1])]), ['a'], 'a'), false, 'a ∈ {1, 2}');
  });
});

describe('linked suppression', () => {
  it('hides counts 1–10, adds the complement the linked system needs, and the checker agrees', () => {
    const sys = system({ CR: 65, VR: 25, sub: 16, ind: 9, unsub: 40, other: 0 }, [additive('CR', ['sub', 'ind', 'unsub', 'other']), additive('VR', ['sub', 'ind'])]);
    const hidden = suppressLinked(sys, 10);
    assert.deepEqual([...hidden].sort(), ['ind', 'sub'], 'substantiated hides indicated (25 = 16 + 9); zero stays shown');
    const t = breakdownTable({ labels: ['Substantiated', 'Indicated', 'Unsubstantiated', 'Other'], counts: [16, 9, 40, 0], additive: true, total: 65 }, {
      id: 'd', title: 'd', category: 'child-report', totalKey: 'CR', totalLabel: 'All', partKey: (i) => ['sub', 'ind', 'unsub', 'other'][i] ?? '',
    });
    markHidden([t], hidden);
    assert.deepEqual(checkSuppression([t], 10, sys, hidden), []);
    assert.deepEqual(redactTable(t, 10).rows[1]?.cells, [{ kind: 'count', value: null, suppressed: true }, { kind: 'percent', value: null, suppressed: true }]);
  });

  it('the checker names a count left narrow, and one left small', () => {
    const sys = system({ T: 50, a: 8, b: 42 }, [additive('T', ['a', 'b'])]);
    const t = breakdownTable({ labels: ['a', 'b'], counts: [8, 42], additive: true, total: 50 }, { id: 't', title: 't', category: 'child', totalKey: 'T', totalLabel: 'All', partKey: (i) => ['a', 'b'][i] ?? '' });
    markHidden([t], new Set(['a']));
    assert.deepEqual(checkSuppression([t], 10, sys, new Set(['a'])).map((v) => `${v.code} ${v.key}`), ['CELL_NARROW a']);
    markHidden([t], new Set());
    assert.deepEqual(checkSuppression([t], 10, sys, new Set()).map((v) => `${v.code} ${v.key}`), ['SMALL_COUNT_SHOWN a', 'DERIVED_SHOWN a']);
  });

  it('protects many random linked breakdowns, and every hidden count is proven', () => {
    let seed = 42;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 150; n++) {
      const counts = Array.from({ length: 2 + Math.floor(rnd() * 7) }, () => (rnd() < 0.3 ? 0 : Math.floor(rnd() * (rnd() < 0.5 ? 12 : 200))));
      const values: Record<string, number> = { T: counts.reduce((a, b) => a + b, 0), V: (counts[0] ?? 0) + (counts[1] ?? 0) };
      counts.forEach((c, i) => (values[`p${i}`] = c));
      const parts = counts.map((_, i) => `p${i}`);
      const sys = system(values, [additive('T', parts), additive('V', parts.slice(0, 2))]);
      const hidden = suppressLinked(sys, 10);
      for (const k of hidden) assert.equal(proves(sys, [...hidden], k), true, `counts ${counts.join(',')}: ${k}`);
    }
  });
});
