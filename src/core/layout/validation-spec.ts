// The data validation each declared column gets, as data: a dropdown for coded fields, bounds for
// numbers and dates, a length limit (which carries the help prompt) for text. The CLI's writer and
// the add-in's renderer only translate this into their own types, so both workbooks behave alike.

import type { ColumnDef, ListDef } from './layout-types';

/** Excel's limits for an input message and its title. */
const MAX_PROMPT = 255;
const MAX_TITLE = 32;
/** The most characters one cell can hold. */
export const MAX_CELL_TEXT = 32767;

export type ValidationRule =
  | { readonly kind: 'list'; readonly definedName: string }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'date'; readonly from: string; readonly to: string }
  | { readonly kind: 'textLength'; readonly max: number };

export interface ValidationSpec {
  readonly rule: ValidationRule;
  readonly title: string;
  readonly prompt: string;
  /** "information" lets a person keep a value that is not listed (a service not in the catalogue). */
  readonly errorStyle: 'stop' | 'information';
  readonly error: string;
}

export function validationSpec(col: ColumnDef, lists: readonly ListDef[]): ValidationSpec | null {
  if (col.input === 'never') return null;
  const base = { title: col.header.slice(0, MAX_TITLE), prompt: col.help.slice(0, MAX_PROMPT) };
  const t = col.type;
  switch (t.kind) {
    case 'rating':
    case 'choice': {
      const listName = t.kind === 'rating' ? 'rating' : t.list;
      const list = lists.find((l) => l.name === listName);
      // The layout declares every list its columns use; a missing one is a bug in the layout.
      if (list === undefined) throw new Error(`layout has no list "${listName}"`);
      const allowOther = t.kind === 'choice' && t.allowOther === true;
      return {
        ...base,
        rule: { kind: 'list', definedName: list.definedName },
        errorStyle: allowOther ? 'information' : 'stop',
        error: allowOther ? 'This is not in the list. Press OK to keep it as typed.' : 'Choose a value from the list.',
      };
    }
    case 'integer':
      return { ...base, rule: { kind: 'whole', min: t.min, max: t.max }, errorStyle: 'stop', error: `Type a whole number from ${t.min} to ${t.max}.` };
    case 'date':
      return { ...base, rule: { kind: 'date', from: '2000-01-01', to: '2100-12-31' }, errorStyle: 'stop', error: 'Type a date such as 2027-03-31 or 3/31/2027.' };
    case 'text':
      return { ...base, rule: { kind: 'textLength', max: MAX_CELL_TEXT }, errorStyle: 'stop', error: 'This text is too long for one cell.' };
  }
}
