import { expect } from 'vitest';
import type { TestClient, TestEnv } from '../../testing/fixtures';
import type { Organisatie } from '../../organisations/schemas';

let teller = 0;

async function persoon(env: TestEnv, organisatieId: string, rol: string): Promise<string> {
  const { rows } = await env.db.query<{ id: string }>(
    `insert into personen (voornamen, achternaam, zoeknaam, aangemaakt_door_organisatie_id) values ($1, $2, lower($1 || ' ' || $2), $3) returning id`,
    [rol, `Zsmtest${process.pid}x${++teller}`, organisatieId],
  );
  return rows[0]!.id;
}

/**
 * Test support only: a ZSM case brought in by a police worker through the intake API (POST /api/v1/zsm-zaken), with
 * new persons (known to the police, as after the person search), so each case gets its own casus. With a VT
 * organisation, that VT takes part and has its assessment task.
 */
export async function maakTestZaak(
  env: TestEnv,
  politie: { client: TestClient; organisatie: Organisatie },
  input: { vt?: Organisatie | null; aangehoudenOp?: Date; huiselijkGeweld?: boolean; voorlopigeHechtenisMogelijk?: boolean; kinderen?: number } = {},
): Promise<{ zaakId: string; casusId: string }> {
  const res = await politie.client.post('/api/v1/zsm-zaken', {
    aangehoudenOp: (input.aangehoudenOp ?? new Date(Date.now() - 2 * 3_600_000)).toISOString(),
    feit: 'Mishandeling (art. 300 Sr)',
    voorlopigeHechtenisMogelijk: input.voorlopigeHechtenisMogelijk ?? true,
    huiselijkGeweld: input.huiselijkGeweld ?? true,
    ...(input.vt ? { vtOrganisatieId: input.vt.id } : {}),
    verdachte: { persoonId: await persoon(env, politie.organisatie.id, 'Verdachte') },
    slachtoffers: [{ persoonId: await persoon(env, politie.organisatie.id, 'Slachtoffer') }],
    kinderen: await Promise.all(Array.from({ length: input.kinderen ?? 0 }, async () => ({ persoonId: await persoon(env, politie.organisatie.id, 'Kind') }))),
  });
  expect(res.statusCode, res.body).toBe(201);
  const zaak = res.json() as { id: string; casus: { id: string } };
  return { zaakId: zaak.id, casusId: zaak.casus.id };
}
