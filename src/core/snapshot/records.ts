// Typed Snapshot records and the row parsers that make them from CSV fields: one record per row,
// or one Issue per bad value with file, line and column, and the row counted as skipped.

import type { ColumnIndex, CommunityField, EpisodeField, ReportField } from './columns';
import { COMMUNITY_FIELDS, EPISODE_FIELDS, type FieldDef, RACE_FLAG_FIELDS, REMOVAL_REASON_FIELDS, REPORT_FIELDS } from './columns';
import {
  DISCHARGE_MISSING, RACE_UNKNOWN, SEX_UNKNOWN, codeKey, parseDischargeReason, parseDisposition, parseFlag,
  parseMaltreatmentTypes, parsePlacementSetting, parseRaceText, parseSex, raceFromFlags,
} from './codes';
import { type Day, formatDay, parseDay, parseIsoDay } from './day';
import type { IssueLog } from './issue-log';

export interface EpisodeRecord {
  readonly childId: string;
  readonly dob: Day;
  readonly sex: number;
  readonly race: number;
  readonly removal: Day;
  /** Null while the child is still in care. */
  readonly discharge: Day | null;
  /** DISREASN code 1–8, 0 when discharged without a reason; meaningless while in care. */
  readonly dischargeReason: number;
  /** Placement setting index, -1 when not given. */
  readonly placement: number;
  readonly placementStart: Day | null;
  /** Number of placement settings in the episode, -1 when not given. */
  readonly placements: number;
  /** Bit i set = removal reason i of REMOVAL_REASON_FIELDS applies. */
  readonly removalReasons: number;
}

export interface ReportRecord {
  readonly childId: string;
  readonly date: Day;
  readonly disposition: number;
  /** Bit set of maltreatment type indexes. */
  readonly maltreatment: number;
  /** Age in years, -1 when unknown. */
  readonly age: number;
  readonly sex: number;
  readonly race: number;
  /** true / false from the file, undefined when the file does not say. */
  readonly inFosterCare: boolean | undefined;
}

export interface CommunityRecord {
  readonly indicator: string;
  readonly geography: string;
  readonly year: number;
  /** Null when the source shows no number (e.g. "N/A", "*"). */
  readonly value: number | null;
  readonly unit: string;
  readonly source: string;
}

const DATE_RULE = 'must be a date (yyyy-mm-dd, m/d/yyyy or an Excel serial)';

/** Shared row plumbing: field lookup by key, and one Issue per bad value. */
class RowReader {
  fields: readonly string[] = [];
  line = 0;
  bad = false;

  /** Column position per field id (the field's index in its FieldDef list), -1 when absent. */
  private readonly pos: Int32Array;
  private readonly labels: readonly string[];

  constructor(
    defs: readonly FieldDef[],
    cols: Readonly<Record<string, number>>,
    readonly headers: readonly string[],
    readonly log: IssueLog,
    /** Dates after this day are reported and the row skipped: they cannot have happened yet. */
    private readonly asOf: Day = Number.MAX_SAFE_INTEGER,
  ) {
    // Positions by number: a keyed lookup by field name on every value of a million rows costs seconds.
    this.pos = Int32Array.from(defs.map((fd) => cols[fd.key] ?? -1));
    this.labels = defs.map((fd) => fd.label);
  }

  start(fields: readonly string[], line: number): void {
    this.fields = fields;
    this.line = line;
    this.bad = false;
  }

  has(id: number): boolean {
    return (this.pos[id] ?? -1) >= 0;
  }

  private readonly anyCache = new Map<object, boolean>();
  hasAny(keys: readonly number[]): boolean {
    let v = this.anyCache.get(keys);
    if (v === undefined) {
      v = keys.some((k) => this.has(k));
      this.anyCache.set(keys, v);
    }
    return v;
  }

  /** A yes/no flag column; false when the column is absent. */
  flag(key: number, twoMeansNo = false): boolean {
    const at = this.pos[key] ?? -1;
    if (at < 0) return false;
    const raw = this.fields[at] ?? '';
    if (raw.length === 1) {
      // "0" and "1" fill flag columns: answer them from the character code.
      const c = raw.charCodeAt(0);
      if (c === 48) return false;
      if (c === 49) return true;
      // HisOrgin's 2 = no and 3 = unable to determine.
      if (twoMeansNo && (c === 50 || c === 51)) return false;
    }
    const v = parseFlag(raw, twoMeansNo) ?? parseFlag(raw.trim(), twoMeansNo);
    if (v === undefined) this.fail(key, 'must be a flag (1 = yes, 0 = no)', raw.trim(), 'CODE_UNKNOWN');
    return v === true;
  }

