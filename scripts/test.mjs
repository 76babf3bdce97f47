#!/usr/bin/env node
// npm test: typecheck, then every server test with Vitest (vitest.config.ts at the root).
//
//   node scripts/test.mjs [vitest arguments...]     e.g. npm test -- server/identity
//
// With TEST_DATABASE_URL set (scripts/postgres-server.sh prints it) the server tests also run against
// that PostgreSQL server. The very last line printed is `N passed, N failed[, N skipped]`, counted by
// Vitest; a test file that could not run at all (it failed to load, or a hook failed) counts as one
// failed test, and so does a failed typecheck. Exits non-zero when the typecheck or any test fails,
// or when no test ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Runs a command with inherited output; resolves to its exit code (signals forwarded while it runs). */
function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`test: could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

const started = Date.now();
const vitestArgs = process.argv.slice(2);

console.log('test: typecheck (tsc --noEmit -p tsconfig.json)');
const typecheckCode = await run(process.execPath, [bin('tsc'), '--noEmit', '-p', 'tsconfig.json']);
const typecheckOk = typecheckCode === 0;
console.log(typecheckOk ? 'test: typecheck passed' : `test: typecheck FAILED (exit ${typecheckCode})`);

const tmp = mkdtempSync(join(tmpdir(), 'samenloop-test-'));
const jsonFile = join(tmp, 'vitest.json');
console.log(
  `test: vitest run${process.env.TEST_DATABASE_URL ? ' (PGlite and the PostgreSQL server in TEST_DATABASE_URL)' : ' (PGlite; set TEST_DATABASE_URL to also test on a PostgreSQL server)'}`,
);
const vitestCode = await run(process.execPath, [
  bin('vitest'),
  'run',
  '--config',
  join(root, 'vitest.config.ts'),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${jsonFile}`,
  ...vitestArgs,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
let report;
if (existsSync(jsonFile)) {
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch (error) {
    console.error(`test: could not read Vitest's JSON report: ${error.message}`);
  }
}
rmSync(tmp, { recursive: true, force: true });

if (report) {
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed without a failing test in it (import error, failing beforeAll/afterAll).
  for (const file of report.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) {
      failed += 1;
      console.log(`test: file failed outside its tests: ${file.name}${file.message ? `\n  ${file.message.split('\n')[0]}` : ''}`);
    }
  }
} else {
  console.log('test: Vitest produced no report');
}
if (vitestCode !== 0 && failed === 0 && passed > 0) {
  // Vitest failed for a reason it did not pin on a test (an unhandled error, say): still a failure.
  failed += 1;
  console.log(`test: Vitest exited with ${vitestCode} without a failed test (unhandled error?); counted as 1 failed`);
}
if (!typecheckOk) {
  failed += 1;
  console.log('test: the typecheck failed; counted as 1 failed');
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const ranNone = passed + failed === 0;
if (ranNone) console.log('test: no test ran');
const ok = typecheckOk && vitestCode === 0 && failed === 0 && !ranNone && report !== undefined;
console.log(`test: ${ok ? 'OK' : 'FAILED'} in ${seconds} s`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = ok ? 0 : 1;
