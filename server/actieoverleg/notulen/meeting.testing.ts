import type { Queryable } from '../../platform/db/database';
import type { Organisatie } from '../../organisations/schemas';

/**
 * Test fixture: an Actieoverleg made with plain SQL (series, members, a meeting, its agenda, invitations,
 * contributions, attendance), so the minutes tests do not depend on the planning endpoints.
 */
export interface MeetingItem {
  casusId: string;
  /** With a referral carrying this question; null for a follow-up item. */
  vraag: string | null;
  aanmeldendeOrganisatie: Organisatie;
  uitgenodigd?: Organisatie[];
  bijdragen?: { organisatie: Organisatie; inhoud: string; zichtbaarVoor: Organisatie[] | null }[];
}

export async function makeMeetingRows(
  db: Queryable,
  input: {
    regioId: string;
    vast: { organisatie: Organisatie; vertegenwoordigerId?: string }[];
    opAfroep?: Organisatie[];
    begintOp: Date;
    status: 'gepland' | 'gestart';
    items: MeetingItem[];
    aanwezigheid?: { gebruikerId: string; organisatie: Organisatie; status: 'aanwezig' | 'afgemeld'; metMandaat?: boolean }[];
  },
): Promise<{ overlegId: string; reeksId: string; agendapuntIds: string[] }> {
  const reeks = await db.query<{ id: string }>(
    `insert into actieoverleg_reeksen (regio_id, locatie) values ($1, 'Politiebureau Centrum')
     on conflict (regio_id) do update set locatie = excluded.locatie returning id`,
    [input.regioId],
  );
  const reeksId = reeks.rows[0]!.id;
  for (const lid of input.vast) {
    await db.query(
      `insert into actieoverleg_leden (reeks_id, organisatie_id, soort, vertegenwoordiger_gebruiker_id, mandaat) values ($1, $2, 'vast', $3, 'Besluiten over inzet')
       on conflict (reeks_id, organisatie_id) where tot is null do nothing`,
      [reeksId, lid.organisatie.id, lid.vertegenwoordigerId ?? null],
    );
  }
  for (const org of input.opAfroep ?? []) {
    await db.query(
      `insert into actieoverleg_leden (reeks_id, organisatie_id, soort) values ($1, $2, 'op-afroep') on conflict (reeks_id, organisatie_id) where tot is null do nothing`,
      [reeksId, org.id],
    );
  }
  const overleg = await db.query<{ id: string }>(
    `insert into actieoverleggen (reeks_id, regio_id, begint_op, eindigt_op, locatie, status, gestart_op)
     values ($1, $2, $3, $3::timestamptz + interval '3 hours', 'Politiebureau Centrum', $4, case when $4 = 'gestart' then now() end) returning id`,
    [reeksId, input.regioId, input.begintOp, input.status],
  );
  const overlegId = overleg.rows[0]!.id;
  const agendapuntIds: string[] = [];
  for (const [i, item] of input.items.entries()) {
    let aanmeldingId: string | null = null;
    if (item.vraag !== null) {
      const aanmelding = await db.query<{ id: string }>(
        `insert into aanmeldingen (casus_id, regio_id, aanmeldende_organisatie_id, status, vraag, criteria, criteria_voldaan, ingediend_op)
         values ($1, $2, $3, 'geagendeerd', $4, '{}', true, now()) returning id`,
        [item.casusId, input.regioId, item.aanmeldendeOrganisatie.id, item.vraag],
      );
      aanmeldingId = aanmelding.rows[0]!.id;
    }
    const punt = await db.query<{ id: string }>(
      `insert into agendapunten (overleg_id, casus_id, aanmelding_id, soort, volgorde) values ($1, $2, $3, $4, $5) returning id`,
      [overlegId, item.casusId, aanmeldingId, aanmeldingId ? 'aanmelding' : 'vervolg', i + 1],
    );
    const puntId = punt.rows[0]!.id;
    agendapuntIds.push(puntId);
    for (const org of item.uitgenodigd ?? []) {
      await db.query('insert into agendapunt_uitnodigingen (agendapunt_id, organisatie_id) values ($1, $2)', [puntId, org.id]);
    }
    for (const b of item.bijdragen ?? []) {
      await db.query('insert into agendapunt_bijdragen (agendapunt_id, organisatie_id, inhoud, zichtbaar_voor) values ($1, $2, $3, $4)', [
        puntId,
        b.organisatie.id,
        b.inhoud,
        b.zichtbaarVoor ? b.zichtbaarVoor.map((o) => o.id) : null,
      ]);
    }
  }
  for (const a of input.aanwezigheid ?? []) {
    await db.query('insert into actieoverleg_aanwezigheid (overleg_id, gebruiker_id, organisatie_id, status, met_mandaat) values ($1, $2, $3, $4, $5)', [
      overlegId,
      a.gebruikerId,
      a.organisatie.id,
      a.status,
      a.metMandaat ?? false,
    ]);
  }
  return { overlegId, reeksId, agendapuntIds };
}
