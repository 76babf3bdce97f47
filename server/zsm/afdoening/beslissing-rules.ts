import { soortenZonderVoorwaarden, vrijlatingSoorten, type BeslissingSoort } from './schemas';
import type { ZsmVoorwaarde } from '../beoordeling/schemas';

/**
 * The rules of the prosecutor's decision on ZSM, as plain functions (unit-tested):
 * - gating: no decision without the Veilig Thuis safety assessment, unless a reason is recorded why it cannot wait;
 * - the flag: a release without conditions (heenzenden, sepot) after Veilig Thuis assessed acute unsafety must be
 *   confirmed with a reason, and is then marked as "invrijheidstelling zonder veiligheidsmaatregelen";
 * - the decision time lies between the arrest and now; conditions fit the decision.
 */

/** A decision may be dated this far ahead of the server clock (clocks of workstations drift a little). */
export const BESLIST_OP_SPELING_MS = 5 * 60_000;

export interface BeslissingFeiten {
  soort: BeslissingSoort;
  voorwaarden: readonly ZsmVoorwaarde[];
  toelichting: string;
  zonderVtInformatieReden: string | null | undefined;
  onveiligeVrijlatingReden: string | null | undefined;
  beslistOp: Date;
  aangehoudenOp: Date;
  nu: Date;
  /** The Veilig Thuis safety assessment of the case, or null when there is none. */
  beoordeling: { acuutOnveilig: boolean } | null;
  /** Gating is for domestic-violence cases: Veilig Thuis has no part in (and cannot see) other cases. */
  huiselijkGeweld: boolean;
}

export interface BeslissingFout {
  status: 400 | 409;
  veld: string;
  code: string;
  reden: string;
}

export interface BeslissingUitkomst {
  vtInformatieAanwezig: boolean;
  zonderVtInformatieReden: string | null;
  onveiligeVrijlating: boolean;
  onveiligeVrijlatingReden: string | null;
}

const gevuld = (tekst: string | null | undefined): string | null => {
  const t = tekst?.trim() ?? '';
  return t.length > 0 ? t : null;
};

/** The decision time: not before the arrest, not in the future. */
export function beslistOpFout(beslistOp: Date, aangehoudenOp: Date, nu: Date): BeslissingFout | null {
  if (beslistOp.getTime() < aangehoudenOp.getTime()) {
    return { status: 400, veld: 'beslistOp', code: 'voor-aanhouding', reden: 'de beslissing kan niet vóór de aanhouding liggen' };
  }
  if (beslistOp.getTime() > nu.getTime() + BESLIST_OP_SPELING_MS) {
    return { status: 400, veld: 'beslistOp', code: 'in-de-toekomst', reden: 'de beslissing kan niet in de toekomst liggen' };
  }
  return null;
}

/** Conditions fit the decision: none when the suspect is brought before the examining judge; 'overig' needs a toelichting. */
export function voorwaardenFout(soort: BeslissingSoort, voorwaarden: readonly ZsmVoorwaarde[], toelichting: string): BeslissingFout | null {
  if (voorwaarden.length > 0 && (soortenZonderVoorwaarden as readonly BeslissingSoort[]).includes(soort)) {
    return {
      status: 400,
      veld: 'voorwaarden',
      code: 'geen-voorwaarden-bij-soort',
      reden: 'bij voorgeleiden aan de rechter-commissaris blijft de verdachte vast; over voorwaarden (schorsing) beslist de rechter-commissaris',
    };
  }
  if (voorwaarden.includes('overig') && !gevuld(toelichting)) {
    return { status: 400, veld: 'toelichting', code: 'toelichting-verplicht', reden: 'beschrijf de overige voorwaarde in de toelichting' };
  }
  return null;
}

/** Stored as the reason on a case that is not domestic violence (the data model asks a reason whenever VT information is absent). */
export const GEEN_HG_REDEN = 'Geen huiselijk geweld: de beslissing wacht niet op Veilig Thuis.';

