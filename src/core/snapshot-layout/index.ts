// The Snapshot workbook's layout, shared by the CLI writer and the add-in.

export * from './sheet-plan';
export { snapshotSheetPlans, cellValue, CHART_DATA_SHEET, NOTES_SHEET, type SnapshotLayoutOptions } from './snapshot-sheets';
export { printableSize } from './sheet-builder';
