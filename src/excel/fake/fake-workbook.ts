// The in-memory fake workbook and its `Excel.run`: worksheets, names, charts and page layout behind
// the proxies of `fake-proxies.ts`. Counts every `context.sync()` and the bytes of every request, and
// refuses a request over `payloadLimit` with RequestPayloadSizeLimitExceeded, like Excel on the web.

import { FakeError, MAX_COLS, MAX_ROWS, newSheet, parseArea, usedArea, type Area, type FakeSheet, type FakeValue, type RequestRecord } from './fake-model';
import { FakeChartProxy } from './fake-chart';
import { FakeProxy, FakeRange, OP_BYTES, fakeSelection, type Queue } from './fake-proxies';

export class FakeWorksheet extends FakeProxy {
  readonly freezePanes: { freezeRows(n: number): void };
  readonly protection: { protect(options?: Record<string, unknown>, password?: string): void; unprotect(password?: string): void };
  readonly charts: { add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy };
  readonly autoFilter: { apply(range: FakeRange): void };
  readonly pageLayout: Record<string, unknown>;
  readonly horizontalPageBreaks: { add(address: string): void };

  constructor(
    queue: Queue,
    readonly sheetName: string,
  ) {
    super(queue);
    const onSheet = (change: (s: FakeSheet) => void): void => queue.enqueue(OP_BYTES, () => change(queue.sheet(sheetName)));
    this.freezePanes = { freezeRows: (n) => onSheet((s) => void (s.frozenRows = n)) };
    this.protection = {
      protect: (options, password) => {
        if (password !== undefined && password !== '') throw new Error('the add-in must never set a password');
        onSheet((s) => {
          if (s.protected) throw new FakeError('InvalidOperation', `Sheet ${s.name} is already protected`);
          s.protected = true;
          s.protectionOptions = { ...(options ?? {}) };
        });
      },
      unprotect: () => onSheet((s) => void (s.protected = false)),
    };
    this.charts = { add: (type, source, seriesBy) => new FakeChartProxy(queue, () => queue.sheet(sheetName), type, source, seriesBy ?? 'Auto') };
    this.horizontalPageBreaks = { add: (address) => onSheet((s) => void s.pageBreaks.push(parseArea(address).r1)) };
    this.autoFilter = { apply: (range) => onSheet((s) => void (s.autoFilter = range.area.r1 + ':' + range.area.c1)) };
    this.pageLayout = pageLayoutProxy((key, value) => onSheet((s) => void (s.pageLayout[key] = value)));
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.queue.enqueue(OP_BYTES, () => void (this.queue.sheet(this.sheetName).visibility = v as FakeSheet['visibility']));
  }
  set tabColor(v: string) {
    this.queue.enqueue(OP_BYTES, () => void (this.queue.sheet(this.sheetName).tabColor = v));
  }
  set position(index: number) {
    this.queue.enqueue(OP_BYTES, () => fakeWorkbookOf(this.queue).move(this.sheetName, index));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.queue, this.sheetName, address === undefined ? { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS } : parseArea(address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.queue, this.sheetName, { r1: row + 1, c1: col + 1, r2: row + rows, c2: col + cols });
  }
  /** The used range is decided when the batch runs, so the proxy resolves its area lazily. */
  getUsedRangeOrNullObject(): FakeRange {
    const holder: { area: Area } = { area: { r1: 1, c1: 1, r2: 1, c2: 1 } };
    const range = new LazyRange(this.queue, this.sheetName, holder);
    this.queue.enqueue(0, () => {
      const sheet = fakeWorkbookOf(this.queue).find(this.sheetName);
      range.resolve(sheet === undefined ? null : usedArea(sheet));
    });
    return range;
  }
  activate(): void {
    this.queue.enqueue(OP_BYTES, () => {
      const wb = fakeWorkbookOf(this.queue);
      wb.sheet(this.sheetName);
      wb.activeSheet = this.sheetName;
    });
  }
  delete(): void {
    this.queue.enqueue(OP_BYTES, () => fakeWorkbookOf(this.queue).remove(this.sheetName));
  }

