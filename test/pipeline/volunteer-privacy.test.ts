// What a volunteer's workbook holds of the roster: the names and organisations of its own group's
// facilitator, reporter and members, and nothing else — no one's email, no engagement colour, aim,
// next step or note, no one from another group. Scanned in every part of every workbook sent to a
// volunteer (the template of each group, the add-in's layout of it, the quarterly status update) and
// in the rules it carries; the same scan finds them in the committee's own file, so it can fail.

import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { ENGAGEMENT_AIMS, ENGAGEMENT_COLOURS, buildWorkbookLayout, carriedRulesJson, mergePlan, type Jurisdiction, type WorkGroup } from '../../src/core';
import { buildStatusTemplate } from '../../pipeline/monitoring/write-status-templates';
import { buildTemplate } from '../../pipeline/template/write-templates';
import { FIXED_NOW, sampleJurisdiction } from '../helpers/fixtures';

/** The sample with every member's engagement plan filled in, as a committee keeps it. */
function committeeJurisdiction(): Jurisdiction {
  const j = sampleJurisdiction();
  return { ...j, stakeholders: j.stakeholders.map((s, i) => ({ ...s, engagement: ENGAGEMENT_COLOURS[i % 3] ?? 'red', nextStep: `Private note about ${s.id}`, nextStepOwner: 'Committee owner' })) };
}

async function packageText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name)).map((f) => f.async('string')));
  return parts.join('\n').replace(/<\/t>/g, '</t>\n');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/&/g, '&(amp;)?').replace(/'/g, "('|&apos;)");

/** What of the committee's roster a text exposes, for a workbook of `group`. */
function exposed(text: string, j: Jurisdiction, group: WorkGroup): string[] {
  const own = new Set([group.facilitator, group.reporter, ...group.members]);
  const found: string[] = [];
  for (const s of j.stakeholders) {
    if (s.email !== '' && new RegExp(escape(s.email), 'i').test(text)) found.push(`email of ${s.id}`);
    if (new RegExp(escape(s.nextStep)).test(text)) found.push(`next step for ${s.id}`);
    if (!own.has(s.id) && new RegExp(`\\b${escape(s.name)}\\b`).test(text)) found.push(`name of ${s.id}, not in ${group.id}`);
  }
  if (/Committee owner/.test(text)) found.push('next-step owner');
  for (const aim of Object.values(ENGAGEMENT_AIMS)) if (text.includes(aim)) found.push(`engagement aim "${aim}"`);
  // A colour as a whole cell or a JSON value, as a roster colour would appear.
  const colour = /(>|")(green|yellow|red)(<|")/i.exec(text);
  if (colour !== null) found.push(`engagement colour ${colour[2] ?? ''}`);
  return found;
}

describe('volunteer privacy: what a work group\'s workbook holds of the roster', () => {
  const j = committeeJurisdiction();

  it('holds no one\'s email, engagement colour or note, and no one outside the group, in any workbook sent to a group', async () => {
    for (const group of j.workGroups) {
      assert.deepEqual(exposed(await packageText(await buildTemplate(j, group, FIXED_NOW, `t-${group.id}`)), j, group), [], `${group.id} template`);
      assert.deepEqual(exposed(JSON.stringify(buildWorkbookLayout(j, group, { templateId: 't', createdAt: '', generator: '' })), j, group), [], `${group.id} add-in layout`);
      assert.deepEqual(exposed(await packageText(await buildStatusTemplate(j, group, [], '2027-03-01', FIXED_NOW, 'u')), j, group), [], `${group.id} status update`);
    }
  });

  it('carries its own group\'s names and organisations, and only those fields of them', () => {
    for (const group of j.workGroups) {
      const carried = JSON.parse(carriedRulesJson(j, group)) as { people: Record<string, string>[]; workGroup: { id: string } };
      const own = [...new Set([group.facilitator, group.reporter, ...group.members])];
      assert.deepEqual(carried.people.map((p) => p['id']), own);
      for (const p of carried.people) assert.deepEqual(Object.keys(p).sort(), ['id', 'name', 'organisation']);
      assert.equal(carried.workGroup.id, group.id);
    }
  });

  it('keeps engagement colours and next steps out of the plan and its JSON unless the committee asks', () => {
    const group = j.workGroups[0];
    assert.ok(group);
    const plan = (colours: boolean): string => JSON.stringify(mergePlan({ jurisdiction: j, files: [], previous: null, data: null, asOf: '2027-01-15', engagementColours: colours }).plan);
    const shared = plan(false);
    assert.deepEqual(exposed(shared, j, { ...group, members: j.stakeholders.map((s) => s.id) }), [], 'the shared plan names members, never their colours');
    assert.match(shared, /"engagementShown":false/);
    const asked = plan(true);
    assert.match(asked, /"engagementShown":true/);
    assert.ok(exposed(asked, j, { ...group, members: j.stakeholders.map((s) => s.id) }).some((f) => f.startsWith('engagement colour')), 'merge --engagement-colours puts them in');
  });

  it('would find them: the scan sees the committee\'s own roster in the jurisdiction itself', () => {
    const group = j.workGroups[0];
    assert.ok(group);
    const found = exposed(JSON.stringify(j), j, group);
    assert.ok(found.some((f) => f.startsWith('email of')) && found.some((f) => f.startsWith('engagement colour')) && found.some((f) => f.startsWith('name of')), found.join(', '));
  });
});
