import { z } from 'zod';

/**
 * Every setting Samenloop reads from the environment, validated once at start.
 * A bad value stops the process with a message that names the variable and the value,
 * so an operator never has to guess which line of the deployment is wrong.
 */
const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO_MODE: booleanText.optional(),
  SESSION_IDLE_MINUTES: positiveInt.max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt.max(24 * 7).default(12),
  SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  TRUST_PROXY: booleanText.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JOBS_POLL_MS: positiveInt.default(1000),
  // Outgoing mail (optional): only "minutes are ready" notices, never case content. smtp:// (STARTTLS) or smtps://.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be a URL like smtp://host:587 or smtps://user:password@host:465' }).optional(),
  SMTP_FROM: z
    .string()
    .regex(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an address, e.g. samenloop@example.nl or "Samenloop <samenloop@example.nl>"')
    .optional(),
  // The address users reach Samenloop at, for links in e-mails (optional; without it mails carry the path only).
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://samenloop.example.nl' }).optional(),
});

export type Environment = z.input<typeof environmentSchema>;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoMode: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** 32-byte key (hex) for secrets at rest; required with a database server. */
  secretKey: string | undefined;
  trustProxy: boolean;
  logLevel: string;
  jobsPollMs: number;
  /** Outgoing mail; undefined when SMTP_URL is not set (then no mail is sent at all). */
  smtp: { url: string; from: string } | undefined;
  /** Base of links in e-mails, without a trailing slash; undefined: links are paths only. */
  publicUrl: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the settings from an environment; throws ConfigError naming every bad variable and value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const relevant = Object.fromEntries(
    Object.keys(environmentSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        const shown = key === 'DATABASE_URL' || key === 'SECRET_KEY' || key === 'SMTP_URL' ? '(hidden)' : JSON.stringify(env[key]);
        return `${key}=${shown}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  // Demo accounts skip the second factor, so demo mode on a real database server must be asked for explicitly.
  const demoMode = e.DEMO_MODE ?? e.DATABASE_URL === undefined;
  if (e.DATABASE_URL !== undefined && e.SECRET_KEY === undefined) {
    problems.push('SECRET_KEY is required when DATABASE_URL is set (64 hexadecimal characters)');
  }
  if (e.SMTP_URL !== undefined && e.SMTP_FROM === undefined) {
    problems.push('SMTP_FROM is required when SMTP_URL is set (the sender address of the mails)');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demoMode,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    secretKey: e.SECRET_KEY,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    jobsPollMs: e.JOBS_POLL_MS,
    smtp: e.SMTP_URL !== undefined && e.SMTP_FROM !== undefined ? { url: e.SMTP_URL, from: e.SMTP_FROM } : undefined,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
  };
}
