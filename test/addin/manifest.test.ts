// A structural test of manifest.xml, since Microsoft's validator is online only: element order,
// every resid defined, https URLs, string limits, the Workbook host and the ExcelApi 1.9 floor.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { ROOT } from '../helpers/fixtures';

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  text: string;
}

function parseXml(xml: string): Node {
  const parser = new SaxesParser();
  const stack: Node[] = [{ name: '#document', attrs: {}, children: [], text: '' }];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = v;
    const node: Node = { name: tag.name, attrs, children: [], text: '' };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  const root = stack[0]?.children[0];
  if (root === undefined) throw new Error('empty manifest');
  return root;
}

const all = (n: Node): Node[] => [n, ...n.children.flatMap(all)];
const child = (n: Node, name: string): Node | undefined => n.children.find((c) => c.name === name);

const ORDER = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];

describe('add-in: manifest.xml', () => {
  const root = parseXml(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  const nodes = all(root);

  it('is a task pane app whose top-level elements follow the schema order', () => {
    assert.equal(root.name, 'OfficeApp');
    assert.equal(root.attrs['xsi:type'], 'TaskPaneApp');
    const names = root.children.map((c) => c.name);
    assert.deepEqual(names, ORDER.filter((n) => names.includes(n)));
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions']) assert.ok(names.includes(required), required);
    assert.match(child(root, 'Id')?.text ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(child(root, 'Version')?.text ?? '', /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(child(root, 'Permissions')?.text, 'ReadWriteDocument');
  });

  it('targets Excel workbooks with an ExcelApi 1.9 floor', () => {
    assert.deepEqual(child(root, 'Hosts')?.children.map((h) => h.attrs['Name']), ['Workbook']);
    const sets = child(child(root, 'Requirements') ?? root, 'Sets');
    assert.deepEqual(sets?.children.map((s) => [s.attrs['Name'], s.attrs['MinVersion']]), [['ExcelApi', '1.9']]);
    assert.ok(nodes.some((n) => n.name === 'Host' && n.attrs['xsi:type'] === 'Workbook'), 'a Workbook host in VersionOverrides');
  });

  it('defines every resid it uses, once', () => {
    const resources = nodes.filter((n) => ['bt:Image', 'bt:Url', 'bt:String'].includes(n.name) && n.attrs['id'] !== undefined);
    const ids = resources.map((n) => n.attrs['id'] ?? '');
    assert.equal(new Set(ids).size, ids.length, 'duplicate resource ids');
    const used = nodes.map((n) => n.attrs['resid']).filter((r): r is string => r !== undefined);
    assert.ok(used.length >= 10);
    for (const r of used) assert.ok(ids.includes(r), `resid ${r} is not defined`);
    for (const id of ids) assert.ok(used.includes(id), `resource ${id} is never used`);
    for (const n of nodes.filter((x) => x.attrs['resid'] !== undefined)) assert.ok((n.attrs['resid'] ?? '').length <= 32, 'resid at most 32 characters');
  });

  it('uses https for every URL and keeps strings within their limits', () => {
    // Namespace declarations are names, not URLs anyone fetches.
    const urls = nodes.flatMap((n) => [...Object.entries(n.attrs).filter(([k, v]) => !k.startsWith('xmlns') && /^[a-z]+:\/\//i.test(v)).map(([, v]) => v), ...(n.name === 'AppDomain' ? [n.text] : [])]);
    assert.ok(urls.length >= 8);
    for (const u of urls) assert.match(u, /^https:\/\//, u);
    const short = nodes.filter((n) => n.name === 'bt:String' && all(root).some((p) => p.name === 'bt:ShortStrings' && p.children.includes(n)));
    const long = nodes.filter((n) => n.name === 'bt:String' && all(root).some((p) => p.name === 'bt:LongStrings' && p.children.includes(n)));
    assert.ok(short.length > 0 && long.length > 0);
    for (const s of short) assert.ok((s.attrs['DefaultValue'] ?? '').length <= 125, s.attrs['id']);
    for (const s of long) assert.ok((s.attrs['DefaultValue'] ?? '').length <= 250, s.attrs['id']);
    assert.ok((child(root, 'DisplayName')?.attrs['DefaultValue'] ?? '').length <= 125);
    assert.ok((child(root, 'Description')?.attrs['DefaultValue'] ?? '').length <= 250);
  });

  it('points at icons that exist at the sizes it declares', () => {
    const images = nodes.filter((n) => n.name === 'bt:Image' && n.attrs['DefaultValue'] !== undefined);
    for (const img of [...images, child(root, 'IconUrl'), child(root, 'HighResolutionIconUrl')]) {
      const url = img?.attrs['DefaultValue'] ?? '';
      const file = path.join(ROOT, 'assets', path.basename(new URL(url).pathname));
      const png = readFileSync(file);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      assert.equal(png.readUInt32BE(16), size, `${file} width`);
      assert.equal(png.readUInt32BE(20), size, `${file} height`);
    }
  });
});
