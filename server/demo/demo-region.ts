import type { Database } from '../platform/db/database';
import { appendAudit } from '../audit/audit-log';
import { SYSTEM_ACTOR } from '../audit/audit-events';
import type { OrganisatieSoort } from '../organisations/schemas';
import { ensureRegion, insertOrganisation } from '../organisations/organisations.storage';
import type { Rol } from '../identity/schemas';
import { hashPassword } from '../identity/password-hashing';
import { insertUser, upsertMembership } from '../identity/users.storage';

/**
 * The demo region Oost-Brabant with the partner organisations the source documents name, and one demo account
 * per role. Demo accounts log in without a second factor, but only while demo mode is on.
 */
export const DEMO_PASSWORD = 'Samenloop-Demo-2026';

export const DEMO_REGION = { code: 'oost-brabant', naam: 'Oost-Brabant' };

export const DEMO_ORGANISATIONS: { naam: string; soort: OrganisatieSoort }[] = [
  { naam: 'Veilig Thuis Brabant-Noordoost', soort: 'veilig-thuis' },
  { naam: 'Veilig Thuis Zuidoost-Brabant', soort: 'veilig-thuis' },
  { naam: 'Politie Oost-Brabant', soort: 'politie' },
  { naam: 'OM Oost-Brabant', soort: 'openbaar-ministerie' },
  { naam: 'Raad voor de Kinderbescherming', soort: 'raad-voor-de-kinderbescherming' },
  { naam: 'Reclassering Nederland', soort: 'reclassering' },
  { naam: 'Leger des Heils Jeugdbescherming & Reclassering', soort: 'reclassering' },
  { naam: 'SVG', soort: 'reclassering' },
  { naam: 'Crisis Interventie Team', soort: 'crisis-interventie-team' },
];

export interface DemoAccount {
  gebruikersnaam: string;
  naam: string;
  lidmaatschappen: { organisatie: string; rollen: Rol[] }[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { gebruikersnaam: 'vt.medewerker', naam: 'Fatima el Amrani', lidmaatschappen: [{ organisatie: 'Veilig Thuis Brabant-Noordoost', rollen: ['medewerker'] }] },
  { gebruikersnaam: 'vtzob.medewerker', naam: 'Joost van der Heijden', lidmaatschappen: [{ organisatie: 'Veilig Thuis Zuidoost-Brabant', rollen: ['medewerker'] }] },
  { gebruikersnaam: 'politie.medewerker', naam: 'Sanne Verhoeven', lidmaatschappen: [{ organisatie: 'Politie Oost-Brabant', rollen: ['medewerker'] }] },
  { gebruikersnaam: 'om.officier', naam: 'mr. Pieter de Wit', lidmaatschappen: [{ organisatie: 'OM Oost-Brabant', rollen: ['officier-van-justitie'] }] },
  {
    gebruikersnaam: 'ao.voorzitter',
    naam: 'Marieke Smits',
    lidmaatschappen: [{ organisatie: 'Veilig Thuis Brabant-Noordoost', rollen: ['voorzitter-actieoverleg', 'medewerker'] }],
  },
  {
    gebruikersnaam: 'rnzs.lid',
    naam: 'Marloes van Dijk',
    lidmaatschappen: [{ organisatie: 'OM Oost-Brabant', rollen: ['rnzs-lid'] }],
  },
  /** Members of the regional network (RNZS) for Veilig Thuis and the police; the VT member also works cases (to bring in learning cases). */
  {
    gebruikersnaam: 'rnzs.vt',
    naam: 'Bram Willems',
    lidmaatschappen: [{ organisatie: 'Veilig Thuis Brabant-Noordoost', rollen: ['rnzs-lid', 'medewerker'] }],
  },
  { gebruikersnaam: 'rnzs.politie', naam: 'Yvonne Kuijpers', lidmaatschappen: [{ organisatie: 'Politie Oost-Brabant', rollen: ['rnzs-lid'] }] },
  { gebruikersnaam: 'analist', naam: 'Thomas Bakker', lidmaatschappen: [{ organisatie: 'Veilig Thuis Brabant-Noordoost', rollen: ['analist'] }] },
  { gebruikersnaam: 'beheer.vt', naam: 'Ingrid Jansen', lidmaatschappen: [{ organisatie: 'Veilig Thuis Brabant-Noordoost', rollen: ['functioneel-beheerder'] }] },
  { gebruikersnaam: 'beheer.om', naam: 'Karin Vos', lidmaatschappen: [{ organisatie: 'OM Oost-Brabant', rollen: ['functioneel-beheerder'] }] },
  { gebruikersnaam: 'rvdk.medewerker', naam: 'Ahmed Yilmaz', lidmaatschappen: [{ organisatie: 'Raad voor de Kinderbescherming', rollen: ['medewerker'] }] },
  { gebruikersnaam: 'reclassering.medewerker', naam: 'Lotte Peeters', lidmaatschappen: [{ organisatie: 'Reclassering Nederland', rollen: ['medewerker'] }] },
  {
    gebruikersnaam: 'ketenpartner',
    naam: 'Daan Hendriks',
    lidmaatschappen: [
      { organisatie: 'Crisis Interventie Team', rollen: ['medewerker'] },
      { organisatie: 'Veilig Thuis Zuidoost-Brabant', rollen: ['medewerker'] },
    ],
  },
];

/** Loads the demo region unless any organisation exists already; returns whether it loaded. */
export async function loadDemoRegion(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from organisaties');
  if ((rows[0]?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const regio = await ensureRegion(tx, DEMO_REGION.code, DEMO_REGION.naam);
    const byName = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const created = await insertOrganisation(tx, { naam: org.naam, soort: org.soort, regioId: regio.id });
      byName.set(org.naam, created.id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const user = await insertUser(tx, { gebruikersnaam: account.gebruikersnaam, naam: account.naam, eMail: null, passwordHash, demo: true });
      for (const lid of account.lidmaatschappen) await upsertMembership(tx, user.id, byName.get(lid.organisatie)!, lid.rollen);
    }
    await appendAudit(tx, SYSTEM_ACTOR, {
      actie: 'aanmaken',
      objectType: 'organisatie',
      objectId: null,
      uitkomst: 'gelukt',
      doel: 'organisatiebeheer',
      details: { demoregio: DEMO_REGION.code, organisaties: DEMO_ORGANISATIONS.length, gebruikers: DEMO_ACCOUNTS.length },
    });
  });
  return true;
}
