import type { ThvStatus } from './schemas';

/** What can be done to a tijdelijk huisverbod; each needs the ban in a given state. */
export type ThvHandeling = 'opleggen' | 'afzien' | 'adres' | 'verlengen' | 'overtreding' | 'beeindigen';

const lopend: readonly ThvStatus[] = ['opgelegd', 'verlengd'];

const toegestaanVanuit: Record<ThvHandeling, readonly ThvStatus[]> = {
  opleggen: ['overwogen'],
  afzien: ['overwogen'],
  adres: lopend,
  verlengen: lopend,
  overtreding: lopend,
  beeindigen: lopend,
};

const statusTekst: Record<ThvStatus, string> = {
  overwogen: 'wordt nog overwogen',
  afgezien: 'is afgezien',
  opgelegd: 'is opgelegd',
  verlengd: 'is verlengd',
  beeindigd: 'is beëindigd',
};

const handelingTekst: Record<ThvHandeling, string> = {
  opleggen: 'opleggen kan alleen bij een huisverbod dat wordt overwogen',
  afzien: 'afzien kan alleen bij een huisverbod dat wordt overwogen',
  adres: 'het adres van de uithuisgeplaatste vastleggen kan alleen bij een lopend huisverbod',
  verlengen: 'verlengen kan alleen bij een lopend huisverbod',
  overtreding: 'een overtreding vastleggen kan alleen bij een lopend huisverbod',
  beeindigen: 'beëindigen kan alleen bij een lopend huisverbod',
};

/** The statuses a THV has while it runs (the banned person must stay away). */
export function thvLoopt(status: ThvStatus): boolean {
  return lopend.includes(status);
}

/** Null when `handeling` is allowed on a THV in `status`; otherwise the Dutch reason for a 409. */
export function thvHandelingToegestaan(status: ThvStatus, handeling: ThvHandeling): string | null {
  if (toegestaanVanuit[handeling].includes(status)) return null;
  return `Dit huisverbod ${statusTekst[status]}: ${handelingTekst[handeling]}.`;
}
