// The documents each meeting needs, read as Word would read them: the .docx parts unzipped and
// parsed (test/helpers/docx-reader), compared with the plan workbook read by exceljs (the reference
// reader, not the documents' own), with plan.json's entries (every row the groups typed) and with
// the Snapshot JSON. Then every document printed by LibreOffice and read back from the PDF.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { main } from '../../pipeline/cli';
import { EXECUTIVE_SUMMARY_PLACEHOLDER } from '../../pipeline/merge/plan-hidden-sheets';
import { runMerge } from '../../pipeline/merge/run-merge';
import { cellText, meetingCalendar, type Cell, type ConsolidatedPlan, type SheetGrid, type Snapshot, type WorkbookGrid } from '../../src/core';
import { SNAPSHOT_CHARTS_BY_CAPACITY } from '../../src/core/documents';
import { allText, paragraphs, pictures, readDocx, tableAfter, tables, type DocxContent } from '../helpers/docx-reader';
import { loadGrid } from '../helpers/exceljs-grid-reader';
import { requireTool } from '../helpers/external-tools';
import { CAN_RENDER, missingTexts, pageText, renderWorkbooks, smallestText, type RenderedPdf } from '../helpers/render';
import { QUIET, scratch, type Scratch } from '../helpers/merge-fixtures';
import { sampleSnapshot } from '../helpers/sample-outputs';

const SECTIONS = ['1. Executive Summary', '2. Overview of the Data', '3. Assessment of Practice', '4. Assessment of Leadership and Systemic Culture', '5. Assessment of Current Services', '6. Assessment of Needed New Services', '7. Overall Conclusions'];
const CAPACITIES = ['S1', 'S2', 'P1', 'P2', 'WB1', 'WB2', 'WB3'];
const DRAFT = '2027-06-15';
const reportFile = (cap: string | null): string => `riverbend-county-${cap === null ? '' : `${cap}-`}assessment-report.docx`;

/** A table of a reference-read sheet found by its header row: the header and the rows down to the first blank one. */
function gridTable(sheet: SheetGrid | undefined, first: readonly string[]): { header: string[]; rows: string[][] } {
  assert.ok(sheet !== undefined);
  const text = (r: readonly Cell[] | undefined): string[] => Array.from({ length: r?.length ?? 0 }, (_, i) => cellText(r?.[i]).trim());
  const at = sheet.rows.findIndex((r) => first.every((h, i) => text(r)[i] === h));
  assert.ok(at >= 0, `no table headed ${first.join(', ')} in ${sheet.name}`);
  const header = text(sheet.rows[at]);
  const rows: string[][] = [];
  for (let r = at + 1; r < sheet.rows.length && text(sheet.rows[r]).some((v) => v !== ''); r++) rows.push(Array.from({ length: header.length }, (_, i) => text(sheet.rows[r])[i] ?? ''));
  return { header, rows };
}
const sheetOf = (g: WorkbookGrid, name: string): SheetGrid | undefined => g.sheets.find((s) => s.name === name);
/** A row holding these texts, each a cell of its own, and the group's id as a cell or a line of one. */
const attributed = (d: DocxContent, group: string, cells: readonly string[]): boolean =>
  tables(d).some((t) => t.some((r) => cells.every((c) => c === '' || r.includes(c)) && r.some((c) => c.split('\n').includes(group))));

/** The CLI in this process, quiet; what it writes to standard error is kept for the assertions. */
let stderr = '';
async function run(...args: string[]): Promise<number> {
  const write = process.stderr.write.bind(process.stderr);
  stderr = '';
  process.stderr.write = ((chunk: string | Uint8Array): boolean => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return await main([...args, '--quiet']);
  } finally {
    process.stderr.write = write;
  }
}

