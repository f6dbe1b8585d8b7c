// The Snapshot's notes page as data: what is counted, each indicator's definition and
// simplifications, the suppression rule, and warnings about incomplete follow-up or skipped rows.

import { TWELVE_MONTHS } from './aggregate-episodes';
import type { SnapshotInputs } from './build-snapshot';
import { formatDay } from './day';
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
        'substantiated or indicated child-report in the period, counted once. Age groups use age on the removal date.',
    },
    ...INDICATORS.map((d) => ({ title: `${d.code} ${d.name}`, text: `${d.definition} Simplified: ${d.simplifications}` })),
    { title: 'Suppression', text: suppressionRule(inp.threshold) },
  ];
  const followUp = ep.period.end + 2 * TWELVE_MONTHS;
  if (ep.latestDate !== null && ep.latestDate < followUp) {
    notes.push({
      title: 'Follow-up incomplete',
      text:
        `The episode file's latest date is ${formatDay(ep.latestDate)}; P4 follows children up to ${formatDay(followUp)}, so re-entries ` +
        `after the file ends are not counted.`,
    });
  }
  const rep = inp.reports;
  if (rep !== null && rep.latestDate !== null && rep.latestDate < ep.period.end + TWELVE_MONTHS) {
    notes.push({
      title: 'Recurrence follow-up incomplete',
      text: `The report file's latest date is ${formatDay(rep.latestDate)}; S2 looks ${TWELVE_MONTHS} days past each first report, so recurrence may be undercounted.`,
    });
  }
  const skipped = inp.files.filter((f) => f.skipped > 0);
  if (skipped.length > 0) {
    notes.push({
      title: 'Rows skipped',
      text: skipped.map((f) => `${f.file}: ${f.skipped.toLocaleString('en-US')} of ${f.rows.toLocaleString('en-US')} rows skipped for bad values`).join('; ') + '.',
    });
  }
  return notes;
}
