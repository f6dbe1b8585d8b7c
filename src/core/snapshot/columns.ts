// The input columns of the three Snapshot CSV kinds: field definitions, the header alias table and
// the user's column mapping. Resolves a file's header row to field positions; never reads values.

import type { Issue } from '../issue';

export type DatasetKind = 'episodes' | 'reports' | 'community';

export interface FieldDef {
  readonly key: string;
  readonly label: string;
  readonly required: boolean;
  /** Header spellings we recognise; compared after `normaliseHeader`. */
  readonly aliases: readonly string[];
  /** A required field may be left out when one of these fields is present (RptDisp when the file has Mal1Lev). */
  readonly unlessAny?: readonly string[];
}

const f = <K extends string>(key: K, label: string, required: boolean, ...aliases: string[]): FieldDef & { readonly key: K } => ({
  key,
  label,
  required,
  aliases,
});

/** AFCARS removal-reason flags, in the order their bits are stored. */
export const REMOVAL_REASON_FIELDS = [
  f('rrPhysicalAbuse', 'Physical abuse', false, 'PhyAbuse', 'physical abuse'),
  f('rrSexualAbuse', 'Sexual abuse', false, 'SexAbuse', 'sexual abuse'),
  f('rrNeglect', 'Neglect', false, 'Neglect'),
  f('rrParentAlcohol', 'Parent alcohol abuse', false, 'AAParent'),
  f('rrParentDrug', 'Parent drug abuse', false, 'DAParent'),
  f('rrChildAlcohol', 'Child alcohol abuse', false, 'AAChild'),
  f('rrChildDrug', 'Child drug abuse', false, 'DAChild'),
  f('rrChildDisability', 'Child disability', false, 'ChilDis'),
  f('rrChildBehavior', 'Child behavior problem', false, 'ChBehPrb'),
  f('rrParentDeath', 'Death of parent(s)', false, 'PrtsDied'),
  f('rrParentJail', 'Incarceration of parent(s)', false, 'PrtsJail'),
  f('rrNoCope', 'Caretaker inability to cope', false, 'NoCope'),
  f('rrAbandonment', 'Abandonment', false, 'Abandmnt'),
  f('rrRelinquishment', 'Relinquishment', false, 'Relinqsh'),
  f('rrHousing', 'Inadequate housing', false, 'Housing'),
] as const;

/** AFCARS race flags (1 = applies) and Hispanic origin (1 = yes). */
export const RACE_FLAG_FIELDS = [
  f('raceAian', 'American Indian / Alaska Native', false, 'AmIAKN', 'ChRacAI'),
  f('raceAsian', 'Asian', false, 'Asian', 'ChRacAs'),
  f('raceBlack', 'Black / African American', false, 'BlkAfrAm', 'ChRacBl'),
  f('raceNhpi', 'Native Hawaiian / Pacific Islander', false, 'HawaiiPI', 'ChRacNH'),
  f('raceWhite', 'White', false, 'White', 'ChRacWh'),
  f('raceUnknown', 'Race unable to determine', false, 'UnToDetm', 'ChRacUd'),
  f('hispanic', 'Hispanic origin', false, 'HisOrgin', 'ChEthn', 'hispanic', 'hispanic origin', 'ethnicity'),
] as const;

export const EPISODE_FIELDS = [
  f('childId', 'Child id', true, 'RecNumbr', 'child id', 'childid', 'child', 'client id', 'person id', 'afcars id', 'id'),
  f('dob', 'Date of birth', true, 'DOB', 'birth date', 'date of birth', 'birthdate', 'child dob'),
  f('sex', 'Sex', false, 'Sex', 'gender', 'child sex'),
  f('race', 'Race/ethnicity', false, 'race', 'race ethnicity', 'raceethnicity', 'race/ethnicity', 'race eth'),
  ...RACE_FLAG_FIELDS,
  f('county', 'County', false, 'FIPSCode', 'county', 'jurisdiction', 'fips', 'county fips', 'site'),
  f('removalDate', 'Removal date', true, 'LatRemDt', 'removal date', 'latest removal date', 'entry date', 'remdate', 'episode start'),
  f('dischargeDate', 'Discharge date', true, 'DoDFCDt', 'discharge date', 'exit date', 'dischdt', 'episode end'),
  f('dischargeReason', 'Discharge reason', true, 'DISREASN', 'discharge reason', 'exit reason', 'reason for discharge'),
  f('placementSetting', 'Placement setting', false, 'CurPlSet', 'placement setting', 'current placement setting', 'placement type'),
  f('placementSettingDate', 'Placement setting start date', false, 'CurSetDt', 'placement setting date', 'current setting date'),
  f('placements', 'Number of placement settings', false, 'NumPlep', 'number of placements', 'placement count', 'placements'),
  ...REMOVAL_REASON_FIELDS,
] as const;