/**
 * Gating: the assessment is in, or a reason is recorded why the decision cannot wait for it. A case that is not
 * domestic violence is not gated; it carries a fixed reason saying so.
 */
export function vtGating(
  beoordelingAanwezig: boolean,
  zonderVtInformatieReden: string | null | undefined,
  huiselijkGeweld = true,
): BeslissingFout | { vtInformatieAanwezig: boolean; reden: string | null } {
  if (beoordelingAanwezig) return { vtInformatieAanwezig: true, reden: null };
  if (!huiselijkGeweld) return { vtInformatieAanwezig: false, reden: gevuld(zonderVtInformatieReden) ?? GEEN_HG_REDEN };
  const reden = gevuld(zonderVtInformatieReden);
  if (reden) return { vtInformatieAanwezig: false, reden };
  return {
    status: 409,
    veld: 'zonderVtInformatieReden',
    code: 'vt-informatie-ontbreekt',
    reden:
      'de veiligheidsbeoordeling van Veilig Thuis ontbreekt: wacht op Veilig Thuis of leg vast waarom de beslissing daar niet op kan wachten',
  };
}

/** A release without conditions: heenzenden or sepot with no voorwaarden. */
export function isVrijlatingZonderVoorwaarden(soort: BeslissingSoort, voorwaarden: readonly ZsmVoorwaarde[]): boolean {
  return (vrijlatingSoorten as readonly BeslissingSoort[]).includes(soort) && voorwaarden.length === 0;
}

/** The flag: release without conditions after Veilig Thuis assessed acute unsafety needs a confirming reason. */
export function onveiligeVrijlating(
  beoordeling: { acuutOnveilig: boolean } | null,
  soort: BeslissingSoort,
  voorwaarden: readonly ZsmVoorwaarde[],
  reden: string | null | undefined,
): BeslissingFout | { onveiligeVrijlating: boolean; reden: string | null } {
  if (!beoordeling?.acuutOnveilig || !isVrijlatingZonderVoorwaarden(soort, voorwaarden)) return { onveiligeVrijlating: false, reden: null };
  const bevestigd = gevuld(reden);
  if (bevestigd) return { onveiligeVrijlating: true, reden: bevestigd };
  return {
    status: 400,
    veld: 'onveiligeVrijlatingReden',
    code: 'onveilige-vrijlating-bevestigen',
    reden:
      'Veilig Thuis beoordeelde de situatie als acuut onveilig: voeg veiligheidsvoorwaarden toe of bevestig met een reden dat de verdachte zonder voorwaarden vrijkomt',
  };
}

const isFout = (v: object): v is BeslissingFout => 'status' in v;

/** All rules in the order the API reports them: time, conditions, gating (409), the flag. */
export function beoordeelBeslissing(f: BeslissingFeiten): { fout: BeslissingFout } | { uitkomst: BeslissingUitkomst } {
  const tijd = beslistOpFout(f.beslistOp, f.aangehoudenOp, f.nu);
  if (tijd) return { fout: tijd };
  const voorwaarden = voorwaardenFout(f.soort, f.voorwaarden, f.toelichting);
  if (voorwaarden) return { fout: voorwaarden };
  const gating = vtGating(f.beoordeling !== null, f.zonderVtInformatieReden, f.huiselijkGeweld);
  if (isFout(gating)) return { fout: gating };
  const vlag = onveiligeVrijlating(f.beoordeling, f.soort, f.voorwaarden, f.onveiligeVrijlatingReden);
  if (isFout(vlag)) return { fout: vlag };
  return {
    uitkomst: {
      vtInformatieAanwezig: gating.vtInformatieAanwezig,
      zonderVtInformatieReden: gating.reden,
      onveiligeVrijlating: vlag.onveiligeVrijlating,
      onveiligeVrijlatingReden: vlag.reden,
    },
  };
}

/** Decided in time: at or before the deadline of the clock. */
export function binnenTermijn(beslistOp: Date, beslissenUiterlijk: Date): boolean {
  return beslistOp.getTime() <= beslissenUiterlijk.getTime();
}
