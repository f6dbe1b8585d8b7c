// The Snapshot's notes page as data: what is counted, each indicator's definition and
// simplifications, the suppression rule, and warnings about incomplete follow-up or skipped rows.

import { addYears, formatDay, type Day } from './day';
import type { SnapshotInputs } from './build-snapshot';
import { INDICATORS } from './indicators';
import type { SnapshotNote } from './snapshot-model';
import { suppressionRule } from './suppression';

export function snapshotNotes(inp: SnapshotInputs): SnapshotNote[] {
  const ep = inp.episodes;
  const notes: SnapshotNote[] = [
    {
      title: 'About this Snapshot',
      text:
        `Aggregates for ${inp.jurisdiction}, period ${ep.period.label} (${formatDay(ep.period.start)} to ${formatDay(ep.period.end)}), ` +
        `computed from the agency's foster care episode file (AFCARS-like)` +
        `${inp.reports === null ? '' : ', its child maltreatment report file (NCANDS-like)'}` +
        `${inp.community === null ? '' : ' and published community indicators'}. No child-level information is shown.`,
    },
    {
      title: 'What is counted',
      text:
        'Entries: removal episodes that began in the period. Exits: episodes whose discharge date is in the period. In care: episodes open ' +
        'on the last day of the period. Child-reports: one per child per report dated in the period. Victims: children in at least one ' +
        'substantiated or indicated child-report in the period, counted once; a child-report is substantiated or indicated when any of ' +
        "the child's maltreatment levels (Mal1Lev–Mal4Lev) is, or, in a file without them, when the report's disposition (RptDisp) is. " +
        'Age groups use age on the removal date (entries) or the child age on the first such report (victims).',
    },
    ...INDICATORS.map((d) => ({ title: `${d.code} ${d.name}`, text: `${d.definition} Simplified: ${d.simplifications}` })),
    { title: 'Suppression', text: suppressionRule(inp.threshold) },
    {
      title: 'Suppression across releases',
      text:
        'A period’s trend row and the breakdowns of its entries, exits, in care and child-reports are the same in every Snapshot that ' +
        'shows them: they are suppressed period by period from the data’s first, each period’s choice depending only on earlier ones, and ' +
        'checked so that no hidden count can be narrowed to fewer than 3 values by this Snapshot together with earlier and later ones made ' +
        'from the same data. A later export that revises old records is new data and may show an earlier period differently.',
    },
  ];
  // Dates of the data are given as months: the single latest date is one child's event.
  const dataEnd = Math.max(ep.latestDate ?? -Infinity, inp.reports?.latestDate ?? -Infinity);
  if (Number.isFinite(dataEnd) && dataEnd < ep.period.end) {
    notes.push({
      title: 'Period not fully covered',
      text: `The files run to ${month(dataEnd)}, before the period ends (${formatDay(ep.period.end)}): events after that are missing from every count.`,
    });
  }
  const followUp = addYears(ep.period.end, 2);
  if (ep.latestDate !== null && ep.latestDate < followUp) {
    notes.push({
      title: 'Follow-up incomplete',
      text:
        `The episode file runs to ${month(ep.latestDate)}; P4 follows children up to ${month(followUp)}, so re-entries ` +
        `after the file ends are not counted.`,
    });
  }
  const rep = inp.reports;
  if (rep !== null && rep.latestDate !== null && rep.latestDate < addYears(ep.period.end, 1)) {
    notes.push({
      title: 'Recurrence follow-up incomplete',
      text: `The report file runs to ${month(rep.latestDate)}; S2 looks 12 months past each first report, so recurrence may be undercounted.`,
    });
  }
  const skipped = inp.files.filter((f) => f.skipped > 0);
  if (skipped.length > 0) {
    notes.push({
      title: 'Rows skipped',
      text: skipped.map((f) => `${f.file}: ${f.skipped.toLocaleString('en-US')} rows skipped for bad values`).join('; ') + '.',
    });
  }
  if (inp.notForPublication === true) {
    notes.push({
      title: 'Not for publication',
      text: `Counts above ${inp.threshold} are shown, below the default threshold of 10: this Snapshot is for the agency's own use and must not be shown to the public.`,
    });
  }
  return notes;
}

function month(day: Day): string {
  return formatDay(day).slice(0, 7);
}
