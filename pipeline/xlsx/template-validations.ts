// The core's validation spec of a column, in exceljs's terms.

import type ExcelJS from 'exceljs';
import { utcMsFromIso, validationSpec, type ColumnDef, type ListDef } from '../../src/core';

export function validationFor(col: ColumnDef, lists: readonly ListDef[]): ExcelJS.DataValidation | null {
  const spec = validationSpec(col, lists);
  if (spec === null) return null;
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: spec.title,
    prompt: spec.prompt,
    showErrorMessage: true,
    errorStyle: spec.errorStyle,
    errorTitle: spec.title,
    error: spec.error,
  };
  const r = spec.rule;
  switch (r.kind) {
    case 'list':
      return { type: 'list', formulae: [r.definedName], ...messages };
    case 'whole':
      return { type: 'whole', operator: 'between', formulae: [r.min, r.max], ...messages };
    case 'date':
      return { type: 'date', operator: 'between', formulae: [new Date(utcMsFromIso(r.from)), new Date(utcMsFromIso(r.to))], ...messages };
    case 'textLength':
      return { type: 'textLength', operator: 'lessThanOrEqual', formulae: [r.max], ...messages };
  }
}