  text(key: number): string {
    const at = this.pos[key] ?? -1;
    if (at < 0) return '';
    const raw = this.fields[at] ?? '';
    // Trim only when needed: most values have no surrounding spaces, and trim() would copy them.
    const n = raw.length;
    return n > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(n - 1) <= 32) ? raw.trim() : raw;
  }

  fail(key: number, rule: string, got: string, code = 'VALUE_INVALID'): void {
    this.bad = true;
    const at = this.pos[key] ?? -1;
    const label = this.labels[key] ?? String(key);
    this.log.add({
      code,
      severity: 'error',
      message: `${label} ${rule}, got "${got}"`,
      advice: 'Fix the value in the source system export, or remove the row; the row was skipped',
      file: this.log.file,
      row: this.line,
      column: at >= 0 ? (this.headers[at] ?? label) : label,
    });
  }

  day(key: number, required: boolean): Day | null {
    const at = this.pos[key] ?? -1;
    if (at >= 0) {
      // The plain yyyy-mm-dd form first, straight from the field (no trim, no copy).
      const iso = parseIsoDay(this.fields[at] ?? '');
      if (iso >= 0) return iso <= this.asOf ? iso : this.future(key, iso);
    }
    const raw = this.text(key);
    const day = parseDay(raw);
    if (day === undefined) this.fail(key, DATE_RULE, raw, 'DATE_INVALID');
    else if (day === null && required) this.fail(key, 'is required', raw, 'VALUE_MISSING');
    else if (day !== null && day > this.asOf) return this.future(key, day);
    return day ?? null;
  }

  private future(key: number, day: Day): Day {
    this.fail(key, `must not be after the as-of date ${formatDay(this.asOf)} (it cannot have happened yet)`, this.text(key), 'DATE_AFTER_AS_OF');
    return day;
  }

  code(key: number, parse: (raw: string) => number, rule: string, blank: number): number {
    const raw = this.text(key);
    if (raw === '') return blank;
    const v = parse(raw);
    if (v < 0) this.fail(key, rule, raw, 'CODE_UNKNOWN');
    return v;
  }

  required(key: number): string {
    const raw = this.text(key);
    if (raw === '') this.fail(key, 'is required', raw, 'VALUE_MISSING');
    return raw;
  }

  finish<T>(record: T): T | undefined {
    this.log.rows += 1;
    if (!this.bad) return record;
    this.log.skipped += 1;
    return undefined;
  }
}

/** Field key → its position in the definition list, the id RowReader works with. */
function fieldIds<K extends string>(defs: readonly (FieldDef & { key: K })[]): Readonly<Record<K, number>> {
  return Object.fromEntries(defs.map((fd, i) => [fd.key, i])) as Record<K, number>;
}

const E = fieldIds(EPISODE_FIELDS);
const R = fieldIds(REPORT_FIELDS);
const C = fieldIds(COMMUNITY_FIELDS);

/** Ids of the race fields, which sit at different positions in the episode and report lists. */
interface RaceIds {
  readonly race: number;
  readonly flags: readonly number[];
  readonly raceAian: number; readonly raceAsian: number; readonly raceBlack: number; readonly raceNhpi: number;
  readonly raceWhite: number; readonly raceUnknown: number; readonly hispanic: number;
}
const raceIds = (ids: Readonly<Record<RaceKey, number>>): RaceIds => ({ ...ids, flags: RACE_FLAG_FIELDS.map((fd) => ids[fd.key]) });
const E_RACE = raceIds(E);
const R_RACE = raceIds(R);

type RaceKey = 'race' | (typeof RACE_FLAG_FIELDS)[number]['key'];

const REMOVAL_REASON_IDS = REMOVAL_REASON_FIELDS.map((fd) => E[fd.key]);

const RACE_SCRATCH: boolean[] = [false, false, false, false, false];

