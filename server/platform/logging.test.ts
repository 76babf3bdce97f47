import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadConfig } from './config';
import { loggerOptions } from './logging';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import type { App } from './http/app';

let db: TestDatabase;
let app: App;
const lines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const config = loadConfig({ DATA_DIR: 'memory://', LOG_LEVEL: 'info' });
  app = await createApp({ db, config, secretKey: randomBytes(32), logger: { ...(loggerOptions('info') as object), stream } }, { serveWeb: false });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('the operational log', () => {
  it('records requests without names, passwords, cookies, tokens or query strings', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'jan.de.vries', wachtwoord: 'Zeer-Geheim-Wachtwoord-1' },
      headers: { cookie: 'samenloop_sessie=geheim-sessietoken', 'x-csrf-token': 'geheim-csrf' },
    });
    await app.inject({ method: 'GET', url: '/api/v1/gebruikers?zoek=Fatima%20el%20Amrani&bsn=123456782', headers: { cookie: 'samenloop_sessie=ander-token' } });
    const log = lines.join('');
    expect(log).toContain('/api/v1/sessies');
    expect(log).toContain('"statusCode":401');
    for (const secret of ['jan.de.vries', 'Zeer-Geheim', 'geheim-sessietoken', 'geheim-csrf', 'ander-token', 'Fatima', '123456782', 'zoek=']) {
      expect(log).not.toContain(secret);
    }
  });
});
