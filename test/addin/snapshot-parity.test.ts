// The two front ends give the same Snapshot: the add-in's sheets (written through the gateway onto
// the fake workbook) hold the cells, row heights, merges, page setup and charts the CLI workbook has.

import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { sheetParts } from '../../pipeline/xlsx/add-charts';
import { EMU_PER_PT } from '../../pipeline/xlsx/chart-xml';
import type { FakeWorkbook } from '../../src/excel/fake/fake-workbook';
import { SNAPSHOT_PREFIX, snapshotSheets } from '../../src/taskpane/snapshot-sheets';
import { sampleSnapshot } from '../helpers/sample-outputs';
import { child, descendants, parseXml, type XmlNode } from '../../tools/xml-tree';
import { blankWorkbook, gatewayOn } from './addin-fixtures';

interface ChartFacts {
  readonly sheet: string;
  readonly kind: string;
  readonly title: string;
  readonly series: readonly { readonly values: string; readonly categories: string }[];
  readonly axes: readonly [string, string];
  readonly anchor: string;
  readonly size: readonly [number, number];
  readonly gaps: boolean;
}

/** "'Chart data'!$B$5:$B$12" and "Snapshot Chart data!B5:B12" both become "Chart data!B5:B12". */
const ref = (f: string): string => f.replace(/\$/g, '').replace(/^'(.*)'!/, '$1!').replace(SNAPSHOT_PREFIX, '');

function cliCharts(xlsx: Buffer): ChartFacts[] {
  const parts = unzipSync(xlsx);
  const xml = (name: string): XmlNode => parseXml(strFromU8(parts[name] ?? new Uint8Array()));
  const out: ChartFacts[] = [];
  for (const [sheet, part] of sheetParts((n) => strFromU8(parts[n] ?? new Uint8Array()))) {
    const rels = parts[part.replace('worksheets/', 'worksheets/_rels/') + '.rels'];
    if (rels === undefined || child(xml(part), 'drawing') === undefined) continue;
    const drawing = `xl/drawings/${/drawings\/(drawing\d+\.xml)/.exec(strFromU8(rels))?.[1] ?? ''}`;
    const drawingRels = xml(drawing.replace('drawings/', 'drawings/_rels/') + '.rels');
    for (const anchor of xml(drawing).children) {
      const id = descendants(anchor, 'c:chart')[0]?.attrs['r:id'];
      const target = drawingRels.children.find((r) => r.attrs['Id'] === id)?.attrs['Target'] ?? '';
      const chart = xml(`xl/charts/${target.replace('../charts/', '')}`);
      const plot = descendants(chart, 'c:plotArea')[0] as XmlNode;
      const axisTitle = (ax: string): string => descendants(child(child(plot, ax) as XmlNode, 'c:title') ?? plot, 'a:t')[0]?.text ?? '';
      const from = child(anchor, 'xdr:from') as XmlNode;
      const ext = child(anchor, 'xdr:ext') as XmlNode;
      out.push({
        sheet,
        kind: child(plot, 'c:barChart') === undefined ? 'line' : 'bar',
        title: descendants(child(child(chart, 'c:chart') as XmlNode, 'c:title') as XmlNode, 'a:t')[0]?.text ?? '',
        series: descendants(plot, 'c:ser').map((s) => ({
          values: ref(descendants(child(s, 'c:val') as XmlNode, 'c:f')[0]?.text ?? ''),
          categories: ref(descendants(child(s, 'c:cat') as XmlNode, 'c:f')[0]?.text ?? ''),
        })),
        axes: [axisTitle('c:catAx'), axisTitle('c:valAx')],
        anchor: `${Number(child(from, 'xdr:col')?.text) + 1}:${Number(child(from, 'xdr:row')?.text) + 1}`,
        size: [Number(ext.attrs['cx']) / EMU_PER_PT, Number(ext.attrs['cy']) / EMU_PER_PT],
        gaps: descendants(chart, 'c:dispBlanksAs')[0]?.attrs['val'] === 'gap',
      });
    }
  }
  return out;
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function addinCharts(wb: FakeWorkbook): ChartFacts[] {
  return wb.sheets.flatMap((s) =>
    s.charts.map((c) => {
      const m = /^([A-Z]+)(\d+)$/.exec(c.anchor);
      return {
        sheet: s.name.replace(SNAPSHOT_PREFIX, ''),
        kind: c.type === 'BarClustered' ? 'bar' : 'line',
        title: c.title,
        series: c.series.map((x) => ({ values: ref(x.values), categories: ref(x.categories) })),
        axes: [c.categoryAxisTitle, c.valueAxisTitle] as const,
        anchor: `${colNumber(m?.[1] ?? '')}:${m?.[2] ?? ''}`,
        size: [c.width, c.height] as const,
        gaps: c.displayBlanksAs === 'NotPlotted',
      };
    }),
  );
}

describe('add-in and CLI Snapshot are the same', () => {
  let cli: ExcelJS.Workbook;
  let xlsx: Buffer;
  let addin: FakeWorkbook;

  before(async () => {
    const sample = await sampleSnapshot();
    xlsx = sample.xlsx;
    cli = new ExcelJS.Workbook();
    await cli.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    addin = blankWorkbook();
    await gatewayOn(addin).writeSnapshot(snapshotSheets(sample.snapshot), []);
  });

  it('draws the same charts: kind, title, series cells, axis titles, place, size and gaps', () => {
    const [a, b] = [addinCharts(addin), cliCharts(xlsx)];
    assert.ok(b.length >= 12, `${b.length} charts`);
    assert.deepEqual(a, b);
  });

  it('has the same sheets with the same cells, row heights, merges and print setup', () => {
    const sheets = addin.sheets.filter((s) => s.name.startsWith(SNAPSHOT_PREFIX));
    assert.deepEqual(sheets.map((s) => s.name.replace(SNAPSHOT_PREFIX, '')), cli.worksheets.map((w) => w.name));
    for (const s of sheets) {
      const ws = cli.getWorksheet(s.name.replace(SNAPSHOT_PREFIX, ''));
      assert.ok(ws !== undefined);
      const values = new Map<string, unknown>();
      ws.eachRow((row, r) => row.eachCell((cell, c) => void (cell.value !== null && cell.master === cell && values.set(`${r}:${c}`, cell.value))));
      const fake = new Map([...s.cells].filter(([, c]) => c.value !== '').map(([k, c]) => [k, c.value]));
      assert.deepEqual(fake, values, s.name);
      ws.eachRow((row, r) => assert.equal(s.rowHeights.get(r), row.height, `${s.name} row ${r}`));
      const merges = (ws.model as unknown as { merges: string[] }).merges;
      assert.deepEqual([...s.merges].sort(), [...merges].sort(), `${s.name} merges`);
      assert.equal(s.visibility === 'Hidden', ws.state === 'hidden');
      if (ws.state !== 'hidden') {
        assert.equal(s.pageLayout['orientation'], ws.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait');
        assert.equal(s.pageLayout['printTitleRows'], `$${ws.pageSetup.printTitlesRow?.replace(':', ':$')}`);
        // exceljs does not read page breaks back: they come from the sheet's XML.
        const parts = unzipSync(xlsx);
        const sheetXml = parseXml(strFromU8(parts[sheetParts((n) => strFromU8(parts[n] ?? new Uint8Array())).get(ws.name) ?? ''] ?? new Uint8Array()));
        const breaks = descendants(sheetXml, 'brk').map((b) => Number(b.attrs['id']) + 1);
        assert.deepEqual(s.pageBreaks, breaks, `${s.name} page breaks`);
      }
    }
  });
});