function readRace(r: RowReader, ids: RaceIds): number {
  if (r.has(ids.race)) return r.code(ids.race, parseRaceText, 'must be a race/ethnicity such as White, Black, Asian, Hispanic or Unknown', RACE_UNKNOWN);
  if (!r.hasAny(ids.flags)) return RACE_UNKNOWN;
  // One scratch array for every row (raceFromFlags only reads it): no allocation per row.
  const races = RACE_SCRATCH;
  races[0] = r.flag(ids.raceAian);
  races[1] = r.flag(ids.raceAsian);
  races[2] = r.flag(ids.raceBlack);
  races[3] = r.flag(ids.raceNhpi);
  races[4] = r.flag(ids.raceWhite);
  return raceFromFlags(races, r.flag(ids.raceUnknown), r.flag(ids.hispanic, true));
}

export class EpisodeRowParser {
  private readonly r: RowReader;

  constructor(cols: ColumnIndex<EpisodeField>, headers: readonly string[], log: IssueLog, asOf?: Day) {
    this.r = new RowReader(EPISODE_FIELDS, cols, headers, log, asOf);
  }

  parse(fields: readonly string[], line: number): EpisodeRecord | undefined {
    const r = this.r;
    r.start(fields, line);
    const childId = r.required(E.childId);
    const dob = r.day(E.dob, true);
    const removal = r.day(E.removalDate, true);
    const discharge = r.day(E.dischargeDate, false);
    const reasonRaw = r.text(E.dischargeReason);
    let dischargeReason = DISCHARGE_MISSING;
    if (reasonRaw !== '' && codeKey(reasonRaw) !== '0') {
      dischargeReason = parseDischargeReason(reasonRaw);
      if (dischargeReason < 0) r.fail(E.dischargeReason, 'must be a DISREASN code 1–8 or a word such as Reunification', reasonRaw, 'CODE_UNKNOWN');
    }
    const placement = r.code(E.placementSetting, parsePlacementSetting, 'must be a CurPlSet code 1–8 or a word such as Group home', -1);
    const placementStart = r.day(E.placementSettingDate, false);
    const placements = this.placements();
    let removalReasons = 0;
    for (let bit = 0; bit < REMOVAL_REASON_IDS.length; bit++) {
      if (r.flag(REMOVAL_REASON_IDS[bit] ?? -1)) removalReasons |= 1 << bit;
    }
    const sex = r.code(E.sex, parseSex, 'must be M, F, 1 (male), 2 (female) or blank', SEX_UNKNOWN);
    const race = readRace(r, E_RACE);
    if (!r.bad && dob !== null && removal !== null && removal < dob) {
      r.fail(E.removalDate, `must be on or after the date of birth (${formatDay(dob)})`, r.text(E.removalDate), 'DATE_ORDER');
    }
    if (!r.bad && removal !== null && discharge !== null && discharge < removal) {
      r.fail(E.dischargeDate, `must be on or after the removal date (${formatDay(removal)})`, r.text(E.dischargeDate), 'DATE_ORDER');
    }
    if (dob === null || removal === null) return r.finish(undefined);
    return r.finish({ childId, dob, sex, race, removal, discharge, dischargeReason, placement, placementStart, placements, removalReasons });
  }

  private placements(): number {
    const raw = this.r.text(E.placements);
    if (raw === '') return -1;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 999) {
      this.r.fail(E.placements, 'must be a whole number of placement settings, 1 or more', raw);
      return -1;
    }
    return n;
  }
}

export class ReportRowParser {
  private readonly r: RowReader;
  private readonly malKeys: readonly number[] = [R.maltreatment1, R.maltreatment2, R.maltreatment3, R.maltreatment4];
  private readonly levelKeys: readonly number[] = [R.maltreatmentLevel1, R.maltreatmentLevel2, R.maltreatmentLevel3, R.maltreatmentLevel4];

  constructor(cols: ColumnIndex<ReportField>, headers: readonly string[], log: IssueLog, asOf?: Day) {
    this.r = new RowReader(REPORT_FIELDS, cols, headers, log, asOf);
  }

