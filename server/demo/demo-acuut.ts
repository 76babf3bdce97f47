import type { Database } from '../platform/db/database';
import { amsterdamParts, amsterdamToUtc } from '../actieoverleg/vergaderingen/occurrences';
import { insertDienst } from '../acuut/contacten/diensten.storage';
import type { DienstInvoer } from '../acuut/schemas';

/**
 * Samen op in Acuut in the demo region (seed 003 §2): who the police can reach now. Both Veilig Thuis organisations
 * run their bereikbaarheidsdienst on 0800-2000 for the coming 14 days — 08:00-17:00 a named worker who can come on
 * site, 17:00-08:00 a named on-call worker by phone only — and the Crisis Interventie Team is on 24/7 by phone.
 * Names invented.
 */
const DIENST = '0800-2000';
const DAG = 86_400_000;

const ROOSTERS: { organisatie: string; dag: [string, string]; nacht: [string, string] }[] = [
  { organisatie: 'Veilig Thuis Brabant-Noordoost', dag: ['Eva de Bruijn', 'Fatima el Amrani'], nacht: ['Ruud Martens', 'Noor Bosman'] },
  { organisatie: 'Veilig Thuis Zuidoost-Brabant', dag: ['Joost van der Heijden', 'Iris Claassen'], nacht: ['Mehmet Kaya', 'Lieke van Dijk'] },
];

async function organisationId(db: Database, naam: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('select id from organisaties where naam = $1', [naam]);
  if (!rows[0]) throw new Error(`demo organisation missing: ${naam}`);
  return rows[0].id;
}

/** The shifts from yesterday 17:00 (so someone is on when the demo loads at night) through 14 days ahead. */
export function demoDiensten(organisaties: Record<string, string>, citId: string, now: Date): DienstInvoer[] {
  const diensten: DienstInvoer[] = [];
  const vandaag = amsterdamParts(now);
  const om = (dag: number, uur: number) => {
    const p = amsterdamParts(new Date(Date.UTC(vandaag.year, vandaag.month - 1, vandaag.day, 12) + dag * DAG));
    return amsterdamToUtc(p.year, p.month, p.day, uur, 0).toISOString();
  };
  for (const rooster of ROOSTERS) {
    for (let dag = -1; dag < 14; dag++) {
      const basis = { organisatieId: organisaties[rooster.organisatie]!, dienst: 'bereikbaarheidsdienst' as const, telefoon: DIENST, gebruikerId: null };
      const wie = (paar: [string, string]) => paar[(dag + 2) % 2]!;
      if (dag >= 0) diensten.push({ ...basis, naam: wie(rooster.dag), van: om(dag, 8), tot: om(dag, 17), terPlaatseMogelijk: true, toelichting: 'Dagdienst, kan ter plaatse komen' });
      diensten.push({ ...basis, naam: wie(rooster.nacht), van: om(dag, 17), tot: om(dag + 1, 8), terPlaatseMogelijk: false, toelichting: 'Avond- en nachtdienst, telefonisch' });
    }
  }
  diensten.push({
    organisatieId: citId,
    dienst: 'cit',
    gebruikerId: null,
    naam: 'Dienstdoende CIT',
    telefoon: '088-000 00 03',
    van: om(-1, 0),
    tot: om(14, 0),
    terPlaatseMogelijk: false,
    toelichting: 'Crisis Interventie Team, 24/7 telefonisch',
  });
  return diensten;
}

export async function loadDemoAcuut(db: Database, now: Date = new Date()): Promise<void> {
  const organisaties: Record<string, string> = {};
  for (const r of ROOSTERS) organisaties[r.organisatie] = await organisationId(db, r.organisatie);
  const citId = await organisationId(db, 'Crisis Interventie Team');
  await db.transaction(async (tx) => {
    for (const d of demoDiensten(organisaties, citId, now)) await insertDienst(tx, d);
  });
}
