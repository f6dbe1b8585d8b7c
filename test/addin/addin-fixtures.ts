// Shared set-up for the add-in tests: the sample jurisdiction (and a variant whose WG1 has three
// capacities), a fake workbook with a gateway on it, and the set-up flow the task pane runs.

import { randomUUID } from 'node:crypto';
import type { Jurisdiction, WorkGroup } from '../../src/core';
import { FakeWorkbook, type FakeRequestContext } from '../../src/excel/fake/fake-workbook';
import { newSheet } from '../../src/excel/fake/fake-model';
import { OfficeGateway, type ExcelRun } from '../../src/excel/office-gateway';
import type { SetupResult } from '../../src/excel/workbook-gateway';
import { planSetup } from '../../src/taskpane/setup-plan';
import { FIXED_NOW, group, sampleJurisdiction } from '../helpers/fixtures';

export { FIXED_NOW, group, sampleJurisdiction };

/** WG1 with a third capacity, for the sync budget "3 capacities". */
export function threeCapacityJurisdiction(): Jurisdiction {
  const j = sampleJurisdiction();
  return { ...j, workGroups: j.workGroups.map((g) => (g.id === 'WG1' ? { ...g, capacities: ['S1', 'S2', 'P1'] } : g)) };
}

/** A new Excel workbook: one empty visible "Sheet1". */
export function blankWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.sheets.push(newSheet('Sheet1'));
  return wb;
}

/**
 * The one cast between the fake and Office's types: the fake implements the subset of the Excel
 * object model the gateway uses, with the same names and load/sync behaviour.
 */
export function gatewayOn(wb: FakeWorkbook): OfficeGateway {
  const run: ExcelRun = (batch) => wb.run((context: FakeRequestContext) => batch(context as unknown as Excel.RequestContext));
  return new OfficeGateway(run);
}

export async function setUp(wb: FakeWorkbook, j: Jurisdiction, g: WorkGroup): Promise<SetupResult> {
  const gateway = gatewayOn(wb);
  const state = await gateway.readState();
  const planned = planSetup(j, g, state, FIXED_NOW, () => randomUUID());
  if (planned.kind !== 'ok') throw new Error(planned.message);
  return gateway.applyLayout(planned.layout, planned.plan);
}
