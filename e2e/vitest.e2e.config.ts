import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * End-to-end tests: a real browser (Debian's Chromium, via playwright-core) against a running server.
 * scripts/test-e2e.mjs starts the server and passes its address as BASE_URL.
 * One file at a time: the tests share one server and its demo accounts.
 */
// Vitest sets process.env.BASE_URL to Vite's base ('/') inside the tests, so hand the server's address
// over under a name of our own.
const serverUrl = process.env.SAMENLOOP_E2E_URL ?? process.env.BASE_URL ?? 'http://localhost:3000';

/**
 * The files run in path order, always: they share one demo region, and the Actieoverleg files tell one story in
 * that order (aanmelding → nieuwe-casus → vergadering → vervolg-afspraken), each building on the demo state the
 * one before left. Vitest's default order (by earlier durations) would differ between machines.
 */
class PathOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    root: dirname(dirname(fileURLToPath(import.meta.url))),
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    sequence: { sequencer: PathOrder },
    env: { SAMENLOOP_E2E_URL: serverUrl },
  },
});
