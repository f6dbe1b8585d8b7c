// What can be checked of manifest.xml offline. Microsoft's validator (`office-addin-manifest
// validate`) posts the manifest to an online service, and no npm package ships the manifest XSDs, so
// `npm run validate` and the tests check its structure here: the schema's element order, every resid
// defined and used, https URLs, string length limits, the Workbook host, the ExcelApi 1.9 floor and
// icons of the declared sizes.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { child as childNamed, parseXml, type XmlNode } from './xml-tree';

export const allNodes = (n: XmlNode): XmlNode[] => [n, ...n.children.flatMap(allNodes)];

/** The top-level elements of a TaskPaneApp, in the order the schema requires. */
const ORDER = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions'];

/** Every problem found, in words; empty when the manifest passes. `assets` is where the icons are. */
export function checkManifest(xml: string, assets: string): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => void problems.push(message);
  let root: XmlNode;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${e instanceof Error ? e.message : String(e)}`];
  }
  const nodes = allNodes(root);
  if (root.name !== 'OfficeApp' || root.attrs['xsi:type'] !== 'TaskPaneApp') fail('the root must be <OfficeApp xsi:type="TaskPaneApp">');
  const names = root.children.map((c) => c.name);
  const known = names.filter((n) => ORDER.includes(n));
  const inOrder = ORDER.filter((n) => known.includes(n));
  if (known.join(',') !== inOrder.join(',')) fail(`top-level elements out of the schema's order: ${known.join(', ')} (expected ${inOrder.join(', ')})`);
  for (const n of names) if (!ORDER.includes(n)) fail(`unknown top-level element <${n}>`);
  for (const r of REQUIRED) if (!names.includes(r)) fail(`<${r}> is required`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(childNamed(root, 'Id')?.text.trim() ?? '')) fail('<Id> must be a GUID');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(childNamed(root, 'Version')?.text.trim() ?? '')) fail('<Version> must be four numbers, e.g. 1.0.0.0');
  if (childNamed(root, 'Permissions')?.text.trim() !== 'ReadWriteDocument') fail('<Permissions> must be ReadWriteDocument (the add-in writes sheets)');
  const hosts = childNamed(root, 'Hosts')?.children.map((h) => h.attrs['Name']) ?? [];
  if (hosts.join(',') !== 'Workbook') fail(`<Hosts> must list only Workbook, got ${hosts.join(', ') || 'none'}`);
  const sets = childNamed(childNamed(root, 'Requirements') ?? root, 'Sets')?.children.map((s) => `${s.attrs['Name'] ?? ''} ${s.attrs['MinVersion'] ?? ''}`) ?? [];
  if (sets.join(',') !== 'ExcelApi 1.9') fail(`<Requirements> must set the ExcelApi 1.9 floor, got ${sets.join(', ') || 'none'}`);
  if (!nodes.some((n) => n.name === 'Host' && n.attrs['xsi:type'] === 'Workbook')) fail('<VersionOverrides> needs a <Host xsi:type="Workbook">');

  const resources = nodes.filter((n) => ['bt:Image', 'bt:Url', 'bt:String'].includes(n.name) && n.attrs['id'] !== undefined);
  const ids = resources.map((n) => n.attrs['id'] ?? '');
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) fail(`resource id ${id} is defined twice`);
  const used = nodes.map((n) => n.attrs['resid']).filter((r): r is string => r !== undefined);
  for (const r of new Set(used)) {
    if (!ids.includes(r)) fail(`resid ${r} is used but not defined`);
    if (r.length > 32) fail(`resid ${r} is longer than 32 characters`);
  }
  for (const id of ids) if (!used.includes(id)) fail(`resource ${id} is defined but never used`);

  // Namespace declarations are names, not URLs anyone fetches.
  const urls = nodes.flatMap((n) => [...Object.entries(n.attrs).filter(([k, v]) => !k.startsWith('xmlns') && /^[a-z]+:\/\//i.test(v)).map(([, v]) => v), ...(n.name === 'AppDomain' ? [n.text.trim()] : [])]);
  for (const u of urls) if (!u.startsWith('https://')) fail(`URL ${u} must use https`);
  const inside = (parent: string): XmlNode[] => nodes.filter((p) => p.name === parent).flatMap((p) => p.children.filter((c) => c.name === 'bt:String'));
  for (const s of inside('bt:ShortStrings')) if ((s.attrs['DefaultValue'] ?? '').length > 125) fail(`short string ${s.attrs['id'] ?? ''} is longer than 125 characters`);
  for (const s of inside('bt:LongStrings')) if ((s.attrs['DefaultValue'] ?? '').length > 250) fail(`long string ${s.attrs['id'] ?? ''} is longer than 250 characters`);
  if ((childNamed(root, 'DisplayName')?.attrs['DefaultValue'] ?? '').length > 125) fail('<DisplayName> is longer than 125 characters');
  if ((childNamed(root, 'Description')?.attrs['DefaultValue'] ?? '').length > 250) fail('<Description> is longer than 250 characters');

  const images = [...nodes.filter((n) => n.name === 'bt:Image' && n.attrs['DefaultValue'] !== undefined), childNamed(root, 'IconUrl'), childNamed(root, 'HighResolutionIconUrl')];
  for (const img of images) {
    const url = img?.attrs['DefaultValue'] ?? '';
    if (url === '') continue;
    const file = path.join(assets, path.basename(new URL(url).pathname));
    const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
    if (!existsSync(file)) {
      fail(`icon ${url} has no file ${path.relative(process.cwd(), file)}`);
      continue;
    }
    const png = readFileSync(file);
    if (png.readUInt32BE(16) !== size || png.readUInt32BE(20) !== size) fail(`icon ${path.basename(file)} is not ${size}×${size} px`);
  }
  return problems;
}
