import { randomUUID } from 'node:crypto';
import type { Database } from '../platform/db/database';
import { addParticipant } from '../sharing/add-participant';
import { slaVeiligheidsplanOp } from '../veiligheidsplan/plan/save-plan';
import { planInhoudSchema } from '../veiligheidsplan/schemas';
import { demoContext } from './demo-casussen';

/**
 * The safety plan of the Oss family (the demo casus referred to the Actieoverleg), saved through the same use case as
 * real work: Veilig Thuis holds the regie; the Raad voor de Kinderbescherming joins the casus for the access
 * arrangement. Two unsafe situations with conditions and check-in dates, a police contact ban and the Raad's access
 * arrangement that cross each other — left unaligned, so the screen shows the conflict with both owners and the plan
 * cannot be confirmed yet — and an emergency alarm shared with the police only (need-to-know). Texts invented.
 */
const OSS_DOEL = 'Veiligheid van moeder en kind beoordelen en de aanpak met politie afstemmen.';
const DAY = 86_400_000;
const dag = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

async function idOf(db: Database, sql: string, value: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(sql, [value]);
  if (!rows[0]) throw new Error(`demo data missing: ${value}`);
  return rows[0].id;
}

export async function loadDemoVeiligheidsplan(db: Database): Promise<void> {
  const vt = await demoContext(db, 'vt.medewerker');
  const casusId = await idOf(db, 'select casus_id as id from casus_deelnemers where doel = $1 and tot is null', OSS_DOEL);
  const org = (naam: string) => idOf(db, 'select id from organisaties where naam = $1', naam);
  const vtId = vt.organisatie.id;
  const politie = await org('Politie Oost-Brabant');
  const rvdk = await org('Raad voor de Kinderbescherming');
  await addParticipant(db, vt, casusId, {
    organisatieId: rvdk,
    doel: 'Onderzoek naar de veiligheid van Sem en de omgangsregeling met vader.',
    grondslagId: await idOf(db, 'select id from grondslagen where code = $1', 'JW-7.4.4'),
  });

  const inhoud = planInhoudSchema.parse({
    directeVeiligheid: {
      onveiligeSituaties: [
        {
          id: randomUUID(),
          omschrijving: 'Vader slaat moeder in het bijzijn van Sem (derde incident in acht maanden).',
          voorwaarden: [
            {
              id: randomUUID(),
              omschrijving: 'Vader komt niet in of bij de woning aan de Molenstraat en zoekt geen contact met moeder.',
              monitoringOp: dag(3),
              afspraken: [
                { id: randomUUID(), wat: 'De wijkagent rijdt twee keer per week langs en spreekt moeder.', eigenaarOrganisatieId: politie, deadline: dag(7) },
                { id: randomUUID(), wat: 'Huisbezoek bij moeder en Sem voor de veiligheidstaxatie.', eigenaarOrganisatieId: vtId, deadline: dag(2) },
              ],
            },
          ],
        },
        {
          id: randomUUID(),
          omschrijving: 'Sem ziet vader bij de overdracht voor de omgang en raakt klem tussen de ouders.',
          voorwaarden: [
            {
              id: randomUUID(),
              omschrijving: 'De overdracht van Sem gaat alleen via de grootouders in Oss, nooit aan de deur bij moeder.',
              monitoringOp: dag(5),
              afspraken: [{ id: randomUUID(), wat: 'Overdrachtsafspraak met de grootouders vastleggen.', eigenaarOrganisatieId: rvdk, deadline: dag(10) }],
            },
          ],
        },
      ],
      betrokkenen: 'Grootouders in Oss (opvang en overdracht); geen lopende hulpverlening.',
      kader: 'Strafrechtelijk: contactverbod als voorwaarde. Civiel: omgangsregeling, Raadsonderzoek loopt.',
      consequenties: 'Bij schending van het contactverbod meldt de politie dit direct aan het OM en Veilig Thuis; Veilig Thuis belegt binnen een dag een overleg.',
    },
    stabieleVeiligheid: {
      risicofactoren: [
        {
          id: randomUUID(),
          omschrijving: 'Vader ontkent het geweld en is niet in beeld bij de hulpverlening.',
          doelen: [
            {
              id: randomUUID(),
              omschrijving: 'Vader neemt deel aan een traject om te stoppen met geweld.',
              afspraken: [{ id: randomUUID(), wat: 'Vader benaderen voor vrijwillige daderhulp.', eigenaarOrganisatieId: vtId, deadline: dag(21) }],
            },
          ],
        },
      ],
    },
    duurzameVeiligheid: {
      verwerking: 'Traumabehandeling voor Sem zodra de situatie thuis stabiel is.',
      afspraken: [],
      monitoring: 'Evaluatie in het Actieoverleg na drie maanden.',
      evaluatieOp: dag(90),
    },
    interventies: [
      { id: randomUUID(), code: 'contactverbod', fase: 'acuut', eigenaarOrganisatieId: politie, toelichting: 'Geen contact met moeder, niet in de Molenstraat.', vanaf: dag(0) },
      { id: randomUUID(), code: 'omgangsregeling', fase: 'risicogestuurd', eigenaarOrganisatieId: rvdk, toelichting: 'Om de week een middag met Sem.', vanaf: dag(0) },
      { id: randomUUID(), code: 'veilig-thuis-onderzoek', fase: 'acuut', eigenaarOrganisatieId: vtId },
      { id: randomUUID(), code: 'noodalarm', fase: 'acuut', eigenaarOrganisatieId: politie, deling: [politie] },
    ],
    afstemmingen: [],
  });
  await slaVeiligheidsplanOp(db, vt, casusId, null, { regieOrganisatieId: vtId, regieGebruikerId: vt.gebruiker.id, inhoud });
}