  protected override snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return false;
    const s = this.queue.sheet(this.sheetName);
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'position') return fakeWorkbookOf(this.queue).sheets.indexOf(s);
    return super.snapshot(prop);
  }
}

class LazyRange extends FakeRange {
  private isNull = false;
  constructor(queue: Queue, sheetName: string, private readonly holder: { area: Area }) {
    super(queue, sheetName, holder.area);
  }
  resolve(area: Area | null): void {
    this.isNull = area === null;
    if (area !== null) Object.assign(this.holder.area, area);
  }
  protected override snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return this.isNull;
    // A null object loads, but its properties are null, as in Office.js.
    return this.isNull ? null : super.snapshot(prop);
  }
}

function pageLayoutProxy(set: (key: string, value: unknown) => void): Record<string, unknown> {
  const layout: Record<string, unknown> = {
    setPrintTitleRows: (rows: string) => set('printTitleRows', rows),
    setPrintTitleColumns: (columns: string) => set('printTitleColumns', columns),
    setPrintArea: (area: string) => set('printArea', area),
    headersFooters: { defaultForAllPages: footerBag(set) },
  };
  for (const key of ['orientation', 'paperSize', 'printOrder', 'zoom', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin']) {
    Object.defineProperty(layout, key, { set: (v: unknown) => set(key, v) });
  }
  return layout;
}

function footerBag(set: (key: string, value: unknown) => void): Record<string, unknown> {
  const bag = {};
  for (const key of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter']) Object.defineProperty(bag, key, { set: (v: unknown) => set(key, v) });
  return bag;
}

const owners = new WeakMap<Queue, FakeWorkbook>();
function fakeWorkbookOf(q: Queue): FakeWorkbook {
  const wb = owners.get(q);
  if (wb === undefined) throw new Error('queue without a workbook');
  return wb;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  syncCount = 0;
  readonly requests: RequestRecord[] = [];
  /** Excel on the web refuses requests over 5 MB. */
  payloadLimit = 5 * 1024 * 1024;

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (s === undefined) throw new FakeError('ItemNotFound', `The requested resource doesn't exist: sheet "${name}"`);
    return s;
  }
  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  add(name: string): void {
    if (this.find(name) !== undefined) throw new FakeError('ItemAlreadyExists', `A sheet named "${name}" already exists`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeError('InvalidArgument', `"${name}" is not a valid sheet name`);
    this.sheets.push(newSheet(name));
  }
  move(name: string, index: number): void {
    const s = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(Math.min(index, this.sheets.length), 0, s);
  }
  remove(name: string): void {
    const s = this.sheet(name);
    if (this.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw new FakeError('InvalidOperation', 'A workbook must keep one visible sheet');
    this.sheets.splice(this.sheets.indexOf(s), 1);
  }
  /** Opens a saved workbook's sheets and values (a test's stand-in for File › Open): replaces every sheet. */
  open(sheets: readonly { readonly name: string; readonly visibility: FakeSheet['visibility']; readonly rows: readonly (readonly FakeValue[])[] }[]): void {
    this.sheets.splice(0, this.sheets.length);
    for (const s of sheets) {
      const sheet = newSheet(s.name);
      sheet.visibility = s.visibility;
      s.rows.forEach((row, r) => row.forEach((value, c) => {
        if (value !== '') sheet.cells.set(`${r + 1}:${c + 1}`, { value, numberFormat: 'General', locked: false });
      }));
      this.sheets.push(sheet);
    }
  }

  /** A person typing into a cell: refused on locked cells of a protected sheet, coerced like Excel. */
  type(sheetName: string, address: string, text: string): void {
    const ctx = this.newContext();
    ctx.workbook.worksheets.getItem(sheetName).getRange(address).values = [[text]];
    ctx.runQueue();
  }
  /** The value shown in one cell ('' when empty). */
  value(sheetName: string, address: string): string | number | boolean {
    const a = parseArea(address);
    return this.sheet(sheetName).cells.get(`${a.r1}:${a.c1}`)?.value ?? '';
  }

  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => batch(this.newContext());

  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }
}

type Op = { bytes: number; apply: () => void };

export class FakeRequestContext {
  private ops: Op[] = [];
  readonly queue: Queue;
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItems };
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => undefined,
    suspendScreenUpdatingUntilNextSync: (): void => undefined,
  };

  constructor(private readonly wb: FakeWorkbook) {
    this.queue = {
      enqueue: (bytes, apply) => void this.ops.push({ bytes, apply }),
      sheet: (name) => wb.sheet(name),
    };
    owners.set(this.queue, wb);
    this.workbook = { worksheets: new FakeWorksheetCollection(this.queue, wb), names: new FakeNamedItems(this.queue, wb) };
  }

  async sync(): Promise<void> {
    this.wb.syncCount += 1;
    await Promise.resolve();
    this.runQueue();
  }

  /** Runs the batch: refused whole when too large; otherwise ops apply in order until one fails. */
  runQueue(): void {
    const ops = this.ops;
    this.ops = [];
    const bytes = ops.reduce((n, op) => n + op.bytes, 0);
    const refused = bytes > this.wb.payloadLimit;
    this.wb.requests.push({ ops: ops.length, bytes, refused });
    if (refused) throw new FakeError('RequestPayloadSizeLimitExceeded', `The request payload size (${bytes}) has exceeded the limit`);
    for (const op of ops) op.apply();
    const selected = fakeSelection.get(this.queue);
    if (selected !== undefined) {
      this.wb.selection = selected;
      fakeSelection.delete(this.queue);
    }
  }
}

