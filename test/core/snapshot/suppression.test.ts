import assert from 'node:assert/strict';
import {
  type DraftTable, applySuppression, breakdownTable, checkSuppression, count, derived, groupIsSafe, redactTable, simpleTable,
} from '../../../src/core/snapshot';

/** A one-way breakdown with its total row, as the Snapshot builds them. */
function breakdown(id: string, counts: readonly number[], totalKey = `${id}.total`): DraftTable {
  return breakdownTable(
    { labels: counts.map((_, i) => `c${i}`), counts, additive: true, total: counts.reduce((a, b) => a + b, 0) },
    { id, title: id, category: 'child', totalKey, totalLabel: 'All' },
  );
}

/** Marks the given keys (and cells built on them) hidden without running the algorithm: an adversarial publication. */
function hide(tables: readonly DraftTable[], keys: readonly string[]): void {
  for (const t of tables) for (const r of t.rows) for (const c of r.cells) c.hidden = (c.key !== undefined && keys.includes(c.key)) || (c.basis ?? []).some((k) => keys.includes(k));
}

const codes = (tables: readonly DraftTable[]) => checkSuppression(tables, 10).map((v) => `${v.code} ${v.key}`);

describe('suppression', () => {
  it('hides counts 1–10, shows zero and counts above 10, and hides percentages built on hidden counts', () => {
    const t = breakdown('age', [0, 11, 25, 3, 4]);
    const hidden = applySuppression([t], 10);
    assert.deepEqual([...hidden].sort(), ['age.3', 'age.4']);
    const shown = t.rows.map((r) => r.cells.map((c) => (c.hidden === true ? '*' : c.value)));
    assert.deepEqual(shown, [[0, 0], [11, 25.6], [25, 58.1], ['*', '*'], ['*', '*'], [43, 100]]);
    assert.deepEqual(checkSuppression([t], 10), []);
  });

  it('adds a complementary cell when one hidden cell could be worked out from the total', () => {
    const t = breakdown('race', [40, 12, 5, 30]);
    const hidden = applySuppression([t], 10);
    assert.deepEqual([...hidden].sort(), ['race.1', 'race.2'], 'the next smallest count, 12, is hidden too');
    assert.deepEqual(checkSuppression([t], 10), []);
  });

  it('adds a third cell when the two hidden cells are both 1 (their sum would give them away)', () => {
    const t = breakdown('sex', [1, 1, 50]);
    applySuppression([t], 10);
    assert.deepEqual(codes([t]), []);
    assert.deepEqual(
      t.rows.map((r) => r.cells[0]?.hidden === true),
      [true, true, true, false],
      'both ones and the 50: the three hidden cells sum to 52, so none is pinned down',
    );
  });

  it('hides a total shared by two tables everywhere, and the threshold is configurable', () => {
    const a = breakdown('a', [3, 0, 0], 'entries');
    const b = breakdown('b', [2, 1], 'entries');
    applySuppression([a, b], 10);
    assert.deepEqual(codes([a, b]), []);
    const c = breakdown('c', [3, 20], 'n');
    assert.deepEqual([...applySuppression([c], 2)], [], 'with threshold 2, a 3 is shown');
  });

  it('drops hidden values from the published table and adds the footnote', () => {
    const t = breakdown('age', [4, 30, 40]);
    applySuppression([t], 10);
    const pub = redactTable(t, 10);
    assert.deepEqual(pub.rows[0]?.cells, [{ kind: 'count', value: null, suppressed: true }, { kind: 'percent', value: null, suppressed: true }]);
    assert.match(pub.footnotes.at(-1) ?? '', /^\* Suppressed to protect privacy: counts from 1 to 10/);
  });

  it('states the safety rule of a group exactly', () => {
    assert.equal(groupIsSafe(false, [7]), false);
    assert.equal(groupIsSafe(false, [1, 1]), false);
    assert.equal(groupIsSafe(false, [1, 2]), true);
    assert.equal(groupIsSafe(true, []), false);
    assert.equal(groupIsSafe(true, [4]), true);
  });
});

describe('suppression checker on adversarial tables', () => {
  it('finds a small count left visible', () => {
    const t = breakdown('t', [5, 40, 30]);
    hide([t], []);
    assert.deepEqual(codes([t]), ['SMALL_COUNT_SHOWN t.0', 'DERIVED_SHOWN t.0'], 'the count and its percentage');
  });

  it('finds a single hidden cell recoverable from the total', () => {
    const t = breakdown('t', [5, 40, 30]);
    hide([t], ['t.0']);
    assert.deepEqual(codes([t]), ['CELL_RECOVERABLE t.0']);
  });

  it('finds two hidden ones recoverable because each must be 1', () => {
    const t = breakdown('t', [1, 1, 40]);
    hide([t], ['t.0', 't.1']);
    assert.deepEqual(codes([t]).sort(), ['CELL_RECOVERABLE t.0', 'CELL_RECOVERABLE t.1']);
  });

  it('finds a hidden total recoverable as the sum of visible parts', () => {
    const t = breakdown('t', [0, 40, 30]);
    hide([t], ['t.total']);
    assert.deepEqual(codes([t]), ['CELL_RECOVERABLE t.total']);
  });

  it('finds a total hidden in one table but shown in another', () => {
    const a = breakdown('a', [4, 5, 0], 'n');
    const b = simpleTable('b', 'b', [{ header: 'Count', kind: 'count' }], [{ label: 'n', cells: [count('n', 9)] }]);
    hide([a], ['a.0', 'a.1', 'n']);
    assert.ok(codes([a, b]).includes('KEY_INCONSISTENT n'));
  });

  it('finds a rate shown over a hidden count', () => {
    const t = simpleTable('r', 'r', [{ header: 'Count', kind: 'count' }, { header: 'Rate', kind: 'rate' }], [{ label: 'x', cells: [count('x', 4), derived('rate', 0.4, ['x'])] }]);
    hide([t], []);
    const first = t.rows[0]?.cells[0];
    if (first !== undefined) first.hidden = true;
    assert.deepEqual(codes([t]), ['DERIVED_SHOWN x']);
  });

  it('finds a cell recoverable only through a chain of two groups', () => {
    // Group 1: T = a + b with T, b shown → a known; group 2: a = c + d with d shown → c known.
    const t: DraftTable = {
      ...simpleTable('chain', 'chain', [{ header: 'Count', kind: 'count' }], [
        { label: 'T', cells: [count('T', 50)] },
        { label: 'a', cells: [count('a', 8)] },
        { label: 'b', cells: [count('b', 42)] },
        { label: 'c', cells: [count('c', 3)] },
        { label: 'd', cells: [count('d', 5)] },
      ]),
      groups: [{ total: 'T', parts: ['a', 'b'] }, { total: 'a', parts: ['c', 'd'] }],
    };
    hide([t], ['a', 'c', 'd']);
    assert.deepEqual(codes([t]).sort(), ['CELL_RECOVERABLE a']);
    applySuppression([t], 10);
    assert.deepEqual(codes([t]), [], 'the algorithm protects the chain');
  });

  it('accepts every table the algorithm produces for many random breakdowns', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 300; n++) {
      const counts = Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => (rnd() < 0.3 ? 0 : Math.floor(rnd() * (rnd() < 0.5 ? 12 : 200))));
      const tables = [breakdown(`a${n}`, counts, 'T'), breakdown(`b${n}`, [...counts].reverse(), 'T')];
      applySuppression(tables, 10);
      assert.deepEqual(codes(tables), [], `counts ${counts.join(',')}`);
    }
  });
});
