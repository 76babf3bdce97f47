#!/usr/bin/env node
// npm start: builds what is out of date (scripts/build.mjs), then runs the server, dist/server/main.js,
// as a child process with this terminal. SIGINT, SIGTERM and SIGHUP reach the server exactly once, so it
// drains its requests and closes the database; this process exits with the server's exit code.
//
// Settings come from the environment (PORT, HOST, DATA_DIR, DATABASE_URL, ...); the server prints its URL.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { buildAll, root } from './build.mjs';

try {
  await buildAll({ log: (line) => console.log(line) });
} catch (error) {
  console.error(`start: build FAILED: ${error.message}`);
  process.exit(1);
}

const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist', 'server', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});

// Ctrl-C in a terminal sends SIGINT to the whole foreground process group, the server included; passing it on
// as well would make it a second signal (which a server may take as "stop now"). Anything else is passed on,
// once per kind of signal.
const forwarded = new Set();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (forwarded.has(signal) || server.exitCode !== null || server.signalCode !== null) return;
    forwarded.add(signal);
    if (signal === 'SIGINT' && process.stdin.isTTY) return;
    server.kill(signal);
  });
}

// Under `npm start`, a signal to npm reaches the `sh -c` between npm and this process, not this process; npm
// then exits and leaves this one behind. So when run by npm and the parent goes away, stop the server too.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && !forwarded.has('SIGTERM') && server.exitCode === null && server.signalCode === null) {
      forwarded.add('SIGTERM');
      server.kill('SIGTERM');
    }
  }, 500).unref();
}

server.on('error', (error) => {
  console.error(`start: could not start the server: ${error.message}`);
  process.exit(1);
});

server.on('exit', (code, signal) => {
  if (code !== null) process.exit(code);
  // Killed by a signal it did not handle: report it the shell's way.
  process.exit(128 + (constants.signals[signal] ?? 0));
});
