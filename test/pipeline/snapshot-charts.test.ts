// The native charts of the CLI Snapshot workbook, checked as Excel reads them: every part and
// relationship present and well-formed, each element's children in the order ECMA-376 requires, the
// series formulas pointing at the cells that hold the table's numbers, suppressed values as gaps.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { type Snapshot, type SnapshotTable } from '../../src/core';
import { snapshotCharts } from '../../src/core/charts';
import { CONTENT_TYPES, sheetParts } from '../../pipeline/xlsx/add-charts';
import { runSnapshot } from '../../pipeline/snapshot/snapshot-command';
import { SNAPSHOT_SAMPLES, SNAPSHOT_TODAY, sampleSnapshot } from '../helpers/sample-outputs';
import { child, descendants, parseXml, sequenceProblems, type Sequence, type XmlNode } from '../../tools/xml-tree';

/** The sequences (ECMA-376 Part 1, transitional schemas) of the elements the chart writer emits. */
const SCHEMA: Readonly<Record<string, Sequence>> = {
  'c:chartSpace': ['c:date1904', 'c:lang', 'c:roundedCorners', 'mc:AlternateContent', 'c:style', 'c:clrMapOvr', 'c:pivotSource', 'c:protection', 'c:chart+', 'c:spPr', 'c:txPr', 'c:externalData', 'c:printSettings', 'c:userShapes', 'c:extLst'],
  'c:chart': ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea+', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs', 'c:showDLblsOverMax', 'c:extLst'],
  'c:title': ['c:tx', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'c:plotArea': ['c:layout', 'c:barChart', 'c:lineChart', 'c:catAx', 'c:valAx', 'c:dTable', 'c:spPr', 'c:extLst'],
  'c:barChart': ['c:barDir+', 'c:grouping', 'c:varyColors', 'c:ser*', 'c:dLbls', 'c:gapWidth', 'c:overlap', 'c:serLines*', 'c:axId+*', 'c:extLst'],
  'c:lineChart': ['c:grouping+', 'c:varyColors', 'c:ser*', 'c:dLbls', 'c:dropLines', 'c:hiLowLines', 'c:upDownBars', 'c:marker', 'c:smooth', 'c:axId+*', 'c:extLst'],
  'c:ser': ['c:idx+', 'c:order+', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:pictureOptions', 'c:marker', 'c:dPt*', 'c:dLbls', 'c:trendline*', 'c:errBars', 'c:cat', 'c:val', 'c:shape', 'c:smooth', 'c:extLst'],
  'c:dLbls': ['c:dLbl*', 'c:delete', 'c:numFmt', 'c:spPr', 'c:txPr', 'c:dLblPos', 'c:showLegendKey+', 'c:showVal+', 'c:showCatName+', 'c:showSerName+', 'c:showPercent+', 'c:showBubbleSize+', 'c:separator', 'c:showLeaderLines', 'c:leaderLines', 'c:extLst'],
  'c:marker': ['c:symbol', 'c:size', 'c:spPr', 'c:extLst'],
  'c:strRef': ['c:f+', 'c:strCache', 'c:extLst'],
  'c:numRef': ['c:f+', 'c:numCache', 'c:extLst'],
  'c:strCache': ['c:ptCount', 'c:pt*', 'c:extLst'],
  'c:numCache': ['c:formatCode', 'c:ptCount', 'c:pt*', 'c:extLst'],
  'c:catAx': ['c:axId+', 'c:scaling+', 'c:delete', 'c:axPos+', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx+', 'c:crosses', 'c:crossesAt', 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:tickLblSkip', 'c:tickMarkSkip', 'c:noMultiLvlLbl', 'c:extLst'],
  'c:valAx': ['c:axId+', 'c:scaling+', 'c:delete', 'c:axPos+', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx+', 'c:crosses', 'c:crossesAt', 'c:crossBetween', 'c:majorUnit', 'c:minorUnit', 'c:dispUnits', 'c:extLst'],
  'c:scaling': ['c:logBase', 'c:orientation', 'c:max', 'c:min', 'c:extLst'],
  'c:legend': ['c:legendPos', 'c:legendEntry*', 'c:layout', 'c:overlay', 'c:spPr', 'c:txPr', 'c:extLst'],
  'xdr:wsDr': ['xdr:twoCellAnchor*', 'xdr:oneCellAnchor*', 'xdr:absoluteAnchor*'],
  'xdr:oneCellAnchor': ['xdr:from+', 'xdr:ext+', 'xdr:sp', 'xdr:grpSp', 'xdr:graphicFrame', 'xdr:cxnSp', 'xdr:pic', 'xdr:contentPart', 'xdr:clientData+'],
  'xdr:from': ['xdr:col+', 'xdr:colOff+', 'xdr:row+', 'xdr:rowOff+'],
  'xdr:graphicFrame': ['xdr:nvGraphicFramePr+', 'xdr:xfrm+', 'a:graphic+', 'xdr:extLst'],
  'xdr:nvGraphicFramePr': ['xdr:cNvPr+', 'xdr:cNvGraphicFramePr+'],
  worksheet: [
    'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData+', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews',
    'mergeCells', 'phoneticPr', 'conditionalFormatting*', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
    'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
  ],
};

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

type Parts = Record<string, Uint8Array>;
const xmlOf = (parts: Parts, name: string): XmlNode => {
  const bytes = parts[name];
  assert.ok(bytes !== undefined, `the package has no ${name}`);
  return parseXml(strFromU8(bytes));
};

/** Relationship id → [type, target part] of a part's .rels. */
function relationships(parts: Parts, part: string): Map<string, [string, string]> {
  const slash = part.lastIndexOf('/');
  const rels = xmlOf(parts, `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
  const dir = part.slice(0, slash).split('/');
  return new Map(
    rels.children.map((r) => {
      const target = (r.attrs['Target'] ?? '').split('/').reduce((at, seg) => (seg === '..' ? at.slice(0, -1) : [...at, seg]), dir);
      return [r.attrs['Id'] ?? '', [r.attrs['Type'] ?? '', target.join('/')]];
    }),
  );
}

/** The cells a formula such as 'Chart data'!$B$5:$B$12 points at, as exceljs reads them. */
function cellsOf(wb: ExcelJS.Workbook, formula: string): ExcelJS.CellValue[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  assert.ok(m !== null, `not an absolute reference: ${formula}`);
  const ws = wb.getWorksheet((m[1] ?? '').replace(/''/g, "'"));
  assert.ok(ws !== undefined, `no sheet for ${formula}`);
  const [r1, r2] = [Number(m[3]), Number(m[5] ?? m[3])];
  const col = m[2] ?? 'A';
  assert.equal(m[4] ?? col, col, 'a series is one column');
  return Array.from({ length: r2 - r1 + 1 }, (_, i) => ws.getCell(`${col}${r1 + i}`).value);
}

describe('Snapshot workbook: native charts', () => {
  let s: Snapshot;
  let parts: Parts;
  let wb: ExcelJS.Workbook;
  let charts: { sheet: string; part: string; xml: XmlNode }[];

  before(async () => {
    const sample = await sampleSnapshot();
    s = sample.snapshot;
    parts = unzipSync(sample.xlsx);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sample.xlsx as unknown as ExcelJS.Buffer);
    charts = [];
    for (const [sheet, part] of sheetParts((n) => strFromU8(parts[n] ?? new Uint8Array()))) {
      const drawing = child(xmlOf(parts, part), 'drawing');
      if (drawing === undefined) continue;
      const [type, drawingPart] = relationships(parts, part).get(drawing.attrs['r:id'] ?? '') ?? ['', ''];
      assert.equal(type, `${REL}/drawing`, `${sheet}: the drawing relationship`);
      const rels = relationships(parts, drawingPart);
      for (const anchor of xmlOf(parts, drawingPart).children) {
        const ref = descendants(anchor, 'c:chart')[0]?.attrs['r:id'] ?? '';
        const [chartType, chartPart] = rels.get(ref) ?? ['', ''];
        assert.equal(chartType, `${REL}/chart`, `${sheet}: anchor ${ref} points at a chart`);
        charts.push({ sheet, part: chartPart, xml: xmlOf(parts, chartPart) });
      }
    }
  });

  it('has one chart part per chart of the description, each on its table\'s sheet', () => {
    const expected = snapshotCharts(s);
    assert.equal(charts.length, expected.length);
    assert.deepEqual(
      charts.map((c) => descendants(child(c.xml, 'c:chart') as XmlNode, 'a:t')[0]?.text),
      expected.map((c) => c.title),
    );
    assert.ok(charts.some((c) => c.sheet === 'Entries') && charts.some((c) => c.sheet === 'Trends'));
  });

  it('declares every chart and drawing part in the content types, and nothing dangles', () => {
    const types = xmlOf(parts, '[Content_Types].xml');
    const overrides = new Map(types.children.filter((o) => o.name === 'Override').map((o) => [o.attrs['PartName'] ?? '', o.attrs['ContentType'] ?? '']));
    for (const name of Object.keys(parts)) {
      if (/^xl\/charts\/chart\d+\.xml$/.test(name)) assert.equal(overrides.get(`/${name}`), CONTENT_TYPES.chart, name);
      if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) assert.equal(overrides.get(`/${name}`), CONTENT_TYPES.drawing, name);
    }
    for (const part of overrides.keys()) assert.ok(parts[part.slice(1)] !== undefined, `content type for a missing part ${part}`);
    assert.equal(Object.keys(parts).filter((n) => n.startsWith('xl/charts/')).length, charts.length);
  });

  it('follows the schema: each element\'s children known, in order, required ones present', () => {
    for (const c of charts) assert.deepEqual(sequenceProblems(c.xml, SCHEMA), [], c.part);
    for (const [sheet, part] of sheetParts((n) => strFromU8(parts[n] ?? new Uint8Array()))) {
      const ws = xmlOf(parts, part);
      assert.deepEqual(sequenceProblems({ ...ws, children: ws.children }, { worksheet: SCHEMA['worksheet'] ?? [] }), [], sheet);
      const drawing = child(ws, 'drawing');
      if (drawing === undefined) continue;
      const drawingPart = relationships(parts, part).get(drawing.attrs['r:id'] ?? '')?.[1] ?? '';
      // In a drawing, c:chart is only the reference to the chart part (CT_RelId).
      const { 'c:chart': _, ...drawingSchema } = SCHEMA;
      assert.deepEqual(sequenceProblems(xmlOf(parts, drawingPart), drawingSchema), [], drawingPart);
    }
  });

  it('points every series at the cells holding its numbers, with the table\'s categories; suppressed cells are empty', () => {
    const specs = snapshotCharts(s);
    let gaps = 0;
    charts.forEach((c, k) => {
      const spec = specs[k];
      assert.ok(spec !== undefined);
      const table = s.sections.flatMap((x) => x.tables).find((t) => t.id === spec.table) as SnapshotTable;
      const series = descendants(c.xml, 'c:ser');
      assert.equal(series.length, spec.series.length, spec.id);
      series.forEach((ser, i) => {
        const cat = descendants(child(ser, 'c:cat') as XmlNode, 'c:f')[0]?.text ?? '';
        const val = descendants(child(ser, 'c:val') as XmlNode, 'c:f')[0]?.text ?? '';
        const name = descendants(child(ser, 'c:tx') as XmlNode, 'c:f')[0]?.text ?? '';
        assert.deepEqual(cellsOf(wb, cat), spec.rows.map((r) => table.rows[r]?.label), `${spec.id} categories`);
        const column = spec.series[i]?.column ?? -1;
        assert.deepEqual(cellsOf(wb, name), [table.columns[column]?.header]);
        const cells = cellsOf(wb, val);
        spec.rows.forEach((r, j) => {
          const cell = table.rows[r]?.cells[column];
          if (cell?.suppressed === true) {
            gaps += 1;
            assert.equal(cells[j], null, `${spec.id} ${table.rows[r]?.label}: a suppressed value must be an empty cell`);
          } else assert.equal(cells[j], cell?.value, `${spec.id} ${table.rows[r]?.label}`);
        });
        // The cache Excel shows before it recalculates agrees: no point at all for a gap.
        const cached = new Map(descendants(child(ser, 'c:val') as XmlNode, 'c:pt').map((p) => [Number(p.attrs['idx']), Number(child(p, 'c:v')?.text)]));
        spec.series[i]?.values.forEach((v, j) => assert.equal(cached.get(j), v === null ? undefined : v, `${spec.id} cached point ${j}`));
      });
      assert.equal(child(child(c.xml, 'c:chart') as XmlNode, 'c:dispBlanksAs')?.attrs['val'], 'gap');
    });
    assert.ok(gaps > 0, 'the sample charts hold suppressed values');
  });

  it('draws bars for breakdowns and lines for trends, with their axis titles', () => {
    const specs = snapshotCharts(s);
    charts.forEach((c, k) => {
      const spec = specs[k];
      const plot = child(child(c.xml, 'c:chart') as XmlNode, 'c:plotArea') as XmlNode;
      assert.ok(child(plot, spec?.kind === 'bar' ? 'c:barChart' : 'c:lineChart') !== undefined, spec?.id);
      const titles = ['c:catAx', 'c:valAx'].map((ax) => descendants(child(child(plot, ax) as XmlNode, 'c:title') ?? { name: '', attrs: {}, children: [], text: '' }, 'a:t')[0]?.text ?? '');
      assert.deepEqual(titles, [spec?.categoryAxisTitle, spec?.valueAxisTitle]);
    });
  });
});

describe('Snapshot workbook: charts of an episodes-only Snapshot', () => {
  it('has one well-formed chart part per chart of its description, and no reports chart', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sa-charts-'));
    try {
      const outcome = await runSnapshot({ episodes: path.join(SNAPSHOT_SAMPLES, 'episodes.csv'), out: path.join(dir, 's.xlsx'), quiet: true }, { today: SNAPSHOT_TODAY, log: () => undefined, warn: () => undefined });
      const parts = unzipSync(readFileSync(path.join(dir, 's.xlsx')));
      const charts = Object.keys(parts).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
      const specs = snapshotCharts(outcome.snapshot);
      assert.equal(charts.length, specs.length);
      assert.ok(!specs.some((c) => c.id === 'trends.reports') && specs.some((c) => c.id === 'trends.care'));
      for (const c of charts) assert.deepEqual(sequenceProblems(xmlOf(parts, c), SCHEMA), [], c);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
