// Tiny Snapshot inputs made in code: AFCARS-like episodes and NCANDS-like reports whose child ids
// (ZQ…) are easy to look for, to prove no child-level value ever reaches the workbook.

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

export function childId(i: number): string {
  return `ZQ${String(i).padStart(6, '0')}`;
}

/** `n` episodes in FFY2025; about a third still open at the end. */
export function episodesCsv(n: number): string {
  const lines = ['RecNumbr,DOB,Sex,LatRemDt,DoDFCDt,DISREASN,CurPlSet,NumPlep'];
  for (let i = 1; i <= n; i++) {
    const removal = day(2024, 10 + (i % 3), 1 + (i % 27));
    const open = i % 3 === 0;
    const exit = new Date(removal.getTime() + (40 + i * 5) * 86_400_000);
    lines.push([childId(i), iso(day(2010 + (i % 14), 1 + (i % 12), 1 + (i % 28))), 1 + (i % 2), iso(removal), open ? '' : iso(exit), open ? '' : String(1 + (i % 5)), String(1 + (i % 6)), String(1 + (i % 3))].join(','));
  }
  return lines.join('\n') + '\n';
}

export function reportsCsv(n: number): string {
  const lines = ['ChID,RptDt,RptDisp,ChMal1,ChAge,ChSex'];
  for (let i = 1; i <= n; i++) lines.push([childId(1000 + i), iso(day(2024, 10 + (i % 3), 1 + (i % 27))), i % 4 === 0 ? 1 : 5, 1 + (i % 4), i % 17, 1 + (i % 2)].join(','));
  return lines.join('\n') + '\n';
}
