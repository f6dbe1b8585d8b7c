// Our own cell type: every adapter (the CLI's xlsx reader, the add-in gateway, CSV) converts to this at its edge,
// so nothing in the core ever sees a library's loosely typed values.

export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A calendar date as `yyyy-mm-dd`; time of day is dropped because every date we read is a day. */
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'error'; readonly value: string };

export const EMPTY: Cell = { kind: 'empty' };

export const str = (value: string): Cell => (value === '' ? EMPTY : { kind: 'string', value });
export const num = (value: number): Cell => ({ kind: 'number', value });
export const bool = (value: boolean): Cell => ({ kind: 'boolean', value });
export const date = (value: string): Cell => ({ kind: 'date', value });
export const err = (value: string): Cell => ({ kind: 'error', value });

/** True for cells a person would call blank, including text made only of spaces. */
export function isBlank(cell: Cell | undefined): boolean {
  if (cell === undefined || cell.kind === 'empty') return true;
  return cell.kind === 'string' && cell.value.trim() === '';
}

/** The text a person sees, for messages and for matching headers. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'string':
    case 'date':
    case 'error':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
  }
}
