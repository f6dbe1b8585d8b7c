// Category codes of the Snapshot: the labels shown in tables and the functions that read a CSV
// code or word into a category index. AFCARS/NCANDS numeric codes keep working with leading zeros.

export const SEXES = ['Female', 'Male', 'Unknown'] as const;
export const SEX_UNKNOWN = 2;

export const RACES = [
  'Hispanic (any race)',
  'American Indian / Alaska Native',
  'Asian',
  'Black / African American',
  'Native Hawaiian / Pacific Islander',
  'White',
  'Two or more races',
  'Unknown / unable to determine',
] as const;
export const RACE_HISPANIC = 0;
export const RACE_MULTI = 6;
export const RACE_UNKNOWN = 7;

export const AGE_GROUPS = ['Under 1', '1–5', '6–12', '13–17', '18 or older'] as const;

export function ageGroup(age: number): number {
  return age < 1 ? 0 : age <= 5 ? 1 : age <= 12 ? 2 : age <= 17 ? 3 : 4;
}

/** Index = AFCARS DISREASN code; 0 is "missing" (discharged with no reason given). */
export const DISCHARGE_REASONS = [
  'Missing discharge reason',
  'Reunification',
  'Living with other relatives',
  'Adoption',
  'Emancipation',
  'Guardianship',
  'Transfer to another agency',
  'Runaway',
  'Death of child',
] as const;
export const DISCHARGE_MISSING = 0;
/** Permanency for P1–P3: reunification, living with relatives, adoption, guardianship. */
export const PERMANENCY_REASONS: ReadonlySet<number> = new Set([1, 2, 3, 5]);
/** P4's cohort exits: reunification, living with relatives, guardianship. */
export const P4_EXIT_REASONS: ReadonlySet<number> = new Set([1, 2, 5]);

/** Index = AFCARS CurPlSet code − 1. */
export const PLACEMENT_SETTINGS = [
  'Pre-adoptive home',
  'Foster family home (relative)',
  'Foster family home (non-relative)',
  'Group home',
  'Institution',
  'Supervised independent living',
  'Runaway',
  'Trial home visit',
] as const;
export const PLACEMENT_TRIAL_HOME_VISIT = 7;

export const DISPOSITIONS = ['Substantiated', 'Indicated', 'Unsubstantiated', 'Other / alternative response'] as const;

/** Index = NCANDS maltreatment type code − 1. */
export const MALTREATMENT_TYPES = [
  'Physical abuse',
  'Neglect',
  'Medical neglect',
  'Sexual abuse',
  'Psychological maltreatment',
  'No alleged maltreatment',
  'Sex trafficking',
  'Other',
  'Unknown',
] as const;

const keyCache = new Map<string, string>();

/** Never a key of any code table: what a signed or decimal number ("-1", "+2", "1.5") is read as. */
const NOT_A_CODE = '\u0000';

/**
 * Lower-case letters and digits only, leading zeros dropped from pure numbers: "01" → "1". A number with
 * a sign or a decimal point is no code at all ("-1" must not read as 1), so it matches nothing.
 */
export function codeKey(raw: string): string {
  // Fast path for the one-character codes that fill most AFCARS/NCANDS columns.
  if (raw.length <= 1) {
    if (raw === '') return '';
    const c = raw.charCodeAt(0);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return raw;
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    return '';
  }
  const cached = keyCache.get(raw);
  if (cached !== undefined) return cached;
  const t = raw.trim();
  const k = t.toLowerCase().replace(/[^a-z0-9]/g, '');
  const key = /^[\d\s.,+-]+$/.test(t) && !/^\d+$/.test(t) ? NOT_A_CODE : /^\d+$/.test(k) ? String(Number(k)) : k;
  // Codes repeat; a bounded cache keeps the free-text worst case from growing memory.
  if (keyCache.size < 10_000) keyCache.set(raw, key);
  return key;
}