  parse(fields: readonly string[], line: number): ReportRecord | undefined {
    const r = this.r;
    r.start(fields, line);
    const childId = r.required(R.childId);
    const date = r.day(R.reportDate, true);
    const disposition = r.hasAny(this.levelKeys) ? this.childFinding() : this.reportDisposition();
    let maltreatment = 0;
    for (const key of this.malKeys) {
      const bits = r.code(key, parseMaltreatmentTypes, 'must be NCANDS maltreatment codes 1–9 or names such as Neglect', 0);
      if (bits > 0) maltreatment |= bits;
    }
    const ageRaw = r.text(R.childAge);
    let age = -1;
    if (ageRaw !== '' && ageRaw !== '77' && ageRaw !== '99') {
      age = Number(ageRaw);
      if (!Number.isInteger(age) || age < 0 || age > 25) r.fail(R.childAge, 'must be a whole number of years 0–25 (77 unborn, 99 unknown)', ageRaw);
    }
    const sex = r.code(R.sex, parseSex, 'must be M, F, 1 (male), 2 (female) or blank', SEX_UNKNOWN);
    const race = readRace(r, R_RACE);
    let inFosterCare: boolean | undefined;
    if (r.has(R.inFosterCare) && r.text(R.inFosterCare) !== '') {
      inFosterCare = parseFlag(r.text(R.inFosterCare), true);
      if (inFosterCare === undefined) r.fail(R.inFosterCare, 'must be 1/yes or 0/2/no', r.text(R.inFosterCare), 'CODE_UNKNOWN');
    }
    if (date === null) return r.finish(undefined);
    return r.finish({ childId, date, disposition, maltreatment, age, sex, race, inFosterCare });
  }

  /** RptDisp, the report-level disposition: used only when the file has no child-level levels. */
  private reportDisposition(): number {
    const r = this.r;
    const raw = r.required(R.disposition);
    const v = raw === '' ? -1 : parseDisposition(raw);
    if (raw !== '' && v < 0) r.fail(R.disposition, DISPOSITION_RULE, raw, 'CODE_UNKNOWN');
    return v;
  }

  /** The child's finding: the most serious of Mal1Lev–Mal4Lev (substantiated, indicated, unsubstantiated, other). */
  private childFinding(): number {
    const r = this.r;
    let best = -1;
    for (const key of this.levelKeys) {
      if (!r.has(key)) continue;
      const raw = r.text(key);
      if (raw === '') continue;
      const v = parseDisposition(raw);
      if (v < 0) r.fail(key, DISPOSITION_RULE, raw, 'CODE_UNKNOWN');
      else if (best < 0 || v < best) best = v;
    }
    if (best < 0 && !r.bad) r.fail(this.levelKeys.find((k) => r.has(k)) ?? R.maltreatmentLevel1, 'is required: at least one maltreatment level per child-report', '', 'VALUE_MISSING');
    return best;
  }
}

const DISPOSITION_RULE = 'must be substantiated, indicated, unsubstantiated, other or an NCANDS code';

export class CommunityRowParser {
  private readonly r: RowReader;

  constructor(cols: ColumnIndex<CommunityField>, headers: readonly string[], log: IssueLog) {
    this.r = new RowReader(COMMUNITY_FIELDS, cols, headers, log);
  }

  parse(fields: readonly string[], line: number): CommunityRecord | undefined {
    const r = this.r;
    r.start(fields, line);
    const indicator = r.required(C.indicator);
    const yearRaw = r.required(C.year);
    const year = Number(yearRaw.slice(-4));
    if (yearRaw !== '' && (!/^(\d{4}|\d{4}\s*-\s*\d{4})$/.test(yearRaw) || year < 1900 || year > 2099)) {
      r.fail(C.year, 'must be a year such as 2024 (or a span such as 2019-2023, read as its last year)', yearRaw);
    }
    const valueRaw = r.required(C.value);
    const value = parseNumber(valueRaw);
    if (value === undefined) r.fail(C.value, 'must be a number (1,234 / 12.5 / 12.5%) or N/A', valueRaw);
    return r.finish({
      indicator,
      geography: r.text(C.geography),
      year,
      value: value ?? null,
      unit: r.text(C.unit) || (valueRaw.endsWith('%') ? 'percent' : ''),
      source: r.text(C.source),
    });
  }
}

/** "1,234", "12.5", "12.5%" → number; "N/A", "*", "S", "NA", "—" → null; anything else undefined. */
export function parseNumber(raw: string): number | null | undefined {
  const t = raw.trim();
  if (/^(n\/?a|\*+|s|-|—|–|null|suppressed|\.)$/i.test(t)) return null;
  const cleaned = t.replace(/[,%$\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

