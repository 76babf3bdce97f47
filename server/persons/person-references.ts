import type { Queryable } from '../platform/db/database';
import { problems } from '../platform/http/problem';

/** How other domains (meldingen, casus, bevraging) show a person: enough to recognise, nothing more. */
export interface PersoonSamenvatting {
  id: string;
  naam: string;
  geboortedatum: string | null;
}

export function displayName(p: { voornamen: string | null; tussenvoegsel: string | null; achternaam: string }): string {
  return [p.voornamen, p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ');
}

/**
 * Refuses unknown person ids with a 400 naming the field of each (e.g. "personen[1].persoonId"),
 * so a client learns exactly which reference is wrong.
 */
export async function requireKnownPersons(tx: Queryable, refs: { persoonId: string; field: string }[]): Promise<void> {
  if (refs.length === 0) return;
  const ids = [...new Set(refs.map((r) => r.persoonId))];
  const { rows } = await tx.query<{ id: string }>('select id from personen where id = any ($1::uuid[])', [ids]);
  const known = new Set(rows.map((r) => r.id));
  const unknown = refs.filter((r) => !known.has(r.persoonId));
  if (unknown.length > 0) {
    throw problems.badRequest(
      'Een of meer personen bestaan niet.',
      unknown.map((r) => ({ name: r.field, code: 'onbekende-persoon', reason: 'deze persoon bestaat niet; zoek de persoon eerst op of leg hem vast' })),
    );
  }
}

export async function personSummaries(tx: Queryable, ids: readonly string[]): Promise<Map<string, PersoonSamenvatting>> {
  if (ids.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; voornamen: string | null; tussenvoegsel: string | null; achternaam: string; geboortedatum: string | null }>(
    `select id, voornamen, tussenvoegsel, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') as geboortedatum
       from personen where id = any ($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, naam: displayName(r), geboortedatum: r.geboortedatum }]));
}
