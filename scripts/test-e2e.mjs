#!/usr/bin/env node
// npm run test:e2e: the web app in a real browser against a real server.
//
//   node scripts/test-e2e.mjs [vitest filters...]
//
// 1. builds the web app (vite build) and, when scripts/build.mjs exists, the server bundle;
// 2. starts the server on a free port with a fresh temporary DATA_DIR (embedded PGlite, demo mode);
// 3. runs vitest on e2e/**/*.e2e.ts (e2e/vitest.e2e.config.ts) with BASE_URL pointing at it;
// 4. stops the server (SIGTERM), removes the temporary directory and exits with vitest's exit code.
//
// The browser is Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH); nothing is downloaded.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const log = (message) => console.log(`test-e2e: ${message}`);

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      log(`could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(url);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  log(`no Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  process.exit(1);
}

// 1. Build.
log('building the web app (vite build)');
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if ((await run(node, [viteBin, 'build', '--logLevel', 'warn'], { env: { ...process.env, NODE_ENV: 'production' } })) !== 0) {
  log('vite build failed');
  process.exit(1);
}
if (existsSync(join(root, 'scripts', 'build.mjs'))) {
  log('building the server (scripts/build.mjs --server-only)');
  if ((await run(node, [join(root, 'scripts', 'build.mjs'), '--server-only'])) !== 0) {
    log('server build failed');
    process.exit(1);
  }
}

// 2. Start the server.
const port = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'samenloop-e2e-'));
const bundled = join(root, 'dist', 'server', 'main.js');
const [command, args] = existsSync(bundled)
  ? [node, [bundled]]
  : [node, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'server', 'main.ts')]];
log(`starting the server on port ${port} (${existsSync(bundled) ? 'dist/server/main.js' : 'tsx server/main.ts'}), DATA_DIR ${dataDir}`);
const server = spawn(command, args, {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_MODE: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
});

let exitCode = 1;
const cleanUp = async () => {
  await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (!(await waitForReady(`${baseUrl}/health/ready`, server, 120_000))) {
    log('the server did not become ready (GET /health/ready)');
  } else {
    // 3. The tests.
    log(`server ready at ${baseUrl}; running the browser tests`);
    const vitestBin = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    exitCode = await run(node, [vitestBin, 'run', '--config', join(root, 'e2e', 'vitest.e2e.config.ts'), ...process.argv.slice(2)], {
      env: { ...process.env, BASE_URL: baseUrl, SAMENLOOP_E2E_URL: baseUrl, CHROMIUM_PATH: chromium },
    });
  }
} finally {
  // 4. Stop and clean up.
  await cleanUp();
}
log(exitCode === 0 ? 'passed' : `failed (exit code ${exitCode})`);
process.exit(exitCode);
