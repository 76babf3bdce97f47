import type { Queryable } from '../../platform/db/database';
import type { Koppeling } from '../schemas';

interface Row {
  id: string;
  naam: string;
  client_id: string;
  actief: boolean;
  created_at: Date;
  last_used_at: Date | null;
}

const toKoppeling = (r: Row): Koppeling => ({
  id: r.id,
  naam: r.naam,
  clientId: r.client_id,
  actief: r.actief,
  aangemaaktOp: r.created_at.toISOString(),
  laatstGebruiktOp: r.last_used_at?.toISOString() ?? null,
});

const COLUMNS = 'id, naam, client_id, actief, created_at, last_used_at';

export async function insertMachineClient(tx: Queryable, organisatieId: string, naam: string, clientId: string, secretHash: string): Promise<Koppeling> {
  const { rows } = await tx.query<Row>(
    `insert into machine_clients (organisatie_id, naam, client_id, secret_hash) values ($1, $2, $3, $4) returning ${COLUMNS}`,
    [organisatieId, naam, clientId, secretHash],
  );
  return toKoppeling(rows[0]!);
}

export async function listMachineClients(tx: Queryable, organisatieId: string): Promise<Koppeling[]> {
  const { rows } = await tx.query<Row>(`select ${COLUMNS} from machine_clients where organisatie_id = $1 order by created_at desc, id`, [organisatieId]);
  return rows.map(toKoppeling);
}

/** Deactivates a client of the organisation; null when it has no such client. */
export async function revokeMachineClient(tx: Queryable, organisatieId: string, id: string): Promise<Koppeling | null> {
  const { rows } = await tx.query<Row>(
    `update machine_clients set actief = false where id = $1 and organisatie_id = $2 returning ${COLUMNS}`,
    [id, organisatieId],
  );
  return rows[0] ? toKoppeling(rows[0]) : null;
}
