import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to the embedded database in ./data on port 3000 with demo mode on', () => {
    expect(loadConfig({})).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: undefined, demoMode: true, sessionIdleMinutes: 30 });
  });

  it('turns demo mode off with a database server unless it is asked for explicitly', () => {
    const key = 'a'.repeat(64);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@db/samenloop', SECRET_KEY: key }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@db/samenloop', SECRET_KEY: key, DEMO_MODE: 'true' }).demoMode).toBe(true);
  });

  it('names every bad variable and its value', () => {
    try {
      loadConfig({ PORT: 'achtduizend', SESSION_IDLE_MINUTES: '-5', LOG_LEVEL: 'luid' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT="achtduizend"');
      expect(message).toContain('SESSION_IDLE_MINUTES="-5"');
      expect(message).toContain('LOG_LEVEL="luid"');
    }
  });

  it('requires SECRET_KEY with a database server and never prints secrets', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:geheim@db/x' })).toThrow(/SECRET_KEY is required/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:geheim@db/x' })).toThrow(/DATABASE_URL=\(hidden\)/);
  });

  it('takes SMTP for mail as optional, with a sender, and never prints the SMTP URL (it may hold a password)', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
    const config = loadConfig({ SMTP_URL: 'smtp://mail.example.nl:587', SMTP_FROM: 'Samenloop <samenloop@example.nl>', PUBLIC_URL: 'https://samenloop.example.nl/' });
    expect(config.smtp).toEqual({ url: 'smtp://mail.example.nl:587', from: 'Samenloop <samenloop@example.nl>' });
    expect(config.publicUrl).toBe('https://samenloop.example.nl');
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.nl:587' })).toThrow(/SMTP_FROM is required when SMTP_URL is set/);
    expect(() => loadConfig({ SMTP_URL: 'http://u:geheim@mail.example.nl', SMTP_FROM: 'a@b.nl' })).toThrow(/SMTP_URL=\(hidden\)/);
    expect(() => loadConfig({ SMTP_URL: 'http://u:geheim@mail.example.nl', SMTP_FROM: 'a@b.nl' })).not.toThrow(/geheim/);
    expect(() => loadConfig({ SMTP_URL: 'smtps://mail.example.nl', SMTP_FROM: 'geen adres' })).toThrow(/SMTP_FROM="geen adres"/);
    expect(() => loadConfig({ PUBLIC_URL: 'samenloop.nl' })).toThrow(/PUBLIC_URL="samenloop.nl"/);
  });
});
