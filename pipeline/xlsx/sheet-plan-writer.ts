// Renders the core's SheetPlan (blocks, widths, heights, merges, print setup) into an exceljs
// worksheet, the same way the add-in renders it through Office.js. Charts are not exceljs's to write:
// add-charts.ts puts them into the saved package.

import type ExcelJS from 'exceljs';
import { BLOCK_LOOKS, PAGE_MARGINS, type SheetBlock, type SheetPlan } from '../../src/core/snapshot-layout';

type Style = Partial<ExcelJS.Style>;

/** One style object per distinct look, so exceljs writes each once (see sheet-kit's STYLES). */
const styles = new Map<string, Style>();

function styleFor(b: SheetBlock, col: number): Style {
  const align = b.align?.[col] ?? 'left';
  const format = b.numberFormats?.[col] ?? '';
  const key = `${b.style}|${align}|${format}|${b.wrap === true}`;
  let style = styles.get(key);
  if (style !== undefined) return style;
  const look = BLOCK_LOOKS[b.style];
  style = {
    font: { name: 'Calibri', size: look.size, bold: look.bold === true, italic: look.italic === true, ...(look.color === undefined ? {} : { color: { argb: `FF${look.color}` } }) },
    alignment: { horizontal: align, vertical: look.valign === 'center' ? 'middle' : 'top', wrapText: b.wrap === true },
    ...(look.fill === undefined ? {} : { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${look.fill}` } } }),
    ...(look.ruleAbove === true ? { border: { top: { style: 'thin', color: { argb: 'FF808080' } } } } : {}),
    ...(format === '' ? {} : { numFmt: format }),
  };
  styles.set(key, style);
  return style;
}

export function pageSetupOf(plan: SheetPlan): Partial<ExcelJS.PageSetup> {
  const p = plan.print;
  if (p === null) return {};
  return {
    paperSize: 1 as ExcelJS.PageSetup['paperSize'],
    orientation: p.orientation,
    scale: p.scale,
    fitToPage: false,
    margins: { ...PAGE_MARGINS },
    ...(p.titleRows === undefined ? {} : { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` }),
  };
}

export function renderSheetPlan(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name, {
    state: plan.hidden ? 'hidden' : 'visible',
    views: plan.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: plan.frozenRows, topLeftCell: `A${plan.frozenRows + 1}` }] : [],
    pageSetup: pageSetupOf(plan),
  });
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const b of plan.blocks) {
    b.values.forEach((values, r) => {
      const row = ws.getRow(b.row + r);
      values.forEach((v, c) => {
        const cell = row.getCell(b.col + c);
        if (v !== '') cell.value = v;
        cell.style = styleFor(b, c);
      });
      if (b.mergeAcross !== undefined && b.mergeAcross > 1) ws.mergeCells(b.row + r, b.col, b.row + r, b.col + b.mergeAcross - 1);
    });
  }
  for (const [r, h] of plan.rowHeights) ws.getRow(r).height = h;
  if (plan.print !== null) {
    for (const r of plan.print.rowBreaks) ws.getRow(r).addPageBreak();
    ws.headerFooter = { oddFooter: `&L${plan.print.footerLeft}&R${plan.print.footerRight}` };
  }
  return ws;
}
