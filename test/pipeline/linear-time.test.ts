// The reader's tokenizer, attribute parser and scanners take time linear in their input, whatever it
// holds: adversarial inputs of 2 and 16 MB (a 1 MB attribute of ">" took 7.7 s and 2 MB 36 s; an
// unclosed quote before 200,000 name characters over a minute). Ratios are asserted, not times.

import assert from 'node:assert/strict';
import { LINEAR_CASES, bestOf } from '../../pipeline/fuzz/linear-cases';

const MB = 1024 * 1024;

describe('linear time on adversarial input', function () {
  this.timeout(60_000);
  for (const [what, make] of Object.entries(LINEAR_CASES)) {
    it(`reads ${what} of 2 and 16 MB in time proportional to its size`, () => {
      // Taken in turn, best of four each: a spell of load on the shared machine slows both sizes, not one.
      const [runTwo, runSixteen] = [make(2 * MB), make(16 * MB)];
      let [two, sixteen] = [Infinity, Infinity];
      for (let i = 0; i < 4; i++) {
        two = Math.min(two, bestOf(runTwo, 1));
        sixteen = Math.min(sixteen, bestOf(runSixteen, 1));
      }
      // From 2 to 16 MB linear is eight times the time, quadratic sixty-four: 24 is halfway (as ratios),
      // room for a shared machine and the collector, which took one 2 to 8 MB step to 9 times in a full
      // run. Sizes under 2 MB are not compared: they may fit in the processor's cache when larger ones do not.
      const ratio = sixteen / Math.max(two, 1);
      assert.ok(ratio < 24, `2 MB ${two.toFixed(1)} ms, 16 MB ${sixteen.toFixed(1)} ms`);
    });
  }
});
