// Proxy objects of the fake Excel object model with Office.js's load/sync semantics: setters and
// methods queue work that runs at `context.sync()`, and reading a property nobody loaded (and synced) throws.

import {
  FakeError,
  areaAddress,
  cellOf,
  coerceWritten,
  peekCell,
  type Area,
  type FakeCell,
  type FakeSheet,
  type FakeValue,
} from './fake-model';

export interface Queue {
  /** Adds work to the batch; `bytes` is what the op adds to the request payload. */
  enqueue(bytes: number, apply: () => void): void;
  sheet(name: string): FakeSheet;
}

export const OP_BYTES = 64;
const BIG_AREA = 1_000_000;

export class FakeProxy {
  private readonly loaded = new Map<string, unknown>();

  constructor(readonly queue: Queue) {}

  /** Accepts "a,b", ["a","b"] or "items/name"; records values at the next sync. */
  load(spec?: string | readonly string[] | { select?: string }): this {
    const text = spec === undefined ? '' : typeof spec === 'string' ? spec : Array.isArray(spec) ? spec.join(',') : ((spec as { select?: string }).select ?? '');
    const props = text.split(',').map((p) => p.trim().split('/')[0] ?? '').filter((p) => p !== '');
    this.queue.enqueue(OP_BYTES, () => this.loadNow(props.length === 0 ? this.defaultProps() : props));
    return this;
  }

  /** Records the values now: for collection items, which arrive loaded with their collection. */
  loadNow(props: readonly string[]): void {
    for (const p of props) this.loaded.set(p, this.snapshot(p));
    // Office.js fills isNullObject on any *OrNullObject once anything of it was loaded.
    if (!this.loaded.has('isNullObject')) {
      try {
        this.loaded.set('isNullObject', this.snapshot('isNullObject'));
      } catch {
        // Collections have no isNullObject.
      }
    }
  }

  protected defaultProps(): string[] {
    return [];
  }

  /** The current value of a property in the model; subclasses answer for what they expose. */
  protected snapshot(prop: string): unknown {
    throw new FakeError('InvalidArgument', `The property '${prop}' cannot be loaded on ${this.constructor.name}`);
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }
}

type Edit = (cell: FakeCell) => void;

