// Tolerant matching of what people type against headers and list entries: case, spaces,
// punctuation and curly quotes do not matter ("dont know" = "Don't know").

import type { ListDef, ListItem } from '../layout/layout-types';

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const DONT_KNOW = new Set(['dk', 'dontknow', 'donotknow', 'unknown', 'notsure']);

/** The list item a typed value means, or undefined. Accepts the display text, the code, or the label after "code - ". */
export function matchListItem(list: ListDef, typed: string): ListItem | undefined {
  const n = normalise(typed);
  if (n === '') return undefined;
  for (const item of list.items) {
    if (normalise(item.display) === n || normalise(item.code) === n) return item;
    const dash = item.display.indexOf(' - ');
    if (dash > 0 && normalise(item.display.slice(dash + 3)) === n) return item;
  }
  if (list.name === 'rating' && DONT_KNOW.has(n)) return list.items.find((i) => i.code === 'DK');
  // "3 - partly" or "S1: safety": a leading code followed by anything still means that code.
  const lead = /^\s*([A-Za-z]*\d+)(?:\s*[-–:).]\s*|\s+)[A-Za-z]/.exec(typed)?.[1];
  return lead === undefined ? undefined : list.items.find((i) => normalise(i.code) === normalise(lead));
}
