#!/usr/bin/env node
// npm run build: builds what is out of date.
//
//   node scripts/build.mjs [--force] [--server-only | --web-only]
//
// - the server: esbuild bundles server/main.ts and server/cli.ts into dist/server/ (dependencies stay
//   external, loaded from node_modules); skipped when dist/server is newer than every file under
//   server/ and migrations/.
// - the web app: `vite build` (vite.config.ts) into web/dist; skipped when web/dist/index.html is newer
//   than every file under web/, vite.config.ts and every server/*/schemas.ts (the web app imports those).
//
// start.mjs imports buildAll() from here.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const here = fileURLToPath(import.meta.url);

const SERVER_ENTRIES = ['main', 'cli'];
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git']);

/** Newest modification time (ms) of the files under a directory (0 when there are none). */
function newestUnder(dir, skip = SKIP_DIRS) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) newest = Math.max(newest, newestUnder(path, skip));
    } else if (entry.isFile()) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function schemaFiles() {
  const serverDir = join(root, 'server');
  if (!existsSync(serverDir)) return [];
  return readdirSync(serverDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(serverDir, d.name, 'schemas.ts'))
    .filter((p) => existsSync(p));
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** Bundles the server with esbuild. Returns true when it built, false when it was up to date. */
export async function buildServer({ force = false, log = console.log } = {}) {
  const entries = SERVER_ENTRIES.filter((name) => existsSync(join(root, 'server', `${name}.ts`)));
  if (!entries.includes('main')) throw new Error('server/main.ts does not exist');
  const outdir = join(root, 'dist', 'server');
  const outputs = entries.map((name) => join(outdir, `${name}.js`));
  const built = Math.min(...outputs.map(mtime));
  const sources = Math.max(newestUnder(join(root, 'server')), newestUnder(join(root, 'migrations')), mtime(here));
  if (!force && built > 0 && built > sources) {
    log('build: server up to date (dist/server)');
    return false;
  }
  const started = performance.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries.map((name) => [name, join(root, 'server', `${name}.ts`)])),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  if (result.errors.length > 0) throw new Error('esbuild reported errors');
  log(`build: server bundled to dist/server (${entries.map((e) => `${e}.js`).join(', ')}) in ${seconds(started)} s`);
  return true;
}

/** Runs `vite build` when web/dist is out of date. Returns true when it built. */
export async function buildWeb({ force = false, log = console.log } = {}) {
  const index = join(root, 'web', 'dist', 'index.html');
  const built = mtime(index);
  const sources = Math.max(
    newestUnder(join(root, 'web')),
    mtime(join(root, 'vite.config.ts')),
    ...schemaFiles().map(mtime),
  );
  if (!force && built > 0 && built > sources) {
    log('build: web app up to date (web/dist)');
    return false;
  }
  if (!existsSync(join(root, 'vite.config.ts'))) throw new Error('vite.config.ts does not exist');
  const started = performance.now();
  log(`build: web app (vite build${built === 0 ? ', no web/dist yet' : ''})`);
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
    child.on('error', (error) => {
      log(`build: could not run vite: ${error.message}`);
      resolve(1);
    });
    child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
  if (!existsSync(index)) throw new Error(`vite build wrote no ${relative(root, index)}`);
  log(`build: web app built to web/dist in ${seconds(started)} s`);
  return true;
}

/** Builds the server and the web app, each only when out of date. Throws on failure. */
export async function buildAll({ force = false, server = true, web = true, log = console.log } = {}) {
  if (server) await buildServer({ force, log });
  if (web) await buildWeb({ force, log });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const args = new Set(process.argv.slice(2));
  const unknown = [...args].filter((a) => !['--force', '--server-only', '--web-only'].includes(a));
  if (unknown.length > 0) {
    console.error(`build: unknown argument(s) ${unknown.join(' ')}\nusage: node scripts/build.mjs [--force] [--server-only | --web-only]`);
    process.exit(2);
  }
  try {
    await buildAll({
      force: args.has('--force'),
      server: !args.has('--web-only'),
      web: !args.has('--server-only'),
    });
  } catch (error) {
    console.error(`build: FAILED: ${error.message}`);
    process.exit(1);
  }
}
