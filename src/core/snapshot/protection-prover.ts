// Proves protection intervals: for a hidden count, finds whole-number assignments of all hidden counts
// that satisfy every published relation exactly and give that count values at least 2 apart (so an
// outsider's feasible range spans 3 or more values). Each assignment is a witness checked against every
// relation it touches; a search that finds none proves nothing, and the caller hides more (conservative).

/** Σ coef · x[key] (op) 0 over counts: `eq` for =, `le` for ≤. */
export interface LinearRelation {
  readonly terms: readonly (readonly [key: string, coef: number])[];
  readonly op: 'eq' | 'le';
}

export interface ProverInput {
  /** True values of every count in scope, shown or hidden. */
  readonly values: ReadonlyMap<string, number>;
  /** The hidden counts: the unknowns. Every other key in a relation is a published constant. */
  readonly hidden: ReadonlySet<string>;
  readonly relations: readonly LinearRelation[];
  /** Sums that a witness may not lower below their true value (Σ coef · x ≥ truth). */
  readonly noLower?: readonly LinearRelation['terms'][];
  /** Sums that a witness may not lower below a given value (Σ coef · x ≥ value). */
  readonly atLeast?: readonly { readonly terms: LinearRelation['terms']; readonly value: number }[];
  /** Hidden counts a witness must leave at their true value. */
  readonly fixed?: ReadonlySet<string>;
}

interface Compiled {
  readonly vars: readonly string[];
  readonly at: ReadonlyMap<string, number>;
  readonly truth: Int32Array;
  /** Per relation: variable indexes, coefficients, the constant part, and whether it is an equality. */
  readonly relVars: readonly Int32Array[];
  readonly relCoefs: readonly Int32Array[];
  readonly relConst: Float64Array;
  readonly relEq: Uint8Array;
  /** Per variable: the relations it appears in. */
  readonly varRels: readonly number[][];
  readonly locked: Uint8Array;
}

const MAX_NODES = 4000;
const MAX_DEPTH = 40;

export class ProtectionProver {
  private readonly c: Compiled;
  private readonly x: Int32Array;
  private readonly lock: Uint8Array;
  private nodes = 0;
  /** Lowest and highest value seen for each variable in a witness (the truth included). */
  readonly seenLo: Int32Array;
  readonly seenHi: Int32Array;

  constructor(input: ProverInput) {
    this.c = compile(input);
    this.x = Int32Array.from(this.c.truth);
    this.lock = new Uint8Array(this.c.vars.length);
    this.seenLo = Int32Array.from(this.c.truth);
    this.seenHi = Int32Array.from(this.c.truth);
    const broken = this.c.relVars.findIndex((_, r) => this.residual(r) !== 0 && (this.c.relEq[r] === 1 || this.residual(r) > 0));
    if (broken >= 0) throw new Error(`Snapshot relation ${broken} does not hold for the true values: the relation model is wrong`);
  }

  /** True when the count is proven to have a feasible range of 3 or more values. */
  proven(key: string): boolean {
    const i = this.c.at.get(key) ?? -1;
    return i >= 0 && (this.seenHi[i] ?? 0) - (this.seenLo[i] ?? 0) >= 2;
  }

  /** Searches witnesses for one hidden count; returns whether its range is now proven. */
  prove(key: string): boolean {
    const i = this.c.at.get(key) ?? -1;
    if (i < 0) throw new Error(`${key} is not hidden`);
    if (this.c.locked[i] === 1) return false;
    const v = this.c.truth[i] ?? 0;
    for (const target of [v + 2, v - 2, v + 1, v - 1]) {
      if ((this.seenHi[i] ?? 0) - (this.seenLo[i] ?? 0) >= 2) return true;
      if (target < 1 || (target >= (this.seenLo[i] ?? 0) && target <= (this.seenHi[i] ?? 0))) continue;
      this.witness(i, target);
    }
    return (this.seenHi[i] ?? 0) - (this.seenLo[i] ?? 0) >= 2;
  }

  /** Σ coef · x for relation r, constants included: 0 for a satisfied equality, ≤ 0 for an inequality. */
  private residual(r: number): number {
    const vars = this.c.relVars[r] as Int32Array;
    const coefs = this.c.relCoefs[r] as Int32Array;
    let s = this.c.relConst[r] ?? 0;
    for (let k = 0; k < vars.length; k++) s += (coefs[k] ?? 0) * (this.x[vars[k] ?? 0] ?? 0);
    return s;
  }

  private witness(i: number, target: number): boolean {
    const changed: number[] = [i];
    this.x[i] = target;
    this.lock[i] = 1;
    this.nodes = 0;
    const ok = this.repair(changed, 0);
    if (ok) {
      for (const j of changed) {
        const val = this.x[j] ?? 0;
        if (val < (this.seenLo[j] ?? 0)) this.seenLo[j] = val;
        if (val > (this.seenHi[j] ?? 0)) this.seenHi[j] = val;
      }
    }
    for (const j of changed) {
      this.x[j] = this.c.truth[j] ?? 0;
      this.lock[j] = 0;
    }
    return ok;
  }

