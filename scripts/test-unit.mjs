// Runs the unit tests with Node's test runner. On Node 20 a folder argument finds no .ts files,
// so the files are listed explicitly.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).sort().map((f) => `test/unit/${f}`);
if (files.length === 0) { console.error('no unit tests found in test/unit'); process.exit(1); }
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
