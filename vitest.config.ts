import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Server tests. Project `server` runs every server test on embedded PGlite (a fresh database per test file).
 * When TEST_DATABASE_URL is set (see scripts/postgres-server.sh), project `server-postgres` runs the same
 * files again against that PostgreSQL server; the helpers in server/testing/ create a fresh database per file.
 * Browser tests (e2e/) have their own runner: npm run test:e2e.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const include = ['server/**/*.test.ts'];
const exclude = ['e2e/**', 'web/**', '**/node_modules/**', 'dist/**', 'bench/**'];

// `extends: true`: a project takes the root's settings (exclude, timeouts, pool) and adds its own.
const serverProject = (name: string, backend: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include,
    environment: 'node' as const,
    env: { TEST_DB_BACKEND: backend },
  },
});

export default defineConfig({
  resolve: {
    // Same mapping as tsconfig.json's paths.
    alias: [{ find: /^@schemas\/(.+)$/, replacement: `${root}server/$1/schemas.ts` }],
  },
  test: {
    root,
    exclude,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // Each test file opens its own database; separate processes keep PGlite instances and native addons apart.
    pool: 'forks',
    // The machine has 2 cores.
    maxWorkers: 2,
    projects: [
      serverProject('server', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [serverProject('server-postgres', 'postgres')] : []),
    ],
  },
});
