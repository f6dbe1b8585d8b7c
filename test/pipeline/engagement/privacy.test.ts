// Engagement colours, next steps, notes and the log are the steering committee's: none of them may
// reach a volunteer's workbook (the assessment template, the add-in's layout of it, the quarterly
// status update). The same scan finds them in the committee's own files, so it can fail.

import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { ENGAGEMENT_AIMS, ENGAGEMENT_COLOURS, buildWorkbookLayout, type Jurisdiction } from '../../../src/core';
import { sampleEngagementWorkbook } from '../../../pipeline/engagement/generate-engagement';
import { SAMPLE_ENGAGEMENT } from '../../../pipeline/engagement/sample-engagement';
import { buildStatusTemplate } from '../../../pipeline/monitoring/write-status-templates';
import { buildTemplate } from '../../../pipeline/template/write-templates';
import { FIXED_NOW, sampleJurisdiction } from '../../helpers/fixtures';

/** The sample jurisdiction with every member's engagement plan filled in. */
function withEngagementPlan(): Jurisdiction {
  const j = sampleJurisdiction();
  return { ...j, stakeholders: j.stakeholders.map((s, i) => ({ ...s, engagement: ENGAGEMENT_COLOURS[i % 4] ?? 'none', nextStep: `Heal the relationship with ${s.id} (committee note)`, nextStepOwner: 'Owner of the plan' })) };
}

/** Every text in every part of the package, cell values one per line. */
async function packageText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name)).map((f) => f.async('string')));
  return parts.join('\n').replace(/<\/t>/g, '</t>\n');
}

const COMMITTEE_ONLY: readonly RegExp[] = [
  /committee note/,
  /Owner of the plan/,
  ...Object.values(ENGAGEMENT_AIMS).map((aim) => new RegExp(aim)),
  // A colour as a cell's whole value, in any case: how a roster colour would appear.
  />(green|yellow|red|no dot)<\/t>/i,
  ...SAMPLE_ENGAGEMENT.partners.flatMap((p) => (p.notes === undefined ? [] : [new RegExp(String(p.notes).slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))])),
  ...SAMPLE_ENGAGEMENT.log.map((e) => new RegExp(`>${String(e.topic).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`)),
];

const found = (text: string): string[] => COMMITTEE_ONLY.filter((re) => re.test(text)).map(String);

describe('engagement privacy', () => {
  const j = withEngagementPlan();

  it('keeps engagement colours, next steps, notes and the log out of every work group\'s assessment workbook', async () => {
    for (const group of j.workGroups) {
      assert.deepEqual(found(await packageText(await buildTemplate(j, group, FIXED_NOW, `t-${group.id}`))), [], group.id);
      // The add-in renders the same declaration through Office.js.
      assert.deepEqual(found(JSON.stringify(buildWorkbookLayout(j, group, { templateId: 't', createdAt: '', generator: '' }))), [], group.id);
    }
  });

  it('keeps them out of the quarterly status-update workbook', async () => {
    const group = j.workGroups[0];
    assert.ok(group);
    assert.deepEqual(found(await packageText(await buildStatusTemplate(j, group, [], '2027-03-01', FIXED_NOW, 'u'))), []);
  });

  it('finds them in the committee\'s engagement workbook, where they belong', async () => {
    const text = await packageText(await sampleEngagementWorkbook(j));
    assert.ok(found(text).length >= 5, found(text).join(', '));
  });
});
