import type { Database, Queryable } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { SYSTEM_ACTOR } from '../audit/audit-events';
import { amsterdamParts, amsterdamToUtc } from '../actieoverleg/vergaderingen/occurrences';
import {
  themasVanRegio,
  voegBijeenkomstIn,
  voegLidIn,
  voegThemaIn,
  voegTwijfelcasusIn,
  zetBijeenkomst,
  zetLid,
  zetThema,
  zorgVoorMomentThemas,
  slaWerkplanOp,
  stelWerkplanVast,
} from '../netwerk/netwerk.storage';
import type { NetwerkMoment, Werkplan } from '../netwerk/schemas';
import { DEMO_REGION } from './demo-region';

/**
 * The Regionaal Netwerk Zorg en Straf of Oost-Brabant (seed 003 ch. 1): members from OM, Veilig Thuis and the police,
 * the OM member (rnzs.lid) as chair, the four moments plus ex-partner stalking as themes with their leads, this year's
 * work plan and six meetings with agendas, and one doubt case. Names invented; no case is named anywhere.
 */
const LEDEN: { gebruikersnaam: string; organisatie: string; voorzitter?: boolean }[] = [
  { gebruikersnaam: 'rnzs.lid', organisatie: 'OM Oost-Brabant', voorzitter: true },
  { gebruikersnaam: 'rnzs.vt', organisatie: 'Veilig Thuis Brabant-Noordoost' },
  { gebruikersnaam: 'rnzs.politie', organisatie: 'Politie Oost-Brabant' },
];

const TREKKERS: Record<NetwerkMoment | 'eigen', string> = {
  'samen-op-in-acuut': 'rnzs.politie',
  actieoverleg: 'rnzs.vt',
  'vt-zsm': 'rnzs.lid',
  'strafbare-kindermishandeling': 'rnzs.vt',
  eigen: 'rnzs.politie',
};

const DOELEN: Record<NetwerkMoment | 'eigen', { doel: string; acties: string[] }> = {
  'samen-op-in-acuut': { doel: 'Na elk acuut contact binnen 24 uur een vervolgmelding bij Veilig Thuis.', acties: ['Werkinstructie voor de meldkamer herzien', 'Kwartaalcijfers vervolgmeldingen bespreken'] },
  actieoverleg: { doel: 'Afspraken uit het Actieoverleg worden op tijd afgerond.', acties: ['Verlopen afspraken elk overleg langslopen'] },
  'vt-zsm': { doel: 'VT-informatie ligt er vóór de beslissing van de officier, ook in het weekend.', acties: ['Weekendbereikbaarheid VT aan ZSM evalueren'] },
  'strafbare-kindermishandeling': { doel: 'Vaste contactpersonen bekend bij alle partners.', acties: ['Contactpersonenlijst actualiseren'] },
  eigen: { doel: 'Een gedeelde werkwijze bij ex-partnerstalking.', acties: ['Twee leercasussen bespreken', 'Werkafspraak opstellen'] },
};

const BIJEENKOMSTEN: { maand: number; dag: number; agenda: string[] }[] = [
  { maand: 2, dag: 12, agenda: ['Jaarwerkplan vaststellen', 'Samen op in Acuut: cijfers vervolgmeldingen'] },
  { maand: 4, dag: 9, agenda: ['Actieoverleg: verlopen afspraken', 'Twijfelcasus: VT aan tafel bij ZSM'] },
  { maand: 6, dag: 11, agenda: ['Ex-partnerstalking: eerste leercasus'] },
  { maand: 9, dag: 10, agenda: ['VT & ZSM: weekendbereikbaarheid'] },
  { maand: 10, dag: 8, agenda: ['Strafbare kindermishandeling: contactpersonen'] },
  { maand: 12, dag: 10, agenda: ['Zelfevaluatie van het jaar', 'Concept werkplan volgend jaar'] },
];

async function ids(q: Queryable, sql: string, params: unknown[]): Promise<Map<string, string>> {
  const { rows } = await q.query<{ sleutel: string; id: string }>(sql, params);
  return new Map(rows.map((r) => [r.sleutel, r.id]));
}

