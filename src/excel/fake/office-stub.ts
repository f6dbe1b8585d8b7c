// The `office.js` the browser test serves instead of Microsoft's: `Office.onReady` resolves at once
// and `Excel.run` drives the in-memory fake workbook, exposed as `window.__fakeWorkbook` for asserts.

import { newSheet } from './fake-model';
import { FakeWorkbook } from './fake-workbook';

const workbook = new FakeWorkbook();
workbook.sheets.push(newSheet('Sheet1'));

const info = { host: 'Excel', platform: 'OfficeOnline' };
const stub = {
  Office: {
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: (name: string, version?: string): boolean => name === 'ExcelApi' && Number(version ?? '1.1') <= 1.9 } },
    actions: { associate: (): void => undefined },
  },
  Excel: { run: workbook.run },
  __fakeWorkbook: workbook,
};
Object.assign(self, stub);
