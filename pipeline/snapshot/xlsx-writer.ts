// Renders the Snapshot into a fresh workbook from the core's layout (the same sheets the add-in
// writes): exceljs writes the cells, styles and print setup; add-charts then puts the native
// charts, which exceljs cannot write, into the saved package.

import ExcelJS from 'exceljs';
import { type Snapshot } from '../../src/core';
import { snapshotSheetPlans, type ChartPlacement } from '../../src/core/snapshot-layout';
import { writeFileAtomic } from '../atomic-write';
import { addCharts } from '../xlsx/add-charts';
import { renderSheetPlan } from '../xlsx/sheet-plan-writer';

function buildWorkbook(s: Snapshot): { workbook: ExcelJS.Workbook; charts: Map<string, readonly ChartPlacement[]> } {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'service-array snapshot';
  wb.title = s.title;
  const charts = new Map<string, readonly ChartPlacement[]>();
  for (const plan of snapshotSheetPlans(s)) {
    renderSheetPlan(wb, plan);
    charts.set(plan.name, plan.charts);
  }
  return { workbook: wb, charts };
}

/** The Snapshot workbook's bytes, charts included. */
export async function snapshotXlsxBytes(s: Snapshot): Promise<Uint8Array> {
  const { workbook, charts } = buildWorkbook(s);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addCharts(bytes, charts);
}

export async function writeSnapshotXlsx(path: string, s: Snapshot): Promise<void> {
  await writeFileAtomic(path, Buffer.from(await snapshotXlsxBytes(s)));
}
