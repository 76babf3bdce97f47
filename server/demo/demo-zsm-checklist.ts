import type { Database } from '../platform/db/database';
import { listActiveChecklist, replaceChecklist } from '../zsm/afdoening/checklist.storage';
import { DEMO_REGION } from './demo-region';

/**
 * The demo region's attention points for the afdoeningsoverleg of domestic-violence and ex-partner cases on ZSM
 * (seed 003 §4 mentions such a list, made "so that Veilig Thuis is not forgotten in the feedback"). Regions keep
 * their own list through PUT /api/v1/zsm-checklist.
 */
export const DEMO_ZSM_CHECKLIST = [
  'Is Veilig Thuis geïnformeerd en gehoord?',
  'Zijn er kinderen in het gezin en is de Raad voor de Kinderbescherming betrokken?',
  'Is er een (bijna) tijdelijk huisverbod?',
  'Ex-partner: is er sprake van stalking?',
  'Welke voorwaarden beschermen het slachtoffer (contact-/locatieverbod)?',
  'Wie koppelt de beslissing terug aan Veilig Thuis?',
];

/** Loads the list once: a region that has points already keeps them. */
export async function loadDemoZsmChecklist(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>('select id from regios where code = $1', [DEMO_REGION.code]);
    const regioId = rows[0]?.id;
    if (!regioId) throw new Error(`demo region ${DEMO_REGION.code} missing`);
    if ((await listActiveChecklist(tx, regioId)).length > 0) return;
    await replaceChecklist(tx, regioId, DEMO_ZSM_CHECKLIST.map((tekst) => ({ tekst })));
  });
}
