// Mutations of the sample jurisdiction file, for the promise that validation catches whatever would
// crash a command: long, empty, odd and duplicated texts and ids, numbers out of range, emptied and
// duplicated lists, fields dropped or of the wrong type, dates at the ends of the calendar, many
// groups. Seeded, as the workbook variants.

import { Random } from './variants';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Leaf = { readonly parent: Json[] | { [key: string]: Json }; readonly key: string | number; readonly value: Json };

const TEXTS = ['', ' ', '=1+1', "'", 'a:b', '[x]', 'x/y', 'a\\b', '\t', 'CON', 'a\u0000b', 'a\u0007b', 'Ünïcödé', '😀', '../x', '  padded  ', 'History', '_meta', 'Lists', 'Plan', 'S1', 'WG1', 'wg1', 'p01', '*', '?', '"quoted"', 'line\nbreak', 'x'.repeat(31), 'x'.repeat(32)];
const CHARS = ['a', 'é', '😀', ' ', '/', '[', ':', '*', "'", '"', '\u0000', '\n', '=', '<', '&', '-'];
const LENGTHS = [10, 32, 100, 256, 1000, 5000, 40_000, 300_000];
const NUMBERS = [0, -1, 1, 2, 10, 11, 50, 99, 100, 500, 501, 1e9, 1.5, 1e308, -0];
const DATES = ['0001-01-01', '9999-12-31', '2027-02-29', '2028-02-29', '1900-01-01', '2026-09-15', '2030-01-01', '2000-01-01'];

function leaves(value: Json, out: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) value.forEach((v, i) => (typeof v === 'object' && v !== null ? leaves(v, out) : out.push({ parent: value, key: i, value: v })));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'object' && v !== null) leaves(v, out);
      else out.push({ parent: value, key: k, value: v });
    }
  }
  return out;
}

function containers(value: Json, out: Leaf[] = [], parent?: Leaf['parent'], key?: string | number): Leaf[] {
  if (typeof value !== 'object' || value === null) return out;
  if (parent !== undefined && key !== undefined) out.push({ parent, key, value });
  if (Array.isArray(value)) value.forEach((v, i) => containers(v, out, value, i));
  else for (const [k, v] of Object.entries(value)) containers(v, out, value, k);
  return out;
}

const set = (l: Leaf, v: Json): void => {
  (l.parent as Record<string | number, Json>)[l.key] = v;
};

/** Default lists, written out, so that mutations can reach into them. */
const SETTINGS: Json = {
  capacities: [
    { id: 'S1', label: 'Safety one', outcome: 'Children are safe' },
    { id: 'S2', label: 'Safety two' },
    { id: 'P1', label: 'Permanency one' },
    { id: 'P2', label: 'Permanency two' },
    { id: 'WB1', label: 'Well-being one' },
    { id: 'WB2', label: 'Well-being two' },
    { id: 'WB3', label: 'Well-being three' },
  ],
  ratingScale: { levels: [{ value: 1, label: '1 - Not in place' }, { value: 2, label: '2 - Partly' }, { value: 3, label: '3 - Mostly' }, { value: 4, label: '4 - Fully in place' }], dontKnow: "Don't know" },
  practiceItems: [{ id: 'PR1', label: 'Practice one', prompt: 'How?', capacities: [] }, { id: 'PR2', label: 'Practice two', capacities: ['S1'] }],
  leadershipItems: [{ id: 'LE1', label: 'Leadership one', capacities: [] }],
  serviceCatalogue: [{ id: 'SV1', name: 'Parenting classes', group: 'Family support', category: 'Prevention', capacities: [] }, { id: 'SV2', name: 'Counselling', group: 'Health', category: 'Treatment', capacities: ['WB3'] }],
  stakeholderCategories: [{ id: 'child-welfare', label: 'Child welfare' }, { id: 'public-community', label: 'Community' }, { id: 'behavioral-health-dv', label: 'Behavioral health' }, { id: 'court-legal', label: 'Courts' }, { id: 'education-health', label: 'Education' }, { id: 'lived-experience', label: 'Lived experience' }, { id: 'tribal', label: 'Tribes' }, { id: 'business-faith-labor-media', label: 'Business' }],
  planStatuses: ['Not started', 'In progress', 'Completed', 'Barrier', 'Dropped'],
  priorities: ['High', 'Medium', 'Low'],
  rows: { services: 5, needs: 5, conclusions: 5, actionSteps: 5, otherItems: 2 },
  orientationModules: [{ number: 1, title: 'Welcome' }, { number: 2, title: 'The process' }],
  roster: { thinBelow: 2, atRiskMissed: 2 },
};