export const REPORT_FIELDS = [
  f('childId', 'Child id', true, 'ChID', 'child id', 'childid', 'AFCARSID', 'client id', 'person id', 'id'),
  f('reportDate', 'Report date', true, 'RptDt', 'report date', 'referral date', 'intake date'),
  { ...f('disposition', 'Disposition', true, 'RptDisp', 'disposition', 'finding', 'report disposition'), unlessAny: ['maltreatmentLevel1', 'maltreatmentLevel2', 'maltreatmentLevel3', 'maltreatmentLevel4'] },
  // The child-level findings: a child is a victim of a report when any of them is substantiated or indicated.
  f('maltreatmentLevel1', 'Maltreatment level 1', false, 'Mal1Lev', 'ChMal1Lev', 'maltreatment level', 'maltreatment level 1', 'MalLev'),
  f('maltreatmentLevel2', 'Maltreatment level 2', false, 'Mal2Lev', 'ChMal2Lev', 'maltreatment level 2'),
  f('maltreatmentLevel3', 'Maltreatment level 3', false, 'Mal3Lev', 'ChMal3Lev', 'maltreatment level 3'),
  f('maltreatmentLevel4', 'Maltreatment level 4', false, 'Mal4Lev', 'ChMal4Lev', 'maltreatment level 4'),
  f('maltreatment1', 'Maltreatment type', false, 'ChMal1', 'maltreatment type', 'maltreatment types', 'maltreatment', 'abuse type'),
  f('maltreatment2', 'Maltreatment type 2', false, 'ChMal2'),
  f('maltreatment3', 'Maltreatment type 3', false, 'ChMal3'),
  f('maltreatment4', 'Maltreatment type 4', false, 'ChMal4'),
  f('childAge', 'Child age', false, 'ChAge', 'child age', 'age'),
  f('sex', 'Sex', false, 'ChSex', 'sex', 'gender'),
  f('race', 'Race/ethnicity', false, 'race', 'race ethnicity', 'raceethnicity', 'race/ethnicity'),
  ...RACE_FLAG_FIELDS,
  f('county', 'County', false, 'RptFIPS', 'county', 'jurisdiction', 'fips', 'site'),
  f('inFosterCare', 'In foster care at report', false, 'FosterCr', 'in foster care', 'infostercare', 'in care', 'child in foster care'),
] as const;

export const COMMUNITY_FIELDS = [
  f('indicator', 'Indicator', true, 'indicator', 'indicator name', 'measure', 'data set', 'dataset'),
  f('geography', 'Geography', false, 'geography', 'location', 'county', 'area', 'place'),
  f('year', 'Year', true, 'year', 'timeframe', 'time frame', 'data year'),
  f('value', 'Value', true, 'value', 'data', 'amount', 'estimate'),
  f('unit', 'Unit', false, 'unit', 'data format', 'dataformat', 'format', 'units'),
  f('source', 'Source', false, 'source', 'data source', 'provider'),
] as const;

export type EpisodeField = (typeof EPISODE_FIELDS)[number]['key'];
export type ReportField = (typeof REPORT_FIELDS)[number]['key'];
export type CommunityField = (typeof COMMUNITY_FIELDS)[number]['key'];

export const FIELDS_BY_KIND: Readonly<Record<DatasetKind, readonly FieldDef[]>> = {
  episodes: EPISODE_FIELDS,
  reports: REPORT_FIELDS,
  community: COMMUNITY_FIELDS,
};

/** Case- and punctuation-insensitive form of a header: "Lat Rem Dt" and "latremdt" match. */
export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The user's mapping: per file kind, field key → the header text used in their file. */
export type ColumnMapping = Partial<Record<DatasetKind, Readonly<Record<string, string>>>>;

/** Field key → column position, -1 when the file has no such column. */
export type ColumnIndex<K extends string> = Readonly<Record<K, number>>;

export interface ResolvedColumns<K extends string> {
  readonly index: ColumnIndex<K>;
  readonly issues: readonly Issue[];
}

/**
 * Finds each field's column: first the user's mapping, then the alias table. Names every missing
 * required column, and flags mapping entries that point at nothing.
 */
