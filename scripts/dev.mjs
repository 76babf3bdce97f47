#!/usr/bin/env node
// npm run dev: the server with reload on change (tsx watch server/main.ts, port 3000 unless PORT is set)
// and the Vite dev server for the web app (http://localhost:5173, which proxies /api to port 3000;
// see vite.config.ts). Stopping one stops the other; Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const children = [
  {
    name: 'server',
    args: [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'watch', '--clear-screen=false', 'server/main.ts'],
  },
  {
    name: 'web',
    args: [join(root, 'node_modules', 'vite', 'bin', 'vite.js')],
  },
].map(({ name, args }) => {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  return { name, child };
});

console.log('dev: server (tsx watch server/main.ts) and web app (vite, http://localhost:5173)');

let stopping = false;
let exitCode = 0;

function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const { child } of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
  // Whatever has not stopped after 10 s is killed.
  setTimeout(() => {
    for (const { child } of children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 10_000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal));
}

let running = children.length;
for (const { name, child } of children) {
  child.on('error', (error) => {
    console.error(`dev: could not start ${name}: ${error.message}`);
    exitCode = 1;
    stopAll('SIGTERM');
  });
  child.on('exit', (code, signal) => {
    running -= 1;
    if (!stopping) {
      console.error(`dev: ${name} stopped (${code !== null ? `exit ${code}` : signal}); stopping the rest`);
      exitCode = code || 1;
      stopAll('SIGTERM');
    }
    if (running === 0) process.exit(exitCode);
  });
}