  /** The first relation touching a changed variable that the current assignment breaks, or -1. */
  private violated(changed: readonly number[]): number {
    for (const j of changed) {
      for (const r of this.c.varRels[j] ?? []) {
        const res = this.residual(r);
        if (this.c.relEq[r] === 1 ? res !== 0 : res > 0) return r;
      }
    }
    return -1;
  }

  /** Depth-first repair: move one unlocked variable of a broken relation by exactly what mends it. */
  private repair(changed: number[], depth: number): boolean {
    const r = this.violated(changed);
    if (r < 0) return true;
    if (depth >= MAX_DEPTH || ++this.nodes > MAX_NODES) return false;
    const res = this.residual(r);
    const vars = this.c.relVars[r] as Int32Array;
    const coefs = this.c.relCoefs[r] as Int32Array;
    for (let k = 0; k < vars.length; k++) {
      const j = vars[k] ?? 0;
      const a = coefs[k] ?? 0;
      if (this.lock[j] === 1 || this.c.locked[j] === 1) continue;
      // a · Δ must cancel the residual: exactly for =, at least for ≤ (the smallest such move).
      let delta: number;
      if (this.c.relEq[r] === 1) {
        if (res % a !== 0) continue;
        delta = -res / a;
      } else {
        delta = a > 0 ? -Math.ceil(res / a) : Math.ceil(res / -a);
      }
      const next = (this.x[j] ?? 0) + delta;
      if (next < 1) continue;
      this.x[j] = next;
      this.lock[j] = 1;
      changed.push(j);
      if (this.repair(changed, depth + 1)) return true;
      changed.pop();
      this.lock[j] = 0;
      this.x[j] = this.c.truth[j] ?? 0;
      if (this.nodes > MAX_NODES) return false;
    }
    return false;
  }
}

function compile(input: ProverInput): Compiled {
  const vars = [...input.hidden].filter((k) => input.values.has(k)).sort();
  const at = new Map(vars.map((k, i) => [k, i]));
  const truth = Int32Array.from(vars.map((k) => input.values.get(k) ?? 0));
  const all: { terms: LinearRelation['terms']; eq: boolean; constant: number }[] = [];
  for (const rel of input.relations) all.push({ terms: rel.terms, eq: rel.op === 'eq', constant: 0 });
  // "Not below the truth": −Σ coef·x + Σ coef·truth ≤ 0.
  for (const terms of input.noLower ?? []) {
    const truthSum = terms.reduce((s, [k, a]) => s + a * (input.values.get(k) ?? 0), 0);
    all.push({ terms: terms.map(([k, a]) => [k, -a] as const), eq: false, constant: truthSum });
  }
  for (const { terms, value } of input.atLeast ?? []) all.push({ terms: terms.map(([k, a]) => [k, -a] as const), eq: false, constant: value });
  const relVars: Int32Array[] = [];
  const relCoefs: Int32Array[] = [];
  const consts: number[] = [];
  const eqs: number[] = [];
  const varRels: number[][] = vars.map(() => []);
  for (const rel of all) {
    let constant = rel.constant;
    const vs: number[] = [];
    const cs: number[] = [];
    for (const [key, coef] of rel.terms) {
      const v = at.get(key);
      if (v === undefined) {
        const value = input.values.get(key);
        if (value === undefined) throw new Error(`Snapshot relation names ${key}, which has no value`);
        constant += coef * value;
      } else {
        vs.push(v);
        cs.push(coef);
      }
    }
    if (vs.length === 0) continue;
    const r = relVars.length;
    relVars.push(Int32Array.from(vs));
    relCoefs.push(Int32Array.from(cs));
    consts.push(constant);
    eqs.push(rel.eq ? 1 : 0);
    for (const v of vs) varRels[v]?.push(r);
  }
  // Try the variables in few equalities first: moving them disturbs least. (Inequalities are left out of
  // the count, so adding bounds that hold, such as this release's own tables, does not change the search.)
  const degree = vars.map(() => 0);
  relVars.forEach((vs, r) => {
    if (eqs[r] === 1) for (const v of vs) degree[v] = (degree[v] ?? 0) + 1;
  });
  relVars.forEach((vs, r) => {
    const cs = relCoefs[r] as Int32Array;
    const order = Array.from(vs.keys()).sort((p, q) => (degree[vs[p] ?? 0] ?? 0) - (degree[vs[q] ?? 0] ?? 0) || (vs[p] ?? 0) - (vs[q] ?? 0));
    relVars[r] = Int32Array.from(order.map((k) => vs[k] ?? 0));
    relCoefs[r] = Int32Array.from(order.map((k) => cs[k] ?? 0));
  });
  const locked = new Uint8Array(vars.length);
  for (const k of input.fixed ?? []) {
    const i = at.get(k);
    if (i !== undefined) locked[i] = 1;
  }
  return { vars, at, truth, relVars, relCoefs, relConst: Float64Array.from(consts), relEq: Uint8Array.from(eqs), varRels, locked };
}
