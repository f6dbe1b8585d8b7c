// The Office.js data validation of each declared column, mirroring the exceljs template writer
// (pipeline/xlsx/template-validations.ts): dropdowns through the `List_*` names, bounds, input prompts.

import type { ColumnDef, ListDef } from '../core';

const MAX_PROMPT = 255;
const MAX_TITLE = 32;

export interface OfficeValidation {
  readonly rule: Excel.DataValidationRule;
  readonly prompt: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

export function officeValidationFor(col: ColumnDef, lists: readonly ListDef[]): OfficeValidation | null {
  if (col.input === 'never') return null;
  const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: col.header.slice(0, MAX_TITLE), message: col.help.slice(0, MAX_PROMPT) };
  const alert = (message: string, style: 'Stop' | 'Information' = 'Stop'): Excel.DataValidationErrorAlert => ({
    showAlert: true,
    style,
    title: col.header.slice(0, MAX_TITLE),
    message,
  });
  const t = col.type;
  switch (t.kind) {
    case 'rating':
    case 'choice': {
      const listName = t.kind === 'rating' ? 'rating' : t.list;
      const list = lists.find((l) => l.name === listName);
      if (list === undefined) throw new Error(`layout has no list "${listName}"`);
      // "Information" lets a person keep a value that is not listed (a service not in the catalogue).
      const allowOther = t.kind === 'choice' && t.allowOther === true;
      return {
        rule: { list: { inCellDropDown: true, source: `=${list.definedName}` } },
        prompt,
        errorAlert: allowOther ? alert('This is not in the list. Press OK to keep it as typed.', 'Information') : alert('Choose a value from the list.'),
      };
    }
    case 'integer':
      return { rule: { wholeNumber: { operator: 'Between', formula1: t.min, formula2: t.max } }, prompt, errorAlert: alert(`Type a whole number from ${t.min} to ${t.max}.`) };
    case 'date':
      return {
        rule: { date: { operator: 'Between', formula1: '2000-01-01', formula2: '2100-12-31' } },
        prompt,
        errorAlert: alert('Type a date such as 2027-03-31 or 3/31/2027.'),
      };
    case 'text':
      return { rule: { textLength: { operator: 'LessThanOrEqualTo', formula1: 32767 } }, prompt, errorAlert: alert('This text is too long for one cell.') };
  }
}
