// Constant-memory statistics for the aggregators: fixed-size category counts and a day histogram
// whose median needs no list of values.

export interface Breakdown {
  readonly labels: readonly string[];
  readonly counts: readonly number[];
  /** True when the categories partition the total, so the total minus visible cells reveals hidden ones. */
  readonly additive: boolean;
  readonly total: number;
}

export class Counter {
  readonly counts: number[];
  total = 0;

  constructor(
    readonly labels: readonly string[],
    readonly additive = true,
  ) {
    this.counts = labels.map(() => 0);
  }

  add(index: number): void {
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    this.total += 1;
  }

  result(): Breakdown {
    return { labels: this.labels, counts: [...this.counts], additive: this.additive, total: this.total };
  }
}

/** Days 0 … 40 years in whole days; longer values fall in the last bin. */
export class DayHistogram {
  private readonly bins = new Uint32Array(366 * 40);
  count = 0;

  add(days: number): void {
    const i = days < 0 ? 0 : days >= this.bins.length ? this.bins.length - 1 : days;
    this.bins[i] = (this.bins[i] ?? 0) + 1;
    this.count += 1;
  }

  /** The lower median in whole days, or null when empty. */
  median(): number | null {
    if (this.count === 0) return null;
    const target = Math.ceil(this.count / 2);
    let seen = 0;
    for (let i = 0; i < this.bins.length; i++) {
      seen += this.bins[i] ?? 0;
      if (seen >= target) return i;
    }
    return this.bins.length - 1;
  }
}
