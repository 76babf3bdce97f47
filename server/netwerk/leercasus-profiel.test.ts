import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CasusGebeurtenis, CasusTijdlijn } from '../indicatoren/metingen/meting';
import { leercasusProfiel } from './leercasus-profiel';

const DAG = 24 * 60 * 60 * 1000;

function tijdlijn(start: Date, ids: { vt: string; politie: string; melding: string; afspraak: string; taak: string }): CasusTijdlijn {
  const op = (dagen: number, uren = 0) => new Date(start.getTime() + dagen * DAG + uren * 3600_000);
  const e = (g: Omit<CasusGebeurtenis, 'op' | 'organisatieId'>, dagen: number, org: string | null = ids.vt): CasusGebeurtenis =>
    ({ ...g, op: op(dagen), organisatieId: org }) as CasusGebeurtenis;
  const gebeurtenissen: CasusGebeurtenis[] = [
    e({ soort: 'casus-geopend', gegevens: { regioId: randomUUID(), meldingId: ids.melding } }, 0),
    e({ soort: 'melding-gekoppeld', gegevens: { meldingId: ids.melding, bron: 'politie', ontvangenOp: start.toISOString(), incidentOp: start.toISOString(), acuteOnveiligheid: true } }, 0),
    e({ soort: 'deelnemer-toegevoegd', gegevens: { deelnemerId: randomUUID(), organisatieId: ids.vt, grondslagCode: 'wmo' } }, 0),
    e({ soort: 'deelnemer-toegevoegd', gegevens: { deelnemerId: randomUUID(), organisatieId: ids.politie, grondslagCode: 'wpg' } }, 1, ids.politie),
    e({ soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: randomUUID(), moment: 'samen-op-in-acuut', redenen: ['acuut'] } }, 0),
    e({ soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: randomUUID(), moment: 'actieoverleg', redenen: ['dreiging'] } }, 9),
    e({ soort: 'afspraak-gemaakt', gegevens: { afspraakId: ids.afspraak, afspraakSoort: 'actie', eigenaarOrganisatieId: ids.vt, deadline: op(20).toISOString(), overlegId: null } }, 10),
    e({ soort: 'afspraak-afgesloten', gegevens: { afspraakId: ids.afspraak, status: 'gedaan', opTijd: true } }, 15),
    e({ soort: 'taak-aangemaakt', gegevens: { taakId: ids.taak, taakSoort: 'opvolging', deadline: op(2).toISOString(), organisatieId: ids.vt } }, 1),
    e({ soort: 'taak-afgerond', gegevens: { taakId: ids.taak, taakSoort: 'opvolging', opTijd: false } }, 3),
    e({ soort: 'herhaling-gesignaleerd', gegevens: { meldingId: randomUUID(), eerdereMeldingId: ids.melding, dagenSindsEerdere: 30 } }, 30),
    e({ soort: 'status-gewijzigd', gegevens: { status: 'gesloten' } }, 45),
  ];
  return { casusId: randomUUID(), regioId: randomUUID(), gebeurtenissen };
}

const soortVan = (vt: string, politie: string) => (id: string) => (id === vt ? 'veilig-thuis' : id === politie ? 'politie' : undefined);

describe('leercasusProfiel (the anonymiser of a learning case)', () => {
  it('keeps the course and the counts, in whole days since the start', () => {
    const ids = { vt: randomUUID(), politie: randomUUID(), melding: randomUUID(), afspraak: randomUUID(), taak: randomUUID() };
    const profiel = leercasusProfiel(tijdlijn(new Date('2025-03-10T08:00:00Z'), ids), soortVan(ids.vt, ids.politie));
    expect(profiel).toEqual({
      jaar: 2025,
      doorlooptijdDagen: 45,
      momenten: [
        { moment: 'samen-op-in-acuut', dagNaStart: 0, dagenSindsVorige: null },
        { moment: 'actieoverleg', dagNaStart: 9, dagenSindsVorige: 9 },
      ],
      organisatieSoorten: ['politie', 'veilig-thuis'],
      meldingen: 1,
      herhaling: true,
      herhalingen: 1,
      afspraken: { totaal: 1, opTijdGedaan: 1, nietOpTijdOfNietGedaan: 0, verlopen: 0 },
      scenarios: { vastgelegd: 0, geactiveerd: 0 },
      taken: { totaal: 1, opTijdAfgerond: 0, teLaatAfgerond: 1 },
    });
  });

  it('never contains an id or a date of its input (property over random timelines)', () => {
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
    const datum = /\d{4}-\d{2}-\d{2}/;
    for (let i = 0; i < 200; i++) {
      const ids = { vt: randomUUID(), politie: randomUUID(), melding: randomUUID(), afspraak: randomUUID(), taak: randomUUID() };
      const start = new Date(Date.UTC(2015, 0, 1) + Math.floor(Math.random() * 10 * 365) * DAG + Math.floor(Math.random() * DAG));
      const t = tijdlijn(start, ids);
      const json = JSON.stringify(leercasusProfiel(t, soortVan(ids.vt, ids.politie)));
      expect(json).not.toMatch(uuid);
      expect(json).not.toMatch(datum);
      for (const g of t.gebeurtenissen) expect(json).not.toContain(g.op.toISOString().slice(0, 10));
      expect(json).not.toContain(t.casusId);
      expect(json).not.toContain(t.regioId);
    }
  });

  it('names organisations only by their kind, never by a name given for them', () => {
    const ids = { vt: randomUUID(), politie: randomUUID(), melding: randomUUID(), afspraak: randomUUID(), taak: randomUUID() };
    const naamVan = (id: string) => (id === ids.vt ? 'Veilig Thuis Brabant-Noordoost' : undefined);
    const json = JSON.stringify(leercasusProfiel(tijdlijn(new Date('2024-06-01T10:00:00Z'), ids), (id) => (naamVan(id) ? 'veilig-thuis' : undefined)));
    expect(json).not.toContain('Brabant');
    expect(json).toContain('veilig-thuis');
  });
});
