// Tolerant matching of what people type against headers, list entries and each other: case, spaces,
// punctuation and curly quotes do not matter ("dont know" = "Don't know"), in every script.

import type { ListDef, ListItem } from '../layout/layout-types';

/** Texts already normalised: headers, titles and list entries recur in every workbook of a merge. */
const normalised = new Map<string, string>();
let normalisedChars = 0;
/** Bounds that memory, whatever the input: about 2 MB. */
const MAX_NORMALISED_CHARS = 1_000_000;

/** Anything that is not a letter, a combining mark or a digit, in any script. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The matching key of a text: NFKC (full-width and compatibility forms fold to their plain ones),
 * case folded (upper then lower, so "ß" = "SS" and final sigma = sigma), letters, marks and digits of
 * every script kept, spacing and punctuation dropped. "家庭支持服务" keeps its characters: a key of
 * only a-z would make every Chinese, Arabic or Cyrillic text the same empty key.
 */
export function normalise(text: string): string {
  let n = normalised.get(text);
  if (n === undefined) {
    n = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, '') : text.normalize('NFKC').toUpperCase().toLowerCase().replace(NOT_WORD, '');
    if (normalisedChars + text.length > MAX_NORMALISED_CHARS) {
      normalised.clear();
      normalisedChars = 0;
    }
    normalised.set(text, n);
    normalisedChars += text.length;
  }
  return n;
}

const DONT_KNOW = new Set(['dk', 'dontknow', 'donotknow', 'unknown', 'notsure']);

interface ListIndex {
  /** Each item by every normalised way of writing it. */
  readonly items: ReadonlyMap<string, ListItem>;
  /** What was typed, as typed, to the item it means (null for none): the same texts recur in every workbook. */
  readonly typed: Map<string, ListItem | null>;
}

/** Bounds the memory of `typed` for a list, whatever the input. */
const MAX_REMEMBERED = 10_000;

/**
 * Built once per distinct list content: every workbook's layout builds its own list objects, but
 * at statewide scale hundreds of them hold the same items.
 */
const byContent = new Map<string, ListIndex>();
const byList = new WeakMap<ListDef, ListIndex>();

function indexOf(list: ListDef): ListIndex {
  let index = byList.get(list);
  if (index !== undefined) return index;
  const key = `${list.name}\u0000${list.items.map((i) => `${i.code}\u0001${i.display}`).join('\u0000')}`;
  index = byContent.get(key);
  if (index === undefined) {
    const m = new Map<string, ListItem>();
    // Later entries never replace earlier ones: the display text wins over a look-alike code.
    const add = (text: string, item: ListItem): void => {
      if (text !== '' && !m.has(text)) m.set(text, item);
    };
    for (const item of list.items) add(normalise(item.display), item);
    for (const item of list.items) add(normalise(item.code), item);
    for (const item of list.items) {
      const dash = item.display.indexOf(' - ');
      if (dash > 0) add(normalise(item.display.slice(dash + 3)), item);
    }
    index = { items: m, typed: new Map() };
    byContent.set(key, index);
  }
  byList.set(list, index);
  return index;
}

/** The list item a typed value means, or undefined. Accepts the display text, the code, or the label after "code - ". */
export function matchListItem(list: ListDef, typed: string): ListItem | undefined {
  const index = indexOf(list);
  const known = index.typed.get(typed);
  if (known !== undefined) return known ?? undefined;
  const item = match(list, index.items, typed);
  if (index.typed.size < MAX_REMEMBERED) index.typed.set(typed, item ?? null);
  return item;
}

function match(list: ListDef, items: ReadonlyMap<string, ListItem>, typed: string): ListItem | undefined {
  const n = normalise(typed);
  if (n === '') return undefined;
  const exact = items.get(n);
  if (exact !== undefined) return exact;
  if (list.name === 'rating' && DONT_KNOW.has(n)) return list.items.find((i) => i.code === 'DK');
  // "3 - partly" or "S1: safety": a leading code followed by anything still means that code.
  const lead = /^\s*([A-Za-z]*\d+)(?:\s*[-–:).]\s*|\s+)[A-Za-z]/.exec(typed)?.[1];
  return lead === undefined ? undefined : items.get(normalise(lead));
}
