import { describe, expect, it } from 'vitest';
import { thvHandelingToegestaan, thvLoopt, type ThvHandeling } from './thv-status-rules';
import { thvStatussen, type ThvStatus } from './schemas';

const toegestaan: Record<ThvHandeling, ThvStatus[]> = {
  opleggen: ['overwogen'],
  afzien: ['overwogen'],
  adres: ['opgelegd', 'verlengd'],
  verlengen: ['opgelegd', 'verlengd'],
  overtreding: ['opgelegd', 'verlengd'],
  beeindigen: ['opgelegd', 'verlengd'],
};

describe('thvHandelingToegestaan', () => {
  for (const [handeling, vanuit] of Object.entries(toegestaan) as [ThvHandeling, ThvStatus[]][]) {
    for (const status of thvStatussen) {
      it(`${handeling} from ${status}: ${vanuit.includes(status) ? 'allowed' : 'refused'}`, () => {
        const reden = thvHandelingToegestaan(status, handeling);
        if (vanuit.includes(status)) expect(reden).toBeNull();
        else expect(reden).toMatch(/^Dit huisverbod .+: .+\.$/);
      });
    }
  }

  it('names the current state and what is needed, in Dutch', () => {
    expect(thvHandelingToegestaan('beeindigd', 'verlengen')).toBe('Dit huisverbod is beëindigd: verlengen kan alleen bij een lopend huisverbod.');
    expect(thvHandelingToegestaan('opgelegd', 'opleggen')).toBe('Dit huisverbod is opgelegd: opleggen kan alleen bij een huisverbod dat wordt overwogen.');
  });

  it('a ban runs when imposed or extended', () => {
    expect(thvStatussen.filter(thvLoopt)).toEqual(['opgelegd', 'verlengd']);
  });
});
