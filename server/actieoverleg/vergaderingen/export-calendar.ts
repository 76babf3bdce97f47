import type { Database } from '../../platform/db/database';
import { appendAudit } from '../../audit/audit-log';
import { auditActor, type AccessContext } from '../../identity/access-context';
import { ISO_WEEKDAY_CODES, serializeCalendar } from './icalendar';
import { nextOccurrences } from './occurrences';
import { reeksPatroon } from './reeksen.storage';
import { findOverlegKern } from './vergaderingen.storage';
import { requireOverlegAccess, requireReeksAccess } from './vergadering-access';

/**
 * Calendar files (iCalendar) of a meeting and of the series. A calendar file leaves the platform: it holds the
 * region, time, location and only the NUMBER of items the caller sees — no names, no casus numbers, no case data.
 */
const titel = (regioNaam: string) => `Actieoverleg ${regioNaam}`;
const punten = (n: number) => (n === 1 ? '1 agendapunt' : `${n} agendapunten`);

export async function overlegCalendar(db: Database, ctx: AccessContext, id: string, now: Date = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const toegang = await requireOverlegAccess(tx, ctx, id);
    const kern = (await findOverlegKern(tx, id))!;
    const { rows } = await tx.query<{ n: number }>(
      `select count(*)::int as n from agendapunten where overleg_id = $1 and status <> 'doorgeschoven' and ($2::uuid[] is null or id = any ($2::uuid[]))`,
      [id, toegang.agendapunten],
    );
    const aantal = rows[0]!.n;
    const ics = serializeCalendar([
      {
        uid: `actieoverleg-${kern.id}@samenloop`,
        stempel: now,
        begintOp: kern.begintOp,
        eindigtOp: kern.eindigtOp,
        titel: titel(kern.regioNaam),
        locatie: kern.locatie,
        omschrijving: `${titel(kern.regioNaam)}: ${punten(aantal)}. De agenda staat in Samenloop.`,
        volgnummer: kern.versie,
        geannuleerd: kern.status === 'geannuleerd',
      },
    ]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'exporteren',
      objectType: 'actieoverleg',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { formaat: 'icalendar', agendapunten: aantal },
    });
    return ics;
  });
}

export async function reeksCalendar(db: Database, ctx: AccessContext, id: string, now: Date = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    await requireReeksAccess(tx, ctx, id);
    const reeks = (await reeksPatroon(tx, id))!;
    const eerste = nextOccurrences(reeks, now, 1)[0]!;
    const ics = serializeCalendar([
      {
        uid: `actieoverleg-reeks-${id}@samenloop`,
        stempel: now,
        begintOp: eerste.begintOp,
        eindigtOp: eerste.eindigtOp,
        titel: titel(reeks.regioNaam),
        locatie: reeks.locatie,
        omschrijving: `${titel(reeks.regioNaam)}: wekelijks overleg. De agenda staat in Samenloop.`,
        volgnummer: reeks.versie,
        wekelijksOp: ISO_WEEKDAY_CODES[reeks.weekdag - 1]!,
      },
    ]);
    await appendAudit(tx, auditActor(ctx), {
      actie: 'exporteren',
      objectType: 'actieoverleg-reeks',
      objectId: id,
      uitkomst: 'gelukt',
      doel: 'actieoverleg',
      details: { formaat: 'icalendar' },
    });
    return ics;
  });
}
