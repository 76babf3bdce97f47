import { describe, expect, it } from 'vitest';
import { mayMarkDiscussed, mayRecord, ontbreektVoorAfronden } from './bespreking-rules';

describe('what is missing before an item is closed', () => {
  it('names step 1 grootsteZorg, step 3 regie and every unreviewed earlier agreement', () => {
    const ontbreekt = ontbreektVoorAfronden({
      grootsteZorg: '  ',
      regieOrganisatieId: null,
      openstaandeAfspraken: [
        { afspraakId: 'a1', beoordeeld: true },
        { afspraakId: 'a2', beoordeeld: false },
      ],
    });
    expect(ontbreekt.map((o) => o.veld)).toEqual(['grootsteZorg', 'regieOrganisatieId', 'openstaandeAfspraken.a2.beoordeling']);
  });
  it('is empty when all is on record', () => {
    expect(ontbreektVoorAfronden({ grootsteZorg: 'Escalatie', regieOrganisatieId: 'o1', openstaandeAfspraken: [{ afspraakId: 'a1', beoordeeld: true }] })).toEqual([]);
  });
  it('records only while the meeting runs, marks discussed once', () => {
    expect(mayRecord('gestart', 'gepland')).toBe(true);
    expect(mayRecord('gestart', 'besproken')).toBe(true);
    expect(mayRecord('gestart', 'doorgeschoven')).toBe(false);
    expect(mayRecord('gepland', 'gepland')).toBe(false);
    expect(mayRecord('afgerond', 'besproken')).toBe(false);
    expect(mayMarkDiscussed('gestart', 'gepland')).toBe(true);
    expect(mayMarkDiscussed('gestart', 'besproken')).toBe(false);
  });
});
