// Every input cell of every sheet of a work-group workbook, filled with a value no other cell of its
// column has — text in Chinese, Arabic, Cyrillic and emoji, 5,000 characters, formula-looking — then
// merged: each value must be in plan.json, and in plan.xlsx where its column's `plan` destination
// says. The plan workbook is read back with exceljs, not with the pipeline's own reader.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  ASSESSMENTS,
  cellText,
  findSheet,
  isoFromUtcMs,
  matchListItem,
  type Cell,
  type ColumnDef,
  type ConsolidatedPlan,
  type ListDef,
  type SheetGrid,
  type TableSheet,
} from '../../src/core';
import { runMerge } from '../../pipeline/merge/run-merge';
import { loadGrid } from '../helpers/exceljs-grid-reader';
import { layoutFor, sampleJurisdiction, templateBytes } from '../helpers/fixtures';
import { QUIET, scratch, type Scratch } from '../helpers/merge-fixtures';

const j = sampleJurisdiction();
const GROUP = 'WG1';
const layout = layoutFor(j, GROUP);
const tables = layout.sheets.filter((s): s is TableSheet => s.kind === 'table');
const lists = new Map(layout.lists.map((l) => [l.name, l] as const));

/** Texts in several scripts and shapes; each gets a number of its own, so no two cells share one. */
const TEXTS = [
  '家庭支持服务',
  'خدمات دعم الأسرة',
  'Служба поддержки семьи',
  '🏠👨‍👩‍👧 apoyo familiar',
  'Υπηρεσία οικογένειας',
  '=HYPERLINK("http://example.invalid","click")',
  '+1 555 0100',
  '@SUM(A1:A9)',
  '-3 days, niñez y familia',
];
const LONG = 5000;

interface Typed {
  readonly table: TableSheet;
  readonly sheetRow: number;
  readonly col: ColumnDef;
  /** What was put in the cell. */
  readonly value: string | number | Date;
  /** The step id the row carries (the Plan sheet), for finding it again. */
  readonly stepId: string;
  /** The capacity the row belongs to: its sheet's, or the one typed on a Conclusions row. */
  readonly capacity: string;
}

let n = 0;
function text(): string {
  n += 1;
  if (n % 11 === 0) return `Long text ${n}: ${'evidencia y comentario '.repeat(LONG / 20)}`.slice(0, LONG);
  return `${TEXTS[n % TEXTS.length] ?? ''} #${n}`;
}

function listItem(name: ColumnDef['type'] & { kind: 'choice' | 'rating' }, k: number): string | number {
  const list = lists.get(name.kind === 'rating' ? 'rating' : name.list) as ListDef;
  const item = list.items[k % list.items.length];
  if (item === undefined) throw new Error('empty list');
  // A level chosen from the rating dropdown is its number (see ListItem.number).
  return item.number?.value ?? item.display;
}

function valueFor(col: ColumnDef, k: number): string | number | Date {
  const t = col.type;
  switch (t.kind) {
    case 'text':
      return text();
    case 'integer':
      return t.min + (k % (t.max - t.min + 1));
    case 'date':
      // A start always before its target: 2027 and 2029.
      return new Date(Date.UTC(col.key === 'targetDate' ? 2029 : 2027, 0, 1 + k));
    case 'rating':
      return listItem(t, k);
    case 'choice':
      return t.allowOther === true ? text() : listItem(t, k);
  }
}

async function filledWorkbook(): Promise<{ bytes: Buffer; typed: Typed[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateBytes(j, GROUP)) as unknown as ExcelJS.Buffer);
  const typed: Typed[] = [];
  for (const table of tables) {
    const ws = wb.getWorksheet(table.name);
    if (ws === undefined) throw new Error(`no sheet ${table.name}`);
    table.rows.forEach((preset, i) => {
      const sheetRow = table.headerRow + 1 + i;
      let capacity = table.capacity ?? '';
      table.columns.forEach((col, c) => {
        const open = col.input === 'always' || (col.input === 'whenBlank' && (preset[col.key] ?? '') === '');
        if (!open) return;
        const value = valueFor(col, i);
        if (col.key === 'capacity') capacity = String(matchListItem(lists.get('capacity') as ListDef, String(value))?.code);
        ws.getCell(sheetRow, c + 1).value = value;
        typed.push({ table, sheetRow, col, value, stepId: preset['stepId'] ?? '', capacity: '' });
      });
      // The capacity typed on a row decides its Report sheet: every cell of the row learns it.
      for (let t = typed.length - 1; t >= 0 && typed[t]?.sheetRow === sheetRow && typed[t]?.table === table; t--) typed[t] = { ...(typed[t] as Typed), capacity };
    });
  }
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), typed };
}

