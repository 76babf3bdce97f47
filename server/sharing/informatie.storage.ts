import type { Queryable } from '../platform/db/database';
import type { InformatieItem, InformatieItemInvoer } from './schemas';
import { visibleToSql } from './need-to-know';

interface ItemRow {
  id: string;
  bron_id: string;
  bron_naam: string;
  bron_soort: InformatieItem['bronOrganisatie']['soort'];
  categorie: InformatieItem['categorie'];
  vertrouwelijkheid: InformatieItem['vertrouwelijkheid'];
  zichtbaar_voor: string[] | null;
  zichtbaar_voor_namen: { id: string; naam: string }[] | null;
  titel: string;
  inhoud: string;
  gedeeld_door_naam: string | null;
  created_at: Date;
}

const SELECT = `select i.id, o.id as bron_id, o.naam as bron_naam, o.soort as bron_soort, i.categorie, i.vertrouwelijkheid,
                       i.zichtbaar_voor,
                       (select json_agg(json_build_object('id', z.id, 'naam', z.naam) order by z.naam)
                          from organisaties z where z.id = any (i.zichtbaar_voor)) as zichtbaar_voor_namen,
                       i.titel, i.inhoud, g.naam as gedeeld_door_naam, i.created_at
                  from informatie_items i
                  join organisaties o on o.id = i.bron_organisatie_id
                  left join gebruikers g on g.id = i.gedeeld_door_gebruiker_id`;

const toItem = (r: ItemRow): InformatieItem => ({
  id: r.id,
  bronOrganisatie: { id: r.bron_id, naam: r.bron_naam, soort: r.bron_soort },
  categorie: r.categorie,
  vertrouwelijkheid: r.vertrouwelijkheid,
  zichtbaarVoor: r.zichtbaar_voor === null ? null : (r.zichtbaar_voor_namen ?? []),
  titel: r.titel,
  inhoud: r.inhoud,
  gedeeldDoor: r.gedeeld_door_naam === null ? null : { naam: r.gedeeld_door_naam },
  gedeeldOp: new Date(r.created_at).toISOString(),
});

/** The items of a casus the organisation may see (need-to-know), oldest first. */
export async function listVisibleItems(tx: Queryable, casusId: string, organisatieId: string): Promise<InformatieItem[]> {
  const { rows } = await tx.query<ItemRow>(
    `${SELECT} where i.casus_id = $1 and ${visibleToSql('i.bron_organisatie_id', 'i.zichtbaar_voor', '$2')} order by i.created_at, i.id`,
    [casusId, organisatieId],
  );
  return rows.map(toItem);
}

export async function findItem(tx: Queryable, id: string): Promise<InformatieItem | null> {
  const { rows } = await tx.query<ItemRow>(`${SELECT} where i.id = $1`, [id]);
  return rows[0] ? toItem(rows[0]) : null;
}

export async function insertItem(
  tx: Queryable,
  input: InformatieItemInvoer & { casusId: string; bronOrganisatieId: string; gebruikerId: string; zichtbaarVoor: string[] | null },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `insert into informatie_items (casus_id, bron_organisatie_id, gedeeld_door_gebruiker_id, categorie, vertrouwelijkheid, zichtbaar_voor, titel, inhoud)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [input.casusId, input.bronOrganisatieId, input.gebruikerId, input.categorie, input.vertrouwelijkheid, input.zichtbaarVoor, input.titel, input.inhoud],
  );
  return rows[0]!.id;
}
