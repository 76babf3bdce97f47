import nodemailer from 'nodemailer';
import type { Config } from '../config';

/**
 * Outgoing mail over SMTP (nodemailer), created from the configuration: none when SMTP_URL is not set.
 * Samenloop mails notices only ("there is something for you in Samenloop"): ordinary e-mail is not a safe channel
 * for case content, so no caller may put any in a message.
 */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  /** Sends one message; resolves with the addresses the SMTP server accepted, rejects when it accepted none. */
  send(message: MailMessage): Promise<{ accepted: string[] }>;
  close(): void;
}

const TIMEOUT_MS = 10_000;

export function createMailer(config: Pick<Config, 'smtp'>): Mailer | null {
  if (!config.smtp) return null;
  const from = config.smtp.from;
  const transport = nodemailer.createTransport({
    url: config.smtp.url,
    // A slow or absent mail server must not hold a job (and its transaction) for long.
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(message) {
      const info = await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
      const accepted = (info.accepted ?? []).map((a: string | { address: string }) => (typeof a === 'string' ? a : a.address));
      if (accepted.length === 0) throw new Error('SMTP server accepted no recipient');
      return { accepted };
    },
    close() {
      transport.close();
    },
  };
}