/** The value as parsed: what plan.json must hold. */
function asParsed(x: Typed): string | number {
  const t = x.col.type;
  if (x.value instanceof Date) return isoFromUtcMs(x.value.getTime());
  if (t.kind === 'rating' || (t.kind === 'choice' && t.allowOther !== true)) {
    const item = matchListItem(lists.get(t.kind === 'rating' ? 'rating' : t.list) as ListDef, String(x.value));
    if (item === undefined) throw new Error(`not in the list: ${String(x.value)}`);
    return t.kind === 'rating' ? (item.code === 'DK' ? 'DK' : Number(item.code)) : item.code;
  }
  return x.value;
}

/** The value as the plan workbook shows it. */
function asShown(x: Typed): string | number {
  const parsed = asParsed(x);
  if (parsed === 'DK') return j.settings.ratingScale.dontKnow;
  if (x.col.type.kind === 'choice' && x.col.type.allowOther !== true && x.col.type.list === 'assessment') return ASSESSMENTS.find((a) => a.id === parsed)?.short ?? '';
  return parsed;
}

function shown(c: Cell | undefined): string | number {
  if (c === undefined || c.kind === 'empty') return '';
  return c.kind === 'number' ? c.value : cellText(c);
}

/** The header row of the table holding `header` (and, if given, `also`), and each header's column. */
function headerAt(sheet: SheetGrid, header: string, also?: string): { row: number; columns: Map<string, number> } {
  for (let r = 0; r < sheet.rows.length; r++) {
    const texts = (sheet.rows[r] ?? []).map((c) => cellText(c));
    if (texts.includes(header) && (also === undefined || texts.includes(also))) return { row: r + 1, columns: new Map(texts.map((t, i) => [t, i] as const)) };
  }
  throw new Error(`${sheet.name} has no header "${header}"`);
}

