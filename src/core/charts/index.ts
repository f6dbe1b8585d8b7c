// Chart descriptions, drawn by the workbook writers, the add-in and the documents alike.

export * from './snapshot-charts';
