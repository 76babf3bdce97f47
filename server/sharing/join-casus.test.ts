import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRegion, insertOrganisation } from '../organisations/organisations.storage';
import { makeCasusRows } from '../testing/casus-fixture';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { joinCasus } from './join-casus';

describe('joinCasus', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.drop());

  it('adds only organisations not yet taking part, on the given grondslag, with a timeline event each; a partner system may add (no user)', async () => {
    const regio = await ensureRegion(db, 'join-regio', 'Join-regio');
    const politie = await insertOrganisation(db, { naam: 'Politie J', soort: 'politie', regioId: regio.id });
    const om = await insertOrganisation(db, { naam: 'OM J', soort: 'openbaar-ministerie', regioId: regio.id });
    const vt = await insertOrganisation(db, { naam: 'VT J', soort: 'veilig-thuis', regioId: regio.id });
    const { casusId } = await makeCasusRows(db, { regie: vt, personen: [{ voornamen: 'A', achternaam: 'B', geboortedatum: '1990-01-01' }] });

    const added = await db.transaction((tx) =>
      joinCasus(tx, { gebruikerId: null, organisatieId: politie.id }, casusId, [politie.id, om.id, vt.id, om.id], { grondslagCode: 'ZSM', doel: 'Afstemming op ZSM' }),
    );
    expect(added).toBe(2);
    const { rows } = await db.query<{ organisatie_id: string; code: string; doel: string; toegevoegd_door_gebruiker_id: string | null }>(
      `select d.organisatie_id, g.code, d.doel, d.toegevoegd_door_gebruiker_id from casus_deelnemers d join grondslagen g on g.id = d.grondslag_id
        where d.casus_id = $1 and d.tot is null`,
      [casusId],
    );
    expect(rows.find((r) => r.organisatie_id === om.id)).toMatchObject({ code: 'ZSM', doel: 'Afstemming op ZSM', toegevoegd_door_gebruiker_id: null });
    expect(rows.find((r) => r.organisatie_id === vt.id)!.code).not.toBe('ZSM');
    const events = await db.query<{ n: number }>(`select count(*)::int as n from tijdlijn where casus_id = $1 and soort = 'deelnemer-toegevoegd'`, [casusId]);
    expect(events.rows[0]!.n).toBe(2);

    const again = await db.transaction((tx) => joinCasus(tx, { gebruikerId: null, organisatieId: politie.id }, casusId, [om.id], { grondslagCode: 'ZSM', doel: 'x' }));
    expect(again).toBe(0);
  });
});
