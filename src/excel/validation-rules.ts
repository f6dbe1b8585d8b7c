// The core's validation spec of a column, in Office.js terms (the exceljs writer translates the same
// spec in pipeline/xlsx/template-validations.ts): dropdowns through the `List_*` names, bounds, prompts.

import { validationSpec, type ColumnDef, type ListDef } from '../core';

export interface OfficeValidation {
  readonly rule: Excel.DataValidationRule;
  readonly prompt: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

export function officeValidationFor(col: ColumnDef, lists: readonly ListDef[]): OfficeValidation | null {
  const spec = validationSpec(col, lists);
  if (spec === null) return null;
  const prompt: Excel.DataValidationPrompt = { showPrompt: true, title: spec.title, message: spec.prompt };
  const errorAlert: Excel.DataValidationErrorAlert = { showAlert: true, style: spec.errorStyle === 'stop' ? 'Stop' : 'Information', title: spec.title, message: spec.error };
  const r = spec.rule;
  switch (r.kind) {
    case 'list':
      return { rule: { list: { inCellDropDown: true, source: `=${r.definedName}` } }, prompt, errorAlert };
    case 'whole':
      return { rule: { wholeNumber: { operator: 'Between', formula1: r.min, formula2: r.max } }, prompt, errorAlert };
    case 'date':
      return { rule: { date: { operator: 'Between', formula1: r.from, formula2: r.to } }, prompt, errorAlert };
    case 'textLength':
      return { rule: { textLength: { operator: 'LessThanOrEqualTo', formula1: r.max } }, prompt, errorAlert };
  }
}