describe('every input cell reaches the plan', function () {
  this.timeout(120_000);
  let s: Scratch;
  let typed: Typed[];
  let plan: ConsolidatedPlan;
  let sheets: Map<string, SheetGrid>;

  before(async () => {
    s = scratch(false);
    const filled = await filledWorkbook();
    typed = filled.typed;
    for (const x of typed) typedByRow.set(`${x.table.name}|${x.sheetRow}|${x.col.key}`, x.value);
    writeFileSync(path.join(s.submissions, `riverbend-county-${GROUP}.xlsx`), filled.bytes);
    const json = path.join(s.dir, 'out/plan.json');
    const run = await runMerge(s.options({ json }), QUIET);
    plan = (JSON.parse(readFileSync(json, 'utf8')) as { plan: ConsolidatedPlan }).plan;
    const grid = await loadGrid(readFileSync(run.written[0]?.path ?? ''));
    sheets = new Map(grid.sheets.map((g) => [g.name, g] as const));
  });
  after(() => s.remove());

  it('fills every input column of every table, and the group is read with no problem', () => {
    const columns = new Set(typed.map((x) => `${x.table.table}.${x.col.key}`));
    for (const t of tables) for (const c of t.columns) if (c.input !== 'never') assert.ok(columns.has(`${t.table}.${c.key}`), `${t.table}.${c.key} filled`);
    assert.ok(typed.length > 1000, `${typed.length} cells typed`);
    assert.deepEqual(plan.problems.filter((p) => p.file !== undefined && p.severity === 'error').map((p) => `${p.code} ${p.sheet ?? ''}!${p.cell ?? ''} ${p.message}`.slice(0, 200)), []);
  });

  it('declares, for every input column of the workbook, where the plan shows it', () => {
    for (const t of tables) for (const c of t.columns) if (c.input !== 'never') assert.ok(c.plan !== undefined, `${t.table}.${c.key} has no plan destination`);
  });

  it('holds every typed value in plan.json', () => {
    const entry = plan.entries.find((e) => e.meta.workGroupId === GROUP);
    assert.ok(entry);
    const missing: string[] = [];
    for (const x of typed) {
      const record: object | undefined =
        x.table.table === 'plan'
          ? plan.steps.find((st) => st.stepId === x.stepId)
          : x.table.table === 'conclusions'
            ? entry.conclusions.find((r) => r.row === x.sheetRow)
            : x.table.table === 'practice' || x.table.table === 'leadership' || x.table.table === 'services' || x.table.table === 'needs'
              ? entry.capacities.find((c) => c.capacity === x.table.capacity)?.[x.table.table].find((r) => r.row === x.sheetRow)
              : undefined;
      const got = record === undefined ? undefined : (record as Readonly<Record<string, unknown>>)[x.col.key];
      if (got !== asParsed(x)) missing.push(`${x.table.name} row ${x.sheetRow} ${x.col.header}: want ${JSON.stringify(asParsed(x)).slice(0, 60)}, got ${JSON.stringify(got)?.slice(0, 60)}`);
    }
    assert.deepEqual(missing, []);
  });

  it('shows every typed value in plan.xlsx where its column says', () => {
    const missing: string[] = [];
    for (const x of typed) {
      const dest = x.col.plan;
      if (dest === undefined) continue;
      const name = dest.sheet === 'Report' ? `${x.capacity} Report` : dest.sheet;
      const sheet = sheets.get(name) ?? findSheet({ sheets: [...sheets.values()], date1904: false }, name);
      if (sheet === undefined) {
        missing.push(`no sheet ${name}`);
        continue;
      }
      const row = locate(sheet, x);
      if (row === undefined) {
        missing.push(`${x.table.name} row ${x.sheetRow}: no row in ${name}`);
        continue;
      }
      if (dest.header === undefined) continue;
      const header = headerAt(sheet, dest.header, dest.sheet === 'Report' ? 'Strength or gap' : undefined);
      const col = header.columns.get(dest.header);
      const got = col === undefined ? '' : shown(row[col]);
      const want = asShown(x);
      // A summary cell lists every row's value, one per line.
      const found = got === want || (typeof got === 'string' && typeof want === 'string' && got.split('\n').includes(want));
      if (!found) missing.push(`${x.table.name} row ${x.sheetRow} ${x.col.header} → ${name} "${dest.header}": want ${JSON.stringify(want).slice(0, 60)}, got ${JSON.stringify(got).slice(0, 80)}`);
    }
    assert.deepEqual(missing, []);
  });
});

/** The row of the destination sheet that holds this typed row. */
function locate(sheet: SheetGrid, x: Typed): readonly Cell[] | undefined {
  const find = (header: string, match: (c: Cell | undefined) => boolean, also?: string): readonly Cell[] | undefined => {
    const h = headerAt(sheet, header, also);
    const col = h.columns.get(header) as number;
    return sheet.rows.slice(h.row).find((r) => match(r?.[col]));
  };
  const from = `${GROUP} ${x.table.name} row ${x.sheetRow}`;
  switch (x.col.plan?.sheet) {
    case 'Plan':
      return find('Step id', (c) => cellText(c) === x.stepId);
    case 'Evidence': {
      // The group's sheet is named by the row's capacity and assessment; Row is the row on it.
      const h = headerAt(sheet, 'Row');
      const [cc, ac, rc] = ['Capacity', 'Assessment', 'Row'].map((name) => h.columns.get(name) ?? 0);
      const assessment = ASSESSMENTS.find((a) => a.id === x.table.table)?.short;
      return sheet.rows.slice(h.row).find((r) => cellText(r?.[cc ?? 0]) === x.table.capacity && cellText(r?.[ac ?? 0]) === assessment && shown(r?.[rc ?? 0]) === x.sheetRow);
    }
    case 'Services':
    case 'Needs':
      return find('From', (c) => cellText(c).split('; ').includes(from));
    case 'Report': {
      const finding = typedOn(x, 'finding');
      return find('Finding', (c) => cellText(c) === finding, 'Strength or gap');
    }
    default:
      return undefined;
  }
}

/** What was typed on each row, by sheet, row and column key: finds a row by its unique text. */
const typedByRow = new Map<string, string | number | Date>();

function typedOn(x: Typed, key: string): string {
  return String(typedByRow.get(`${x.table.name}|${x.sheetRow}|${key}`) ?? '');
}
