// The data validation each declared column type gets: a dropdown for coded fields, bounds for
// numbers and dates, and for free text a length limit that carries the help prompt.

import type ExcelJS from 'exceljs';
import type { ColumnDef, ListDef } from '../../src/core';

const MAX_PROMPT = 255;
const MAX_TITLE = 32;

export function validationFor(col: ColumnDef, lists: readonly ListDef[]): ExcelJS.DataValidation | null {
  if (col.input === 'never') return null;
  const prompt = {
    showInputMessage: true,
    promptTitle: col.header.slice(0, MAX_TITLE),
    prompt: col.help.slice(0, MAX_PROMPT),
    showErrorMessage: true,
  };
  const t = col.type;
  switch (t.kind) {
    case 'rating':
    case 'choice': {
      const listName = t.kind === 'rating' ? 'rating' : t.list;
      const list = lists.find((l) => l.name === listName);
      if (list === undefined) throw new Error(`layout has no list "${listName}"`);
      const allowOther = t.kind === 'choice' && t.allowOther === true;
      return {
        type: 'list',
        allowBlank: true,
        formulae: [list.definedName],
        ...prompt,
        // "information" lets a person keep a value that is not listed (a service not in the catalogue).
        errorStyle: allowOther ? 'information' : 'stop',
        errorTitle: `${col.header}`.slice(0, MAX_TITLE),
        error: allowOther ? 'This is not in the list. Press OK to keep it as typed.' : 'Choose a value from the list.',
      };
    }
    case 'integer':
      return {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [t.min, t.max],
        ...prompt,
        errorStyle: 'stop',
        errorTitle: col.header.slice(0, MAX_TITLE),
        error: `Type a whole number from ${t.min} to ${t.max}.`,
      };
    case 'date':
      return {
        type: 'date',
        operator: 'between',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        ...prompt,
        errorStyle: 'stop',
        errorTitle: col.header.slice(0, MAX_TITLE),
        error: 'Type a date such as 2027-03-31 or 3/31/2027.',
      };
    case 'text':
      return {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [32767],
        ...prompt,
        errorStyle: 'stop',
        errorTitle: col.header.slice(0, MAX_TITLE),
        error: 'This text is too long for one cell.',
      };
  }
}
