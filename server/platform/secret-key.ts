import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from './config';

/**
 * The key for secrets at rest. With a database server it must come from SECRET_KEY (config enforces this);
 * with the embedded database it is generated once and kept beside the data, readable by the owner only.
 */
export function resolveSecretKey(config: Config): Buffer {
  if (config.secretKey) return Buffer.from(config.secretKey, 'hex');
  if (config.dataDir.startsWith('memory://')) return randomBytes(32);
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${file} does not hold a 64-character hexadecimal key`);
  return Buffer.from(hex, 'hex');
}
