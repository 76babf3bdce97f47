import type { Database } from '../../platform/db/database';
import type { AccessContext } from '../../identity/access-context';
import { can, requirePermission } from '../../identity/access-policy';
import { indicatorCatalogus } from '../catalogus';
import type { PeriodeFilter } from '../schemas';
import { berekenIndicatoren } from '../waarden/bereken-indicatoren';
import { reeksIndeling, vorigePeriode } from '../waarden/periode';
import type { IndicatorWaarden } from './schemas';
import { leesRegioSelectie } from './dashboard.storage';

/**
 * The dashboard's figures: every indicator of the catalogue for one region (any region: aggregates with small
 * numbers suppressed, never a person), optionally about one of its organisations, with trend and previous period.
 * Not audited: no personal data is read.
 */
export async function leesIndicatorWaarden(db: Database, ctx: AccessContext, filter: PeriodeFilter): Promise<IndicatorWaarden> {
  requirePermission(ctx, 'indicatoren.inzien');
  const { regio, organisatie } = await leesRegioSelectie(db, filter.regioId, filter.organisatieId);
  const { indicatoren, leeg } = await berekenIndicatoren(
    db,
    { regioIds: [regio.id], organisatieId: organisatie?.id ?? null, van: filter.van, tot: filter.tot },
    indicatorCatalogus,
  );
  const periode = { van: filter.van, tot: filter.tot };
  return {
    regio,
    organisatie,
    ...periode,
    vorigePeriode: vorigePeriode(periode),
    reeksIndeling: reeksIndeling(periode),
    leeg,
    onderliggendeCasussen: magOnderliggendeCasussenZien(ctx, regio.id),
    indicatoren,
  };
}

/** The drill-down is for callers who do case work and see indicators, in their own region only. */
export function magOnderliggendeCasussenZien(ctx: AccessContext, regioId: string): boolean {
  return can(ctx, 'indicatoren.inzien') && can(ctx, 'casussen.werken') && ctx.organisatie.regioId === regioId;
}