export class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    queue: Queue,
    readonly sheetName: string,
    readonly area: Area,
    private readonly nullIfMissing = false,
  ) {
    super(queue);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
  get values(): FakeValue[][] {
    return this.read('values');
  }
  set values(v: FakeValue[][]) {
    this.checkShape(v);
    this.queue.enqueue(JSON.stringify(v).length + OP_BYTES, () => this.writeValues(v));
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.checkShape(v);
    this.queue.enqueue(JSON.stringify(v).length + OP_BYTES, () =>
      this.eachCell((cell, r, c) => {
        cell.numberFormat = v[r]?.[c] ?? 'General';
      }),
    );
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  /** Merges the range (each row on its own with `across`), as Office.js does. */
  merge(across = false): void {
    this.queue.enqueue(OP_BYTES, () => {
      const sheet = this.queue.sheet(this.sheetName);
      const a = this.area;
      if (across) for (let r = a.r1; r <= a.r2; r++) sheet.merges.push(areaAddress({ ...a, r1: r, r2: r }));
      else sheet.merges.push(areaAddress(a));
    });
  }

  select(): void {
    this.queue.enqueue(OP_BYTES, () => {
      const sheet = this.queue.sheet(this.sheetName);
      fakeSelection.set(this.queue, { sheet: sheet.name, address: areaAddress(this.area) });
    });
  }

  /** Applies an edit to every cell of a bounded range (formats on whole rows/columns are kept per row/column). */
  edit(bytes: number, change: Edit): void {
    this.queue.enqueue(bytes + OP_BYTES, () => this.eachCell((cell) => change(cell)));
  }

  private eachCell(change: (cell: FakeCell, r: number, c: number) => void): void {
    const a = this.area;
    if ((a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1) > BIG_AREA) return;
    const sheet = this.queue.sheet(this.sheetName);
    for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) change(cellOf(sheet, r, c), r - a.r1, c - a.c1);
  }

  private checkShape(v: readonly (readonly unknown[])[]): void {
    const rows = this.area.r2 - this.area.r1 + 1;
    const cols = this.area.c2 - this.area.c1 + 1;
    if (v.length !== rows || v.some((row) => row.length !== cols)) {
      throw new FakeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`);
    }
  }

  private writeValues(v: FakeValue[][]): void {
    const sheet = this.queue.sheet(this.sheetName);
    const a = this.area;
    for (let r = a.r1; r <= a.r2; r++) {
      for (let c = a.c1; c <= a.c2; c++) {
        const cell = cellOf(sheet, r, c);
        if (sheet.protected && cell.locked) throw new FakeError('AccessDenied', `The cell ${sheet.name}!${areaAddress({ r1: r, c1: c, r2: r, c2: c })} is protected`);
        const written = coerceWritten(v[r - a.r1]?.[c - a.c1] ?? '', cell.numberFormat);
        cell.value = written.value;
        cell.numberFormat = written.numberFormat;
      }
    }
  }

  protected override snapshot(prop: string): unknown {
    const sheet = this.queue.sheet(this.sheetName);
    const a = this.area;
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: a.r2 - a.r1 + 1 }, (_, r) => Array.from({ length: a.c2 - a.c1 + 1 }, (_, c) => f(peekCell(sheet, a.r1 + r, a.c1 + c))));
    switch (prop) {
      case 'isNullObject':
        return this.nullIfMissing;
      case 'values':
        return grid((cell) => cell?.value ?? '');
      case 'valueTypes':
        return grid((cell) => valueType(cell?.value ?? ''));
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      case 'address':
        return `'${sheet.name}'!${areaAddress(a)}`;
      case 'rowIndex':
        return a.r1 - 1;
      case 'columnIndex':
        return a.c1 - 1;
      default:
        return super.snapshot(prop);
    }
  }
}

function valueType(v: FakeValue): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/.test(v) ? 'Error' : 'String';
}

/** Where the fake records the last selection, per workbook queue. */
export const fakeSelection = new WeakMap<Queue, { sheet: string; address: string }>();

class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(edge: string): { style: string; weight: string; color: string } };

  constructor(private readonly range: FakeRange) {
    const edit = (f: Edit): void => range.edit(16, f);
    this.fill = setterBag({ color: (v: string) => edit((c) => void (c.fill = v)) });
    this.font = setterBag({
      bold: (v: boolean) => edit((c) => void (c.bold = v)),
      italic: (v: boolean) => edit((c) => void (c.italic = v)),
      color: (v: string) => edit((c) => void (c.fontColor = v)),
      size: (v: number) => edit((c) => void (c.fontSize = v)),
    });
    this.protection = setterBag({ locked: (v: boolean) => edit((c) => void (c.locked = v)) });
    const ignore = (_: string): void => undefined;
    const border = setterBag({ style: ignore, weight: ignore, color: ignore });
    const top = setterBag({ style: (v: string) => edit((c) => void (c.borderTop = v)), weight: ignore, color: ignore });
    this.borders = { getItem: (edge: string) => (edge === 'EdgeTop' ? top : border) };
  }

  set wrapText(v: boolean) {
    this.range.edit(16, (c) => void (c.wrap = v));
  }
  set verticalAlignment(v: string) {
    this.range.edit(16, (c) => void (c.verticalAlignment = v));
  }
  set horizontalAlignment(v: string) {
    this.range.edit(16, (c) => void (c.horizontalAlignment = v));
  }
  set indentLevel(v: number) {
    this.range.edit(16, (c) => void (c.indentLevel = v));
  }
  set columnWidth(v: number) {
    const { c1, c2 } = this.range.area;
    this.onSheet((s) => {
      for (let c = c1; c <= c2; c++) s.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    const { r1, r2 } = this.range.area;
    this.onSheet((s) => {
      for (let r = r1; r <= r2; r++) s.rowHeights.set(r, v);
    });
  }

  private onSheet(change: (sheet: FakeSheet) => void): void {
    const q = this.range.queue;
    q.enqueue(OP_BYTES, () => change(q.sheet(this.range.sheetName)));
  }
}

/** An object whose properties can only be set (like most Office.js format objects before load). */
function setterBag<T extends Record<string, (v: never) => void>>(setters: T): { [K in keyof T]: Parameters<T[K]>[0] } {
  const bag = {};
  for (const [key, set] of Object.entries(setters)) {
    Object.defineProperty(bag, key, {
      set,
      get: () => {
        throw new FakeError('PropertyNotLoaded', `The property '${key}' is not available`);
      },
    });
  }
  return bag as { [K in keyof T]: Parameters<T[K]>[0] };
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  private upsert(change: (v: { address: string; rule?: unknown; prompt?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }) => void): void {
    const q = this.range.queue;
    q.enqueue(OP_BYTES * 4, () => {
      const sheet = q.sheet(this.range.sheetName);
      const address = areaAddress(this.range.area);
      let v = sheet.validations.find((x) => x.address === address);
      if (v === undefined) {
        v = { address };
        sheet.validations.push(v);
      }
      change(v);
    });
  }
  set rule(rule: unknown) {
    this.upsert((v) => void (v.rule = rule));
  }
  set prompt(prompt: unknown) {
    this.upsert((v) => void (v.prompt = prompt));
  }
  set errorAlert(alert: unknown) {
    this.upsert((v) => void (v.errorAlert = alert));
  }
  set ignoreBlanks(flag: boolean) {
    this.upsert((v) => void (v.ignoreBlanks = flag));
  }
}