function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}

/**
 * The one-character codes of a table by character code (upper and lower case), -1 elsewhere: a
 * single-character value is read with one array access, no key string and no map lookup.
 */
function singleCharTable(codes: ReadonlyMap<string, number>): Int8Array {
  const t = new Int8Array(128).fill(-1);
  for (const [k, v] of codes) {
    if (k.length !== 1) continue;
    t[k.charCodeAt(0)] = v;
    t[k.toUpperCase().charCodeAt(0)] = v;
  }
  return t;
}

/** `raw`'s value in `byChar` when it is one ASCII character with a value there, else -1. */
function singleChar(raw: string, byChar: Int8Array): number {
  if (raw.length !== 1) return -1;
  const c = raw.charCodeAt(0);
  return c < 128 ? (byChar[c] ?? -1) : -1;
}

const SEX_CODES = table({ '1': 1, m: 1, male: 1, '2': 0, f: 0, female: 0, '3': 2, '9': 2, u: 2, unknown: 2, '': 2 });
const SEX_BY_CHAR = singleCharTable(SEX_CODES);
/** Sex index, or -1 when the code is not recognised. */
export function parseSex(raw: string): number {
  const v = singleChar(raw, SEX_BY_CHAR);
  if (v >= 0) return v;
  return SEX_CODES.get(codeKey(raw)) ?? -1;
}

const RACE_WORDS: readonly (readonly [RegExp, number])[] = [
  [/^(h|hisp)$|^hispanic|^latin/, RACE_HISPANIC],
  [/^(ai|aian|amind)$|^americanindian|^nativeamerican|^alaska/, 1],
  [/^(b|blk)$|^black|^africanamerican/, 3],
  [/^(a|as)$|^asian/, 2],
  [/^(nhpi|pi|nh)$|^nativehawaiian|^pacificislander|^hawaii/, 4],
  [/^(w|wh)$|^white|^caucasian/, 5],
  [/^(m|multi|mr)$|^twoormore|^2ormore|^multi|^mixed/, RACE_MULTI],
  [/^(u|unk|unknown|unabletodetermine|declined|notreported|other)?$/, RACE_UNKNOWN],
];
/** Race/ethnicity index from a combined field ("Black or African American", "Hispanic"), or -1. */
const raceCache = new Map<string, number>();
export function parseRaceText(raw: string): number {
  const cached = raceCache.get(raw);
  if (cached !== undefined) return cached;
  const k = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
  let found = -1;
  for (const [pattern, index] of RACE_WORDS) {
    if (pattern.test(k)) {
      found = index;
      break;
    }
  }
  if (raceCache.size < 10_000) raceCache.set(raw, found);
  return found;
}

/** Race index from AFCARS flags (in RACES order 1..5 plus "unable to determine") and Hispanic origin. */
export function raceFromFlags(flags: readonly boolean[], unableToDetermine: boolean, hispanic: boolean): number {
  if (hispanic) return RACE_HISPANIC;
  let count = 0;
  let last = RACE_UNKNOWN;
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === true) {
      count += 1;
      last = i + 1;
    }
  }
  if (count > 1) return RACE_MULTI;
  if (count === 1 && !unableToDetermine) return last;
  return RACE_UNKNOWN;
}

const YES = new Set(['1', 'y', 'yes', 'true', 'x']);
const NO = new Set(['', '0', 'n', 'no', 'false']);
/** AFCARS flag: true, false, or undefined when the text is neither. HisOrgin uses 2 = no, 3 = unable to determine. */
export function parseFlag(raw: string, twoMeansNo = false): boolean | undefined {
  if (raw === '0' || raw === '') return false;
  if (raw === '1') return true;
  const k = codeKey(raw);
  if (YES.has(k)) return true;
  if (NO.has(k) || (twoMeansNo && (k === '2' || k === '3'))) return false;
  return undefined;
}