export function resolveColumns<K extends string>(
  kind: DatasetKind,
  fields: readonly FieldDef[],
  headers: readonly string[],
  file: string,
  mapping?: ColumnMapping,
): ResolvedColumns<K> {
  const issues: Issue[] = [];
  const byHeader = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key !== '' && !byHeader.has(key)) byHeader.set(key, i);
  });
  const index: Record<string, number> = {};
  const taken = new Set<number>();
  const userMap = mapping?.[kind] ?? {};
  for (const [fieldKey, header] of Object.entries(userMap)) {
    if (!fields.some((fd) => fd.key === fieldKey)) {
      issues.push({
        code: 'MAPPING_UNKNOWN_FIELD',
        severity: 'error',
        message: `Mapping for ${kind} names field "${fieldKey}", which is not one of ${fields.map((fd) => fd.key).join(', ')}`,
        advice: 'Use the field names listed in samples/snapshot/README.md',
        file,
      });
      continue;
    }
    const at = byHeader.get(normaliseHeader(header));
    if (at === undefined) {
      issues.push({
        code: 'MAPPING_COLUMN_NOT_FOUND',
        severity: 'error',
        message: `Mapping says ${kind} field "${fieldKey}" is in column "${header}", but the header row has no such column`,
        advice: `The header row has: ${headers.join(', ')}`,
        file,
        row: 1,
      });
      continue;
    }
    index[fieldKey] = at;
    taken.add(at);
  }
  for (const fd of fields) {
    if (index[fd.key] !== undefined) continue;
    let at = -1;
    for (const alias of [fd.key, ...fd.aliases]) {
      const found = byHeader.get(normaliseHeader(alias));
      if (found !== undefined && !taken.has(found)) {
        at = found;
        break;
      }
    }
    if (at >= 0) taken.add(at);
    index[fd.key] = at;
  }
  const present = (key: string): boolean => (index[key] ?? -1) >= 0;
  const missing = fields.filter((fd) => fd.required && index[fd.key] === -1 && !(fd.key in userMap) && !(fd.unlessAny ?? []).some(present));
  const other = missing.length > 0 ? looksLike(kind, byHeader) : null;
  for (const fd of missing) {
    issues.push({
      code: 'COLUMN_MISSING',
      severity: 'error',
      message:
        `The ${kind} file must have a "${fd.label}" column (for example ${fd.aliases.slice(0, 3).map((a) => `"${a}"`).join(', ')}), but none of its headers matches. ` +
        `Its headers are: ${headers.map((h) => `"${h}"`).join(', ') || '(none)'}` +
        (other === null ? '' : `. It looks like a ${other} file: check which file was given for which`),
      advice: `Rename the column or map it in a mapping file: { "${kind}": { "${fd.key}": "<your header>" } }`,
      file,
      row: 1,
      column: fd.label,
    });
  }
  return { index: index as ColumnIndex<K>, issues };
}

/** The other kind of input whose required columns the headers all have, if any. */
function looksLike(kind: DatasetKind, byHeader: ReadonlyMap<string, number>): DatasetKind | null {
  const has = (fd: FieldDef): boolean => [fd.key, ...fd.aliases].some((a) => byHeader.has(normaliseHeader(a)));
  for (const other of ['episodes', 'reports', 'community'] as const) {
    if (other === kind) continue;
    const defs = FIELDS_BY_KIND[other];
    if (defs.filter((fd) => fd.required && fd.unlessAny === undefined).every(has)) return other;
  }
  return null;
}

/** Reads a mapping file's JSON into a mapping, or says what is wrong with it (same rules for the CLI and the add-in). */
export function parseColumnMapping(parsed: unknown, file: string): ColumnMapping | { readonly error: string } {
  const kinds: readonly DatasetKind[] = ['episodes', 'reports', 'community'];
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: `Mapping file "${file}" must hold a JSON object, got ${JSON.stringify(parsed)}` };
  const out: Partial<Record<DatasetKind, Record<string, string>>> = {};
  for (const [kind, fields] of Object.entries(parsed)) {
    if (!kinds.includes(kind as DatasetKind)) return { error: `Mapping file "${file}" may only have the keys episodes, reports and community, got "${kind}"` };
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return { error: `Mapping for ${kind} must be an object of field → header, got ${JSON.stringify(fields)}` };
    const entries = Object.entries(fields as Record<string, unknown>);
    for (const [field, header] of entries) if (typeof header !== 'string') return { error: `Mapping ${kind}.${field} must be a header name (text), got ${JSON.stringify(header)}` };
    out[kind as DatasetKind] = Object.fromEntries(entries) as Record<string, string>;
  }
  return out;
}