describe('documents: reports, the plan and meeting packets (.docx)', function () {
  this.timeout(300_000);
  let s: Scratch;
  let snapshot: Snapshot;
  let grid: WorkbookGrid;
  let planJson: ConsolidatedPlan;
  let out: string;
  let files: Record<string, Buffer>;
  const docs = new Map<string, DocxContent>();
  const doc = (name: string): DocxContent => {
    const d = docs.get(name);
    assert.ok(d !== undefined, `${name} was not written`);
    return d;
  };

  before(async () => {
    s = scratch();
    snapshot = (await sampleSnapshot()).snapshot;
    writeFileSync(path.join(s.dir, 'snapshot.json'), JSON.stringify(snapshot));
    await runMerge(s.options({ snapshot, json: path.join(s.dir, 'out/plan.json') }), QUIET);
    grid = await loadGrid(readFileSync(s.options().out));
    planJson = (JSON.parse(readFileSync(path.join(s.dir, 'out/plan.json'), 'utf8')) as { plan: ConsolidatedPlan }).plan;
    out = path.join(s.dir, 'reports');
    assert.equal(await run('reports', '--plan', s.options().out, '--snapshot', path.join(s.dir, 'snapshot.json'), '--out-dir', out, '--plan-document', '--quarterly-review', '--as-of', DRAFT), 0);
    files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f))]));
    for (const [name, bytes] of Object.entries(files)) docs.set(name, await readDocx(bytes));
  });
  after(() => s.remove());

  it('writes one report per capacity, the consolidated report and the plan, and nothing else', () => {
    assert.deepEqual(Object.keys(files).sort(), [...CAPACITIES.map(reportFile), reportFile(null), 'riverbend-county-plan.docx'].sort());
  });

  it('gives each capacity report the seven sections as Word headings, then the appendix of its steps', () => {
    for (const cap of CAPACITIES) {
      const d = doc(reportFile(cap));
      assert.deepEqual(paragraphs(d, 'Heading1'), [...SECTIONS, `Appendix: action steps for ${cap}`], cap);
      assert.equal(paragraphs(d, 'Title').length, 1);
    }
  });

  it('nests the seven sections under each capacity in the consolidated report', () => {
    const d = doc(reportFile(null));
    const names = planJson.reports.map((r) => `${r.capacity} ${r.label}`);
    assert.deepEqual(paragraphs(d, 'Heading1'), ['At a glance', ...names, 'Appendix: action steps by capacity']);
    assert.deepEqual(paragraphs(d, 'Heading2').filter((h) => SECTIONS.includes(h)), names.flatMap(() => SECTIONS));
    // One page header per capacity: each part says whose it is.
    for (const n of names) assert.ok(d.headers.some((h) => h.includes(`Riverbend County · ${n}`) && h.includes(`Draft of ${DRAFT}`)), n);
  });

  it('has headers with jurisdiction, capacity and draft date, "Page n of m" footers, repeating table headers, named styles and nothing under 10 pt', () => {
    for (const [name, d] of docs) {
      assert.ok(d.headers.length > 0 && d.headers.every((h) => h.includes('Riverbend County') && h.includes(`Draft of ${DRAFT}`)), name);
      assert.ok(d.footers.every((f) => /Page \{PAGE\}.* of \{NUMPAGES\}/.test(f)), `${name}: ${d.footers.join(' | ')}`);
      assert.ok(d.sizes.length > 0 && d.sizes.every((z) => z >= 20), `${name}: sizes ${d.sizes.join(',')}`);
      assert.ok(tables(d).length > 0);
      assert.ok(d.blocks.every((b) => b.kind !== 'table' || b.repeatsHeader), `${name}: a table without a repeating header row`);
      for (const b of d.blocks) if (b.kind === 'paragraph' && b.style !== '') assert.ok(d.styles.has(b.style), `${name}: style ${b.style} is not defined`);
    }
    for (const cap of CAPACITIES) assert.ok(doc(reportFile(cap)).headers.some((h) => h.includes(planJson.reports.find((r) => r.capacity === cap)?.label ?? '?')), cap);
  });

  it('puts every evidence, comment, need and conclusion the groups typed (plan.json entries) in its capacity report and the consolidated one, attributed to the group', () => {
    let checked = 0;
    for (const entry of planJson.entries) {
      const group = entry.meta.workGroupId;
      for (const c of entry.capacities) {
        for (const d of [doc(reportFile(c.capacity)), doc(reportFile(null))]) {
          for (const row of [...c.practice, ...c.leadership]) {
            if (row.evidence === '' && row.comment === '') continue;
            assert.ok(attributed(d, group, [row.evidence, row.comment]), `${group} ${c.capacity} ${row.itemId}: ${row.evidence.slice(0, 40)}`);
            checked++;
          }
          for (const n of c.needs) assert.ok(attributed(d, group, [n.need, n.evidence, n.proposed]), `${group} ${c.capacity} need ${n.need.slice(0, 40)}`);
          const text = allText(d);
          for (const svc of c.services) if (svc.comment !== '') assert.ok(text.includes(svc.comment), `${group} ${c.capacity} service comment ${svc.comment.slice(0, 40)}`);
        }
      }
      for (const k of entry.conclusions) assert.ok(attributed(doc(reportFile(k.capacity)), group, [k.finding, k.evidence]), `${group} conclusion ${k.finding.slice(0, 40)}`);
    }
    assert.ok(checked > 100, `only ${checked} evidence rows checked`);
  });

  it('shows the rating distributions, services and action steps as the plan workbook has them', () => {
    const dist = gridTable(sheetOf(grid, 'Ratings'), ['Capacity', 'Measure']);
    const steps = gridTable(sheetOf(grid, 'Plan'), ['Step id', 'Work group', 'Capacity']);
    const services = gridTable(sheetOf(grid, 'Services'), ['Flag', 'Service', 'Provider']);
    for (const cap of CAPACITIES) {
      const d = doc(reportFile(cap));
      const practice = dist.rows.find((r) => r[0] === cap && r[1] === 'Practice');
      assert.ok(practice !== undefined);
      const shown = tableAfter(d, 'How the items were rated');
      assert.ok(shown !== undefined, cap);
      // Rating levels, Don't know and Not rated: the counts of the distribution row, in order.
      assert.deepEqual(shown.slice(1, -1).map((r) => r[1]), practice.slice(2, -1), cap);
      const appendix = tableAfter(d, `Appendix: action steps for ${cap}`);
      const ids = steps.rows.filter((r) => r[2] === cap).map((r) => r[0]);
      assert.deepEqual(appendix?.slice(1).map((r) => r[0]) ?? [], ids, cap);
      const listed = tableAfter(d, 'The services and what stands out');
      const expected = services.rows.filter((r) => (r[5] ?? '').split(', ').includes(cap));
      assert.equal((listed?.length ?? 1) - 1, expected.length, cap);
      const rating = (label: string, v: string | undefined): string => `${label} ${v === undefined || v === '' ? '–' : v}`;
      for (const r of expected) assert.ok(listed?.some((row) => (row[0] ?? '').startsWith(`${r[1] ?? ''}\n${r[2] ?? ''}`) && row[1] === [rating('Availability', r[11]), rating('Accessibility', r[12]), rating('Quality', r[13]), rating('Individualization', r[14])].join('\n')), `${cap} ${r[1] ?? ''}`);
    }
  });

  it('draws each capacity\'s Snapshot figures from the published Snapshot: indicators, trends and charts, suppressed values as the marker only', () => {
    const marker = snapshot.suppression.marker;
    const tableById = new Map(snapshot.sections.flatMap((sec) => sec.tables).map((t) => [t.id, t] as const));
    for (const cap of CAPACITIES) {
      const d = doc(reportFile(cap));
      const indicators = tableAfter(d, 'Federal indicators');
      for (const row of indicators?.slice(1) ?? []) {
        const i = snapshot.indicators.find((x) => row[0] === `${x.code} ${x.name}`);
        assert.ok(i !== undefined, row[0]);
        if (i.suppressed || i.value === null) assert.ok(row[1] === marker || row[1] === i.note, `${cap} ${i.code} shows ${row[1] ?? ''}`);
        else assert.ok((row[1] ?? '').startsWith(i.value.toFixed(1)), `${cap} ${i.code}: ${row[1] ?? ''}`);
        if (i.numerator === null) assert.ok((row[2] ?? '').includes(`: ${marker} of`), `${cap} ${i.code} numerator`);
      }
      const figures = pictures(d);
      const wanted = (SNAPSHOT_CHARTS_BY_CAPACITY[cap] ?? []).filter((id) => tableById.has(id.split('.')[0] === 'trends' ? 'trends' : id));
      assert.equal(figures.length, wanted.length, cap);
      for (const f of figures) {
        assert.ok(f.svg.startsWith('<svg') && f.png !== null && f.png.subarray(1, 4).toString() === 'PNG', `${cap} ${f.title}: SVG with a PNG fallback`);
        const t = [...tableById.values()].find((x) => x.title === f.title) ?? tableById.get('trends');
        assert.ok(t !== undefined, f.title);
        if (t.chart?.type === 'bar') {
          const rows = t.rows.filter((r) => r.isTotal !== true);
          const cells = rows.map((r) => r.cells[t.chart?.column ?? 0]);
          // The text alternative names every category with its published value, or says it is suppressed.
          rows.forEach((r, i) => {
            const c = cells[i];
            const said = c?.suppressed === true || c?.value === null ? `${r.label}: ${marker} (suppressed)` : `${r.label}: ${Number(c?.value).toLocaleString('en-US')}`;
            assert.ok(f.description.includes(said), `${cap} ${f.title}: ${said}`);
          });
          const bars = (f.svg.match(/<rect [^>]*fill="#2F5597"/g) ?? []).length;
          assert.equal(bars, cells.filter((c) => c !== undefined && !c.suppressed && typeof c.value === 'number' && c.value > 0).length, `${cap} ${f.title}: one bar per published value above 0, none for a suppressed one`);
          assert.equal((f.svg.match(new RegExp(`>\\${marker}</text>`, 'g')) ?? []).length, cells.filter((c) => c?.suppressed === true || c?.value === null).length, `${cap} ${f.title}: the marker where a value is suppressed`);
        } else {
          const trend = tableAfter(d, 'Trends and breakdowns for this capacity');
          assert.ok(trend !== undefined);
          const shownTrend = tables(d).find((x) => x[0]?.[0] === 'Period');
          assert.ok(shownTrend !== undefined, `${cap}: the trend's numbers`);
          const trendTable = tableById.get('trends');
          assert.ok(trendTable !== undefined);
          shownTrend.slice(1).forEach((row, i) => {
            const src = trendTable.rows[i];
            assert.equal(row[0], src?.label);
            row.slice(1).forEach((v, k) => {
              const col = trendTable.columns.findIndex((c) => c.header === shownTrend[0]?.[k + 1]);
              const cell = src?.cells[col];
              assert.equal(v, cell?.suppressed === true ? marker : Number(cell?.value).toLocaleString('en-US'), `${cap} ${src?.label ?? ''} ${shownTrend[0]?.[k + 1] ?? ''}`);
            });
          });
        }
      }
    }
  });

  it('lays out the plan by capacity and goal, each step with lead, partners, dates, measure, baseline, target and status, then the Quarterly review', () => {
    const d = doc('riverbend-county-plan.docx');
    const steps = gridTable(sheetOf(grid, 'Plan'), ['Step id', 'Work group', 'Capacity']);
    const col = (h: string): number => steps.header.indexOf(h);
    assert.ok(d.sectionOrientations.every((o) => o === 'landscape'));
    const goals = new Set(steps.rows.map((r) => `Goal: ${r[col('Goal')] ?? ''}`).filter((g) => g !== 'Goal: '));
    assert.deepEqual(new Set(paragraphs(d, 'Heading2').filter((h) => h.startsWith('Goal: '))), goals);
    for (const r of steps.rows) {
      const cell = (h: string): string => r[col(h)] ?? '';
      const row = tables(d).flatMap((t) => t).find((x) => x[0] === cell('Step id'));
      assert.ok(row !== undefined, cell('Step id'));
      const text = row.join('\n');
      for (const h of ['Action step', 'Lead person', 'Partners', 'Start date', 'Target date', 'Measure', 'Baseline', 'Target', 'Status']) assert.ok(text.includes(cell(h)), `${cell('Step id')}: ${h} "${cell(h)}"`);
    }
    const review = sheetOf(grid, 'Quarterly review');
    assert.ok(review !== undefined);
    const reviewHeadings = review.rows.slice(3).map((r) => r.filter((c) => cellText(c) !== '')).filter((r) => r.length === 1).map((r) => cellText(r[0]));
    assert.ok(paragraphs(d, 'Heading1').includes('Quarterly review'));
    for (const h of reviewHeadings) assert.ok(paragraphs(d, 'Heading2').includes(h), h);
  });

  it('drafts from the workbook as the committee left it: an Executive Summary written there, an evidence cell corrected', async () => {
    // Typed into the cells as a committee would; the sheet's XML edited in place (exceljs cannot
    // round-trip these sheets, see the report), the rest of the package as the merge wrote it.
    const zip = await JSZip.loadAsync(readFileSync(s.options().out));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string') ?? '';
    const workbook = await zip.file('xl/workbook.xml')?.async('string') ?? '';
    const rid = /<sheet [^>]*name="S1 Report"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1] ?? '';
    const part = `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? ''}`;
    const sheetXml = await zip.file(part)?.async('string');
    assert.ok(sheetXml !== undefined, part);
    const evidence = planJson.reports.find((r) => r.capacity === 'S1')?.practice.notes.find((n) => n.itemId === 'PR02')?.evidence ?? '';
    const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // The merge writes texts through the shared-string table; a typed cell becomes the cell's own text.
    const shared = [...((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1] ?? '');
    const type = (xml: string, from: string, to: string): string => {
      const index = shared.findIndex((si) => si.includes(`>${escape(from)}</t>`));
      assert.ok(index >= 0, from);
      const cell = new RegExp(`(<c r="[A-Z]+\\d+"(?: s="\\d+")?) t="s"><v>${index}</v></c>`);
      assert.match(xml, cell, `a cell of the sheet holds "${from}"`);
      return xml.replace(cell, `$1 t="inlineStr"><is><t>${escape(to)}</t></is></c>`);
    };
    zip.file(part, type(type(sheetXml, EXECUTIVE_SUMMARY_PLACEHOLDER, 'Safety at first contact is strong; what follows it is not.'), evidence, 'Corrected by the committee: 94% at first contact.'));
    const edited = path.join(s.dir, 'edited.xlsx');
    writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer' }));
    const dir = path.join(s.dir, 'edited');
    assert.equal(await run('reports', '--plan', edited, '--out-dir', dir, '--as-of', DRAFT), 0);
    const d = await readDocx(readFileSync(path.join(dir, reportFile('S1'))));
    const first = d.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '1. Executive Summary');
    assert.deepEqual(d.blocks[first + 1], { kind: 'paragraph', style: '', text: 'Safety at first contact is strong; what follows it is not.' });
    assert.ok(attributed(d, 'WG1', ['Corrected by the committee: 94% at first contact.']));
    // No Snapshot given: the Overview shows the plan's own lines (its merge had one) and says how to draft more; no figures.
    assert.equal(pictures(d).length, 0);
    const lines = planJson.reports.find((r) => r.capacity === 'S1')?.dataOverview ?? [];
    assert.ok(lines.length > 1);
    for (const [label, text] of lines) assert.ok(paragraphs(d, 'Fact').includes(`${label}: ${text}`), label);
    assert.ok(paragraphs(d, 'Note').some((p) => p.includes('--snapshot')));
  });

  it('refuses a file that is not a plan, writing nothing', async () => {
    const dir = path.join(s.dir, 'refused');
    assert.equal(await run('reports', '--plan', path.join(s.submissions, 'riverbend-county-WG1.xlsx'), '--out-dir', dir), 2);
    assert.match(stderr, /riverbend-county-WG1\.xlsx is not a consolidated plan made by service-array merge\. Nothing was written/);
    assert.throws(() => readdirSync(dir));
  });

  describe('meeting packets', () => {
    const packets = new Map<number, Map<string, DocxContent>>();
    const packet = async (meeting: string, extra: string[] = []): Promise<{ code: number; docs: Map<string, DocxContent> }> => {
      const dir = path.join(s.dir, `packet-${meeting}-${extra.length}`);
      const code = await run('packet', '--config', s.options().config, '--meeting', meeting, '--out-dir', dir, '--as-of', DRAFT, ...extra);
      const found = new Map<string, DocxContent>();
      for (const f of readdirSync(dir)) found.set(f, await readDocx(readFileSync(path.join(dir, f))));
      return { code, docs: found };
    };
    const full = (): string[] => ['--plan', s.options().out, '--snapshot', path.join(s.dir, 'snapshot.json')];
    const agendaItems = (d: DocxContent): string[] => (tableAfter(d, 'Agenda') ?? []).slice(1).map((r) => r[1] ?? '');

    before(async () => {
      for (const m of [1, 2, 3, 4, 9]) {
        const { code, docs: found } = await packet(String(m), full());
        assert.equal(code, 0, `meeting ${m}`);
        packets.set(m, found);
      }
    });
    const files = (m: number): string[] => [...(packets.get(m)?.keys() ?? [])].sort();
    const get = (m: number, name: string): DocxContent => {
      const d = packets.get(m)?.get(name);
      assert.ok(d !== undefined, `meeting ${m}: ${name}`);
      return d;
    };

    it('first meeting: the seed\'s orientation agenda with modules chosen from the roster, the time commitment, the Snapshot handout', () => {
      assert.deepEqual(files(1), ['riverbend-county-meeting-1-agenda.docx', 'riverbend-county-meeting-1-sign-in.docx', 'riverbend-county-snapshot-overview.docx']);
      const items = agendaItems(get(1, 'riverbend-county-meeting-1-agenda.docx')).join('\n');
      for (const want of ['introduction', 'Child and Family Snapshot', 'Previous needs assessments', 'Interactive exercise', 'Orientation module 1: Service Array Case Scenario', 'Roles and responsibilities', 'time commitment', 'Work groups meet and begin their assessments']) assert.ok(items.includes(want), want);
      const agenda = get(1, 'riverbend-county-meeting-1-agenda.docx');
      assert.ok(paragraphs(agenda, 'Heading1').includes('The work plan and the time commitment'));
      const j = JSON.parse(readFileSync(s.options().config, 'utf8')) as { firstMeeting: string };
      assert.equal((tableAfter(agenda, 'The work plan and the time commitment')?.length ?? 0) - 1, meetingCalendar(j.firstMeeting).length, 'every meeting of the two years');
      assert.ok(pictures(get(1, 'riverbend-county-snapshot-overview.docx')).length >= 10);
    });

    it('second meeting: a report-out per capacity, with the Assessment Reports', () => {
      assert.equal(files(2).filter((f) => f.endsWith('assessment-report.docx')).length, 8);
      const items = agendaItems(get(2, 'riverbend-county-meeting-2-agenda.docx'));
      for (const r of planJson.reports) assert.ok(items.includes(`Assessment Report: ${r.capacity} ${r.label}`), r.capacity);
    });

    it('third meeting: each work group\'s development plan and the plan, without the Quarterly review', () => {
      assert.ok(files(3).includes('riverbend-county-plan.docx'));
      const items = agendaItems(get(3, 'riverbend-county-meeting-3-agenda.docx'));
      for (const g of ['WG1', 'WG2', 'WG3', 'WG4']) assert.ok(items.some((i) => i.startsWith(`Development plan: ${g} `)), g);
      assert.ok(!paragraphs(get(3, 'riverbend-county-plan.docx'), 'Heading1').includes('Quarterly review'));
    });

    it('quarterly meetings (year one and two): implementation, barriers, successes, with the plan and its Quarterly review', () => {
      for (const m of [4, 9]) {
        const items = agendaItems(get(m, `riverbend-county-meeting-${m}-agenda.docx`)).join('\n');
        for (const want of ['Successes to celebrate', 'Implementation progress', 'Barriers to address']) assert.ok(items.includes(want), `${m}: ${want}`);
        assert.ok(paragraphs(get(m, 'riverbend-county-plan.docx'), 'Heading1').includes('Quarterly review'), String(m));
      }
    });

    it('sign-in sheet: everyone on the roster that day, by surname, room to sign, no email', () => {
      const d = get(2, 'riverbend-county-meeting-2-sign-in.docx');
      const rows = tables(d)[0] ?? [];
      const names = rows.slice(1).map((r) => r[0] ?? '').filter((n) => n !== '');
      const j = JSON.parse(readFileSync(s.options().config, 'utf8')) as { stakeholders: { name: string; email?: string; left?: string }[] };
      assert.deepEqual([...names].sort(), j.stakeholders.map((p) => p.name).sort());
      const surname = (n: string): string => n.split(' ').pop() ?? n;
      assert.deepEqual(names.map(surname), [...names].sort((a, b) => surname(a).localeCompare(surname(b)) || a.localeCompare(b)).map(surname));
      assert.ok(rows.length - 1 > names.length, 'blank rows for guests');
      for (const p of j.stakeholders) if (p.email !== undefined) assert.ok(!allText(d).includes(p.email));
    });

    it('takes the sign-in sheet from a roster the committee keeps (--roster), with its work groups and modules', async () => {
      const csv = path.join(s.dir, 'members.csv');
      writeFileSync(csv, 'Name,Organisation,Category,Work group,Role,Orientation modules\nAda Quinn,Harbor Clinic,education-health,WG2,reporter,1;2;3;4\nBo Reyes,Food Bank,basic-needs,WG3,member,1;2;3;4\n');
      const { code, docs: found } = await packet('1', ['--roster', csv, '--snapshot', path.join(s.dir, 'snapshot.json')]);
      assert.equal(code, 0, stderr);
      const rows = tables(found.get('riverbend-county-meeting-1-sign-in.docx') ?? assert.fail())[0] ?? [];
      assert.deepEqual(rows.slice(1, 3).map((r) => r.slice(0, 3)), [['Ada Quinn', 'Harbor Clinic', 'WG2 reporter'], ['Bo Reyes', 'Food Bank', 'WG3']]);
      // Both members have taken modules 1-4: the first meeting offers the next four.
      const items = agendaItems(found.get('riverbend-county-meeting-1-agenda.docx') ?? assert.fail());
      assert.deepEqual(items.filter((i) => i.startsWith('Orientation module ')).map((i) => i.split(':')[0]), ['Orientation module 5', 'Orientation module 6', 'Orientation module 7', 'Orientation module 8']);
    });

    it('without the input its documents need, writes the agenda and sign-in only and exits 1; a meeting not in the calendar is refused', async () => {
      const { code, docs: found } = await packet('2');
      assert.equal(code, 1);
      assert.match(stderr, /written without its documents: its documents need --plan/);
      assert.deepEqual([...found.keys()].sort(), ['riverbend-county-meeting-2-agenda.docx', 'riverbend-county-meeting-2-sign-in.docx']);
      assert.equal(await run('packet', '--config', s.options().config, '--meeting', '40', '--out-dir', path.join(s.dir, 'none')), 2);
      assert.match(stderr, /--meeting must be a meeting number from 1 to 9 or "next", got "40"/);
    });
  });

  describe('printed by LibreOffice', () => {
    let pdfs: Record<string, RenderedPdf>;
    before(async function () {
      requireTool(this, 'LibreOffice and poppler-utils', CAN_RENDER);
      const extra = path.join(s.dir, 'printed-packets');
      mkdirSync(extra, { recursive: true });
      for (const m of ['1', '4']) assert.equal(await run('packet', '--config', s.options().config, '--meeting', m, '--out-dir', path.join(extra, m), '--as-of', DRAFT, '--plan', s.options().out, '--snapshot', path.join(s.dir, 'snapshot.json')), 0);
      const packetFiles = Object.fromEntries(['1', '4'].flatMap((m) => readdirSync(path.join(extra, m)).filter((f) => !f.endsWith('plan.docx') || m === '4').map((f) => [`m${m}-${f}`, readFileSync(path.join(extra, m, f))] as const)));
      pdfs = await renderWorkbooks({ ...files, ...packetFiles });
    });

    it('opens and converts every document; "Page 1 of m" counts the pages LibreOffice printed', () => {
      for (const [name, pdf] of Object.entries(pdfs)) {
        assert.ok(pdf.pages.length >= 1, name);
        const first = pageText(pdf.pages[0] ?? { width: 0, height: 0, words: [] });
        assert.ok(first.includes(`Page 1 of ${pdf.pages.length}`), `${name}: ${first.slice(-80)}`);
      }
    });

    it('prints no text under 10 pt', () => {
      for (const [name, pdf] of Object.entries(pdfs)) {
        const small = smallestText(pdf);
        assert.ok(small.size >= 9.6, `${name}: "${small.word}" at ${small.size.toFixed(1)} pt on page ${small.page}`);
      }
    });

    it('prints every section heading and every evidence text whole', () => {
      for (const cap of CAPACITIES) {
        const pdf = pdfs[reportFile(cap)];
        assert.ok(pdf !== undefined);
        const evidence = planJson.entries.flatMap((e) => e.capacities.filter((c) => c.capacity === cap).flatMap((c) => [...c.practice, ...c.leadership].map((r) => r.evidence))).filter((t) => t !== '');
        assert.deepEqual(missingTexts(pdf, [...SECTIONS, ...evidence]), [], cap);
      }
    });
  });
});
