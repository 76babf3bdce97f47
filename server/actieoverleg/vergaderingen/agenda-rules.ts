/**
 * How the agenda of a meeting is drawn up (seed 004), as one pure rule: first the follow-ups — casussen with
 * agreements still open from earlier meetings of this series, one item per casus — then the tabled referrals of
 * the region that are not on an agenda yet, oldest submission first, repeats flagged. A casus appears at most once
 * per meeting; when a casus has both open agreements and a newly tabled referral, the referral is its item (the
 * open agreements are reviewed there too), so the referral does not stay waiting.
 */
export interface BestaandAgendapunt {
  casusId: string;
}

export interface VervolgKandidaat {
  casusId: string;
  /** The earliest deadline among the casus's open agreements: the most pressing follow-up comes first. */
  eersteDeadline: string;
}

export interface AanmeldingKandidaat {
  aanmeldingId: string;
  casusId: string;
  ingediendOp: Date;
  herhaling: boolean;
}

export interface NieuwAgendapunt {
  casusId: string;
  aanmeldingId: string | null;
  soort: 'aanmelding' | 'vervolg';
  herhaling: boolean;
}

export function buildAgenda(input: {
  bestaand: readonly BestaandAgendapunt[];
  vervolg: readonly VervolgKandidaat[];
  aanmeldingen: readonly AanmeldingKandidaat[];
}): NieuwAgendapunt[] {
  const opAgenda = new Set(input.bestaand.map((p) => p.casusId));
  const aanmeldingen = [...input.aanmeldingen].sort(
    (a, b) => a.ingediendOp.getTime() - b.ingediendOp.getTime() || a.aanmeldingId.localeCompare(b.aanmeldingId),
  );
  // One referral per casus: the oldest.
  const aanmeldingVan = new Map<string, AanmeldingKandidaat>();
  for (const a of aanmeldingen) if (!aanmeldingVan.has(a.casusId)) aanmeldingVan.set(a.casusId, a);

  const result: NieuwAgendapunt[] = [];
  const vervolg = [...input.vervolg].sort((a, b) => a.eersteDeadline.localeCompare(b.eersteDeadline) || a.casusId.localeCompare(b.casusId));
  for (const v of vervolg) {
    if (opAgenda.has(v.casusId) || aanmeldingVan.has(v.casusId)) continue;
    opAgenda.add(v.casusId);
    result.push({ casusId: v.casusId, aanmeldingId: null, soort: 'vervolg', herhaling: false });
  }
  for (const a of aanmeldingVan.values()) {
    if (opAgenda.has(a.casusId)) continue;
    opAgenda.add(a.casusId);
    result.push({ casusId: a.casusId, aanmeldingId: a.aanmeldingId, soort: 'aanmelding', herhaling: a.herhaling });
  }
  return result;
}
