// Writes a chart placement of the core (ChartPlacement) as the DrawingML parts Excel reads: the
// chart (`c:chartSpace`, ECMA-376 Part 1 §21.2) with cell references and their cached values, and
// the sheet drawing's anchor (`xdr:oneCellAnchor`, §20.5) that puts it on the sheet at a fixed size.
// Elements follow the schema's sequence order, which Excel enforces. Gaps are points left out of the
// cache, with dispBlanksAs="gap"; the referenced cells are empty there.

import { seriesLook, type ChartPlacement, type RangeRef, type SERIES_DASHES } from '../../src/core/snapshot-layout';

export const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** English Metric Units per point. */
export const EMU_PER_PT = 12700;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const val = (name: string, v: string | number): string => `<c:${name} val="${esc(String(v))}"/>`;

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** An absolute reference such as 'Chart data'!$B$5:$B$12. */
export function formulaOf(r: RangeRef): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  const sheet = `'${r.sheet.replace(/'/g, "''")}'`;
  const from = cell(r.row1, r.col1);
  const to = cell(r.row2, r.col2);
  return `${sheet}!${from === to ? from : `${from}:${to}`}`;
}

/** Text properties: every label in a chart at a size that prints legibly (≥ 9 pt). */
function txPr(size: number, bold = false, rotate = false): string {
  return `<c:txPr><a:bodyPr${rotate ? ' rot="-5400000" vert="horz"' : ''}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="262626"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function title(text: string, size: number, bold: boolean, rotate = false): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr${rotate ? ' rot="-5400000" vert="horz"' : ''}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size * 100}" b="${bold ? 1 : 0}"><a:solidFill><a:srgbClr val="262626"/></a:solidFill></a:rPr><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function strRef(ref: RangeRef, values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${esc(formulaOf(ref))}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Cached values; a null is left out, which is how a blank (a gap) is cached. */
function numRef(ref: RangeRef, values: readonly (number | null)[], format: string): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${esc(formulaOf(ref))}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

const fill = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
/** DrawingML's names (ST_PresetLineDashVal) for the core's dashes. */
const DASHES: Readonly<Record<(typeof SERIES_DASHES)[number], string>> = { solid: 'solid', dash: 'dash', dot: 'sysDot', dashDot: 'dashDot', dashDotDot: 'sysDashDotDot' };

function dataLabels(format: string): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${esc(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(9)}` +
    `<c:dLblPos val="outEnd"/>${val('showLegendKey', 0)}${val('showVal', 1)}${val('showCatName', 0)}${val('showSerName', 0)}${val('showPercent', 0)}${val('showBubbleSize', 0)}</c:dLbls>`
  );
}

function series(p: ChartPlacement, i: number): string {
  const s = p.spec.series[i];
  const ref = p.series[i];
  if (s === undefined || ref === undefined) throw new Error(`chart ${p.spec.id}: series ${i} has no cells`);
  const look = seriesLook(i);
  const colour = look.colour;
  const head = `${val('idx', i)}${val('order', i)}<c:tx>${strRef(ref.name, [s.name])}</c:tx>`;
  const cat = `<c:cat>${strRef(p.categories, p.spec.categories)}</c:cat>`;
  const values = `<c:val>${numRef(ref.values, s.values, p.spec.numberFormat)}</c:val>`;
  if (p.spec.kind === 'bar') {
    return `<c:ser>${head}<c:spPr>${fill(colour)}</c:spPr>${val('invertIfNegative', 0)}${dataLabels(p.spec.numberFormat)}${cat}${values}</c:ser>`;
  }
  const line = `<a:ln w="28575" cap="rnd">${fill(colour)}<a:prstDash val="${DASHES[look.dash]}"/><a:round/></a:ln>`;
  const marker = `<c:marker>${val('symbol', look.marker)}${val('size', 7)}<c:spPr>${fill(colour)}<a:ln w="9525">${fill(colour)}</a:ln></c:spPr></c:marker>`;
  return `<c:ser>${head}<c:spPr>${line}</c:spPr>${marker}${cat}${values}${val('smooth', 0)}</c:ser>`;
}

