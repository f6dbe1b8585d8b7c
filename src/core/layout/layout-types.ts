// The declaration of a work-group workbook: sheets, tables, columns, lists and metadata, as plain
// data. The CLI's writer, the add-in's renderer and the reader all work from this one shape.

export type AssessmentListName =
  | 'rating'
  | 'capacity'
  | 'assessment'
  | 'status'
  | 'priority'
  | 'conclusionKind'
  | 'service'
  | 'serviceCategory';

/** The committee's engagement workbook (src/core/engagement/) declares its own lists. */
export type EngagementListName =
  | 'partnerSide'
  | 'cfsrGroup'
  | 'membershipCategory'
  | 'partnershipLevel'
  | 'tieStrength'
  | 'resourceFlow'
  | 'rosterMember'
  | 'engagementColour'
  | 'partner'
  | 'cfsrFocus'
  | 'method'
  | 'logKind'
  | 'collaborationElement';

export type ListName = AssessmentListName | EngagementListName;

export type ColumnType =
  | { readonly kind: 'text'; readonly long?: boolean }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'date' }
  | { readonly kind: 'choice'; readonly list: ListName; readonly allowOther?: boolean }
  | { readonly kind: 'rating' };

/**
 * `always`: a person types here. `never`: the template fills it and it is locked.
 * `whenBlank`: locked where the template filled it, open on blank rows (e.g. items a group adds).
 */
export type InputMode = 'always' | 'never' | 'whenBlank';

/**
 * Where an input column's values are shown in the consolidated plan workbook: the sheet (for
 * `Report`, the `<capacity> Report` sheet of the row's capacity) and the header of the column there;
 * no header for the capacity of a conclusion, which chooses the Report sheet. plan.json carries
 * every column whatever this says (`entries` and `steps`). A test fills every input cell of a
 * template and finds each value where this says it goes.
 */
export interface PlanDestination {
  readonly sheet: 'Plan' | 'Evidence' | 'Services' | 'Needs' | 'Report';
  readonly header?: string;
}

export interface ColumnDef {
  /** Record field name; stable across versions. */
  readonly key: string;
  /** The header text the reader matches (case, spaces and punctuation ignored). */
  readonly header: string;
  readonly type: ColumnType;
  readonly input: InputMode;
  /** Excel column width in characters. */
  readonly width: number;
  /** A filled row must have this cell. */
  readonly required?: boolean;
  /** Shown when the cell is selected (data-validation input message, at most 255 characters). */
  readonly help: string;
  /** For the assessment workbook's input columns: where the consolidated plan shows the values. */
  readonly plan?: PlanDestination;
}

export type TableKind = 'practice' | 'leadership' | 'services' | 'needs' | 'conclusions' | 'plan' | 'statusUpdate' | 'engagement';

export interface TableSheet {
  readonly kind: 'table';
  readonly name: string;
  readonly table: TableKind;
  /** The capacity the sheet assesses, or null for sheets covering all the group's capacities. */
  readonly capacity: string | null;
  readonly title: string;
  readonly subtitle: string;
  readonly instructions: string;
  /** 1-based row of the column headers; data starts on the next row. */
  readonly headerRow: number;
  readonly columns: readonly ColumnDef[];
  /** One entry per data row offered: the values the template fills in (empty for blank rows). */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

export interface InfoSection {
  readonly heading: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
}

export interface InfoSheet {
  readonly kind: 'info';
  readonly name: string;
  readonly title: string;
  readonly sections: readonly InfoSection[];
}

export type SheetLayout = InfoSheet | TableSheet;

export interface ListItem {
  /** What the reader returns, e.g. "3" or "S1". */
  readonly code: string;
  /** What the dropdown shows, e.g. "3 - Partially in place". */
  readonly display: string;
  /**
   * A level that is a number: the lists sheet holds the number, formatted to show `display`, so the
   * dropdown reads "3 - Partially in place" while a person typing just 3 passes the cell's list rule
   * (Excel and LibreOffice compare a typed number with the list's numbers).
   */
  readonly number?: { readonly value: number; readonly format: string };
}

export interface ListDef {
  readonly name: ListName;
  /** Workbook-level defined name the validations point at. */
  readonly definedName: string;
  readonly items: readonly ListItem[];
  /**
   * A list kept in the workbook itself (the partners the committee types): the defined name points
   * at this range, e.g. `'Partners'!$A$6:$A$85`, instead of the Lists sheet; `items` are then known
   * only when reading.
   */
  readonly range?: string;
}

export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
  readonly lists: readonly ListDef[];
  /** veryHidden sheet holding the dropdown lists. */
  readonly listsSheet: string;
  /** veryHidden sheet of key/value metadata, read first to recognise a submission. */
  readonly metaSheet: string;
  readonly meta: readonly (readonly [key: string, value: string])[];
}

export type Rating = number | 'DK';

type ValueOf<T extends ColumnType> = T extends { kind: 'text' }
  ? string
  : T extends { kind: 'integer' }
    ? number | null
    : T extends { kind: 'rating' }
      ? Rating | null
      : string | null;

/** The typed record of one table row, derived from its column declarations. */
export type RowOf<Cols extends readonly ColumnDef[]> = {
  readonly [C in Cols[number] as C['key']]: ValueOf<C['type']>;
} & {
  readonly row: number;
  /** What was typed in cells that could not be read (by column key): reported, and kept for the plan. */
  readonly invalid?: Readonly<Record<string, string>>;
};