export async function loadDemoNetwerk(db: Database, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const regio = await tx.query<{ id: string }>('select id from regios where code = $1', [DEMO_REGION.code]);
    const regioId = regio.rows[0]?.id;
    if (!regioId) return;
    const organisaties = await ids(tx, 'select naam as sleutel, id from organisaties where regio_id = $1', [regioId]);
    const gebruikers = await ids(tx, 'select gebruikersnaam as sleutel, id from gebruikers where gebruikersnaam = any($1)', [LEDEN.map((l) => l.gebruikersnaam)]);
    const ledenIds = new Map<string, string>();
    for (const lid of LEDEN) {
      const id = await voegLidIn(tx, regioId, gebruikers.get(lid.gebruikersnaam)!, organisaties.get(lid.organisatie)!);
      if (lid.voorzitter) await zetLid(tx, id, { voorzitter: true, actief: true });
      ledenIds.set(lid.gebruikersnaam, id);
    }

    await zorgVoorMomentThemas(tx, regioId);
    await voegThemaIn(tx, regioId, 'Ex-partnerstalking', ledenIds.get(TREKKERS.eigen)!);
    const themas = await themasVanRegio(tx, regioId);
    for (const thema of themas.filter((t) => t.moment)) {
      await zetThema(tx, thema.id, { naam: thema.naam, trekkerLidId: ledenIds.get(TREKKERS[thema.moment!])!, actief: true });
    }

    const jaar = amsterdamParts(now).year;
    const plan: Werkplan['themas'] = themas.map((t, i) => {
      const d = DOELEN[t.moment ?? 'eigen'];
      return {
        themaId: t.id,
        doel: d.doel,
        acties: d.acties.map((omschrijving, j) => ({
          omschrijving,
          gereedOp: `${jaar}-${String(3 + ((i + j * 4) % 10)).padStart(2, '0')}-28`,
          status: i === 0 && j === 0 ? ('gereed' as const) : ('open' as const),
        })),
      };
    });
    const voorzitterId = gebruikers.get('rnzs.lid')!;
    await slaWerkplanOp(tx, regioId, jaar, plan, voorzitterId);
    await stelWerkplanVast(tx, regioId, jaar, voorzitterId);

    const themaVan = (onderwerp: string) =>
      themas.find((t) => onderwerp.toLowerCase().startsWith(t.naam.toLowerCase()) || onderwerp.toLowerCase().includes(t.naam.toLowerCase()))?.id ?? null;
    for (const b of BIJEENKOMSTEN) {
      const begintOp = amsterdamToUtc(jaar, b.maand, b.dag, 14, 0);
      const agenda = b.agenda.map((onderwerp) => ({ onderwerp, themaId: themaVan(onderwerp) }));
      const id = await voegBijeenkomstIn(tx, regioId, begintOp.toISOString(), agenda);
      if (begintOp < now) {
        await zetBijeenkomst(tx, id, { begintOp: begintOp.toISOString(), agenda, notulen: 'Besproken volgens de agenda; acties in het werkplan bijgewerkt.', status: 'gehouden' });
      }
    }

    await voegTwijfelcasusIn(tx, {
      regioId,
      vraag: 'Schuift Veilig Thuis aan bij ZSM als er geen kinderen bij het gezin horen?',
      situatie: 'Aanhouding op zaterdagavond na geweld tussen ex-partners; geen kinderen; eerdere meldingen bij Veilig Thuis.',
      verbeteractie: 'vt-zsm',
      door: gebruikers.get('rnzs.vt')!,
    });

    await appendAudit(tx, SYSTEM_ACTOR, {
      actie: 'aanmaken',
      objectType: 'rnzs-lid',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'netwerk',
      details: { demoregio: DEMO_REGION.code, leden: LEDEN.length, themas: themas.length, bijeenkomsten: BIJEENKOMSTEN.length },
    });
  });
}
