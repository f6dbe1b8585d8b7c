// The real-browser harness: builds the add-in when dist/ is older than its sources, serves dist/ on
// 127.0.0.1, and opens the task pane in Debian's Chromium with `office.js` answered by the fake stub.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers/fixtures';

export const CHROMIUM = '/usr/bin/chromium';
const DIST = path.join(ROOT, 'dist');
const STUB = path.join(ROOT, 'build', 'office-stub', 'office-stub.js');
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml' };

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

/** Runs the production build (type-checking skipped: `tsc` checked the tree already) when stale. */
export async function ensureBuilt(): Promise<boolean> {
  const built = [path.join(DIST, 'taskpane.js'), path.join(DIST, 'csv-worker.js'), STUB];
  const sources = Math.max(newest(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs, statSync(path.join(ROOT, 'manifest.xml')).mtimeMs);
  if (built.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources)) return false;
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  await promisify(execFile)(process.execPath, [cli, '--mode', 'production', '--env', 'fast', '--env', 'withStub'], { cwd: ROOT, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 });
  // webpack leaves an unchanged asset unwritten, so mark the build as fresh explicitly.
  const now = new Date();
  for (const f of built) utimesSync(f, now, now);
  return true;
}

export function serveDist(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST + path.sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })),
  );
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A 350 px pane whose only network is dist/ and the stub; Office's CDN and fonts are never reached. */
export async function openPane(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 350, height: 600 } });
  const stub = readFileSync(STUB, 'utf8');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (/\/office\.js(\?|$)/.test(url)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: stub });
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}taskpane.html`);
  await page.waitForFunction(() => (document.getElementById('workbook-status')?.textContent ?? '').includes('workbook'));
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.length }));
  });
}
