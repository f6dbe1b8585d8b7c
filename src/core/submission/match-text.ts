// Tolerant matching of what people type against headers and list entries: case, spaces,
// punctuation and curly quotes do not matter ("dont know" = "Don't know").

import type { ListDef, ListItem } from '../layout/layout-types';

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const DONT_KNOW = new Set(['dk', 'dontknow', 'donotknow', 'unknown', 'notsure']);

/** Each list's items by every normalised way of writing them, built once per list. */
const indexes = new WeakMap<ListDef, ReadonlyMap<string, ListItem>>();

function indexOf(list: ListDef): ReadonlyMap<string, ListItem> {
  let index = indexes.get(list);
  if (index === undefined) {
    const m = new Map<string, ListItem>();
    // Later entries never replace earlier ones: the display text wins over a look-alike code.
    const add = (key: string, item: ListItem): void => {
      if (key !== '' && !m.has(key)) m.set(key, item);
    };
    for (const item of list.items) add(normalise(item.display), item);
    for (const item of list.items) add(normalise(item.code), item);
    for (const item of list.items) {
      const dash = item.display.indexOf(' - ');
      if (dash > 0) add(normalise(item.display.slice(dash + 3)), item);
    }
    index = m;
    indexes.set(list, index);
  }
  return index;
}

/** The list item a typed value means, or undefined. Accepts the display text, the code, or the label after "code - ". */
export function matchListItem(list: ListDef, typed: string): ListItem | undefined {
  const n = normalise(typed);
  if (n === '') return undefined;
  const index = indexOf(list);
  const exact = index.get(n);
  if (exact !== undefined) return exact;
  if (list.name === 'rating' && DONT_KNOW.has(n)) return list.items.find((i) => i.code === 'DK');
  // "3 - partly" or "S1: safety": a leading code followed by anything still means that code.
  const lead = /^\s*([A-Za-z]*\d+)(?:\s*[-–:).]\s*|\s+)[A-Za-z]/.exec(typed)?.[1];
  return lead === undefined ? undefined : index.get(normalise(lead));
}