const ops: Record<string, (rng: Random, j: { [key: string]: Json }) => string> = {
  'a long text': (rng, j) => {
    const l = rng.pick(leaves(j).filter((x) => typeof x.value === 'string'));
    const n = rng.pick(LENGTHS);
    const c = rng.pick(CHARS);
    set(l, c.repeat(Math.ceil(n / c.length)));
    return `${String(l.key)} = ${n} × ${JSON.stringify(c)}`;
  },
  'an odd text': (rng, j) => {
    const l = rng.pick(leaves(j).filter((x) => typeof x.value === 'string'));
    const t = rng.pick(TEXTS);
    set(l, t);
    return `${String(l.key)} = ${JSON.stringify(t)}`;
  },
  'a number': (rng, j) => {
    const l = rng.pick(leaves(j).filter((x) => typeof x.value === 'number'));
    const n = rng.pick(NUMBERS);
    set(l, n);
    return `${String(l.key)} = ${n}`;
  },
  'a date': (rng, j) => {
    const l = rng.pick(leaves(j).filter((x) => typeof x.value === 'string' && /^\d{4}-\d\d-\d\d$/.test(x.value)));
    const d = rng.pick(DATES);
    set(l, d);
    return `${String(l.key)} = ${d}`;
  },
  'an emptied list': (rng, j) => {
    const c = rng.pick(containers(j).filter((x) => Array.isArray(x.value)));
    set(c, []);
    return `${String(c.key)} = []`;
  },
  'a duplicated entry': (rng, j) => {
    const c = rng.pick(containers(j).filter((x) => Array.isArray(x.value) && x.value.length > 0));
    const list = c.value as Json[];
    list.splice(rng.int(list.length + 1), 0, JSON.parse(JSON.stringify(rng.pick(list))) as Json);
    return `an entry of ${String(c.key)} twice`;
  },
  'a field dropped': (rng, j) => {
    const c = rng.pick(containers(j).filter((x) => !Array.isArray(x.value) && Object.keys(x.value as object).length > 0));
    const key = rng.pick(Object.keys(c.value as object));
    delete (c.value as Record<string, Json>)[key];
    return `without ${String(c.key)}.${key}`;
  },
  'a wrong type': (rng, j) => {
    const l = rng.pick([...leaves(j), ...containers(j)]);
    const v = rng.pick<Json>([null, true, 0, 'x', [], {}, [1, 2], { a: 1 }]);
    set(l, v);
    return `${String(l.key)} = ${JSON.stringify(v)}`;
  },
  'a capacity twice in a group': (rng, j) => {
    const groups = j['workGroups'] as { capacities: string[] }[];
    const g = rng.pick(groups);
    g.capacities.push(rng.pick(g.capacities));
    return 'a capacity listed twice in a group';
  },
  'many groups': (rng, j) => {
    const groups = j['workGroups'] as { [key: string]: Json }[];
    const n = 10 + rng.int(40);
    for (let i = 0; i < n; i++) groups.push({ ...(rng.pick(groups) as object), id: `R${i}` } as { [key: string]: Json });
    return `${n} more groups`;
  },
  'settings written out': (rng, j) => {
    j['settings'] = JSON.parse(JSON.stringify(SETTINGS)) as Json;
    // And then one more mutation inside them.
    const again = rng.pick(['a long text', 'an odd text', 'a number', 'an emptied list', 'a duplicated entry', 'a field dropped']);
    const inner = { s: j['settings'] } as { [key: string]: Json };
    return `settings, then ${ops[again]?.(rng, inner) ?? ''}`;
  },
};

const NAMES = Object.keys(ops);

/** Variant `index` of the seeded run: the sample jurisdiction (as parsed JSON) with one to three mutations. */
export function mutateJurisdiction(sample: unknown, seed: number, index: number): { readonly label: string; readonly json: unknown } {
  const rng = new Random((seed * 7_919 + index * 104_729) >>> 0);
  const j = JSON.parse(JSON.stringify(sample)) as { [key: string]: Json };
  const labels: string[] = [];
  // Every other variant makes one change only, so that many still pass validation and reach the commands.
  const count = index % 2 === 0 ? 1 : 1 + rng.int(3);
  for (let k = 0; k < count; k++) {
    const name = k === 0 ? (NAMES[index % NAMES.length] as string) : rng.pick(NAMES);
    labels.push(`${name}: ${ops[name]?.(rng, j) ?? ''}`);
  }
  return { label: labels.join('; '), json: j };
}