const CAT_AX = 500001;
const VAL_AX = 500002;
const GRID = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
const AXIS_LINE = '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="808080"/></a:solidFill></a:ln></c:spPr>';

function axes(p: ChartPlacement): string {
  const bar = p.spec.kind === 'bar';
  // Horizontal bars: categories down the left, top to bottom as in the table (maxMin), so the
  // value axis crosses at the maximum category to stay at the bottom. Every category is labelled
  // (tickLblSkip 1): a client must not drop one to make room.
  const catTitle = p.spec.categoryAxisTitle === '' ? '' : title(p.spec.categoryAxisTitle, 9, false, bar);
  const catAx =
    `<c:catAx>${val('axId', CAT_AX)}<c:scaling>${val('orientation', bar ? 'maxMin' : 'minMax')}</c:scaling>${val('delete', 0)}${val('axPos', bar ? 'l' : 'b')}` +
    `${catTitle}<c:numFmt formatCode="General" sourceLinked="0"/>${val('majorTickMark', 'none')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${AXIS_LINE}${txPr(9)}` +
    `${val('crossAx', VAL_AX)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}${val('tickLblSkip', 1)}${val('noMultiLvlLbl', 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${val('axId', VAL_AX)}<c:scaling>${val('orientation', 'minMax')}${val('min', 0)}</c:scaling>${val('delete', 0)}${val('axPos', bar ? 'b' : 'l')}${GRID}` +
    `${title(p.spec.valueAxisTitle, 9, false, !bar)}<c:numFmt formatCode="${esc(p.spec.numberFormat)}" sourceLinked="0"/>${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}${AXIS_LINE}${txPr(9)}` +
    `${val('crossAx', CAT_AX)}${val('crosses', bar ? 'max' : 'autoZero')}${val('crossBetween', 'between')}</c:valAx>`;
  return catAx + valAx;
}

/** The chart part: `xl/charts/chartN.xml`. */
export function chartXml(p: ChartPlacement): string {
  const bar = p.spec.kind === 'bar';
  const all = p.spec.series.map((_, i) => series(p, i)).join('');
  const plot = bar
    ? `<c:barChart>${val('barDir', 'bar')}${val('grouping', 'clustered')}${val('varyColors', 0)}${all}${val('gapWidth', 60)}${val('axId', CAT_AX)}${val('axId', VAL_AX)}</c:barChart>`
    : `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${all}${val('marker', 1)}${val('axId', CAT_AX)}${val('axId', VAL_AX)}</c:lineChart>`;
  // A single series needs no legend: the value axis title says what it counts.
  const legend = p.spec.series.length > 1 ? `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}${txPr(9)}</c:legend>` : '';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${val('date1904', 0)}${val('lang', 'en-US')}${val('roundedCorners', 0)}` +
    `<c:chart>${title(p.spec.title, 11, true)}${val('autoTitleDeleted', 0)}<c:plotArea><c:layout/>${plot}${axes(p)}</c:plotArea>${legend}` +
    `${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `${txPr(9)}</c:chartSpace>`
  );
}

/** What a screen reader says for the chart (the drawing's alternative text). */
export function chartDescription(p: ChartPlacement): string {
  const kind = p.spec.kind === 'bar' ? 'Bar chart' : 'Line chart';
  return `${kind}: ${p.spec.title}. ${p.spec.series.map((s) => s.name).join(', ')} by ${p.spec.categoryAxisTitle === '' ? 'category' : p.spec.categoryAxisTitle.toLowerCase()}; the table beside it has the numbers.`;
}

/** The sheet's drawing part: one anchor per chart, each pointing at its chart through `rIds[i]`. */
export function drawingXml(placements: readonly ChartPlacement[], rIds: readonly string[]): string {
  const anchors = placements.map((p, i) => {
    const id = i + 2;
    const ext = `cx="${Math.round(p.width * EMU_PER_PT)}" cy="${Math.round(p.height * EMU_PER_PT)}"`;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${p.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext ${ext}/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Chart ${i + 1}" descr="${esc(chartDescription(p))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${esc(rIds[i] ?? '')}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join('')}</xdr:wsDr>`;
}
