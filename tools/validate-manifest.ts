// `npm run validate [-- dist/manifest.xml]`: the offline checks of manifest-checks.ts, in words.
// Exit 0 when the manifest passes, 1 with every problem listed.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkManifest } from './manifest-checks';

const file = process.argv[2] ?? 'manifest.xml';
const problems = checkManifest(readFileSync(file, 'utf8'), path.resolve('assets'));
if (problems.length === 0) {
  process.stdout.write(`${file}: the manifest passes every offline check (structure, resources, URLs, string limits, host, ExcelApi 1.9, icons).\n`);
} else {
  process.stderr.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