const DISCHARGE_WORDS = table({
  reunification: 1, reunify: 1, reunified: 1, reunifiedwithparents: 1, reunifywithparents: 1,
  livingwithotherrelatives: 2, livewithotherrelatives: 2, relatives: 2, relative: 2, livingwithrelatives: 2,
  adoption: 3, adopted: 3, emancipation: 4, emancipated: 4, agedout: 4, guardianship: 5, guardian: 5,
  transfer: 6, transfertoanotheragency: 6, runaway: 7, ranaway: 7, death: 8, deathofchild: 8, died: 8,
});
/** DISREASN 1–8 (leading zeros allowed) or a word; -1 when not recognised. Blank is the caller's business. */
export function parseDischargeReason(raw: string): number {
  if (raw.length === 1) {
    const c = raw.charCodeAt(0) - 48;
    if (c >= 1 && c <= 8) return c;
  }
  const k = codeKey(raw);
  if (/^[1-8]$/.test(k)) return Number(k);
  return DISCHARGE_WORDS.get(k) ?? -1;
}

const PLACEMENT_WORDS = table({
  preadoptivehome: 0, preadoptive: 0, relativefosterhome: 1, fosterfamilyhomerelative: 1, kinship: 1,
  nonrelativefosterhome: 2, fosterfamilyhomenonrelative: 2, fosterhome: 2, grouphome: 3, institution: 4,
  supervisedindependentliving: 5, sil: 5, runaway: 6, trialhomevisit: 7, thv: 7,
});
/** CurPlSet 1–8 → index 0–7, or -1. */
export function parsePlacementSetting(raw: string): number {
  if (raw.length === 1) {
    const c = raw.charCodeAt(0) - 48;
    if (c >= 1 && c <= 8) return c - 1;
  }
  const k = codeKey(raw);
  if (/^[1-8]$/.test(k)) return Number(k) - 1;
  return PLACEMENT_WORDS.get(k) ?? -1;
}

const DISPOSITION_WORDS = table({
  '1': 0, substantiated: 0, sub: 0, '2': 1, indicated: 1, reasontosuspect: 1, '5': 2, '6': 2, unsubstantiated: 2,
  unsub: 2, notsubstantiated: 2, '3': 3, '4': 3, '7': 3, '8': 3, '9': 3, '88': 3, '99': 3, other: 3,
  alternativeresponse: 3, ar: 3, closednofinding: 3, unknown: 3,
});
const DISPOSITION_BY_CHAR = singleCharTable(DISPOSITION_WORDS);
export function parseDisposition(raw: string): number {
  const v = singleChar(raw, DISPOSITION_BY_CHAR);
  if (v >= 0) return v;
  return DISPOSITION_WORDS.get(codeKey(raw)) ?? -1;
}

const MALTREATMENT_WORDS = table({
  physicalabuse: 0, physical: 0, neglect: 1, neglectordeprivationofnecessities: 1, medicalneglect: 2,
  sexualabuse: 3, sexual: 3, psychologicalmaltreatment: 4, emotionalabuse: 4, psychological: 4, emotional: 4,
  noallegedmaltreatment: 5, sextrafficking: 6, trafficking: 6, other: 7, unknown: 8,
});
/** NCANDS maltreatment codes 1–9 or words, several separated by ; | or /. Returns a bit set, or -1. */
export function parseMaltreatmentTypes(raw: string): number {
  if (raw.length === 1) {
    const c = raw.charCodeAt(0) - 48;
    if (c >= 1 && c <= 9) return 1 << (c - 1);
  }
  let bits = 0;
  for (const part of raw.split(/[;|/]/)) {
    const k = codeKey(part);
    if (k === '') continue;
    const index = /^[1-9]$/.test(k) ? Number(k) - 1 : (MALTREATMENT_WORDS.get(k) ?? -1);
    if (index < 0) return -1;
    bits |= 1 << index;
  }
  return bits;
}