class FakeWorksheetCollection extends FakeProxy {
  constructor(queue: Queue, private readonly wb: FakeWorkbook) {
    super(queue);
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  add(name: string): FakeWorksheet {
    this.queue.enqueue(OP_BYTES, () => this.wb.add(name));
    return new FakeWorksheet(this.queue, name);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.queue, name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const holder = new FakeWorksheetOrNull(this.queue, name, this.wb);
    return holder;
  }
  protected override snapshot(prop: string): unknown {
    if (prop !== 'items') return super.snapshot(prop);
    return this.wb.sheets.map((s) => {
      const ws = new FakeWorksheet(this.queue, s.name);
      // Items come back loaded, as `load('items/name')` promises.
      ws.loadNow(['name', 'visibility', 'position']);
      return ws;
    });
  }
}

class FakeWorksheetOrNull extends FakeWorksheet {
  constructor(queue: Queue, name: string, private readonly wb: FakeWorkbook) {
    super(queue, name);
  }
  protected override snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return this.wb.find(this.sheetName) === undefined;
    return super.snapshot(prop);
  }
}

class FakeNamedItems extends FakeProxy {
  constructor(queue: Queue, private readonly wb: FakeWorkbook) {
    super(queue);
  }
  get items(): { name: string }[] {
    return this.read('items');
  }
  add(name: string, reference: string): void {
    this.queue.enqueue(OP_BYTES, () => {
      if (this.wb.names.has(name)) throw new FakeError('ItemAlreadyExists', `The name "${name}" already exists`);
      const target = /^=?'?([^'!]+)'?!(.+)$/.exec(reference);
      if (target === null) throw new FakeError('InvalidArgument', `Bad reference ${reference}`);
      const sheet = this.wb.sheet(target[1] ?? '');
      parseArea(target[2] ?? '');
      this.wb.names.set(name, `${sheet.name}!${target[2] ?? ''}`);
    });
  }
  protected override snapshot(prop: string): unknown {
    if (prop !== 'items') return super.snapshot(prop);
    return [...this.wb.names.keys()].map((name) => ({ name }));
  }
}

