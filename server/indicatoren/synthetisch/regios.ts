import type { OrganisatieSoort } from '../../organisations/schemas';

/**
 * The 25 Veilig Thuis regions with their relative size (inhabitants, in 100,000s, roughly), which sizes their
 * share of the national volume. Public figures (BRIEF §8): one region saw 4,488 meldingen in 2017; nationally
 * ~120,000-130,000 a year.
 */
export const VT_REGIOS: readonly { code: string; naam: string; inwoners: number }[] = [
  { code: 'groningen', naam: 'Groningen', inwoners: 5.9 },
  { code: 'friesland', naam: 'Friesland', inwoners: 6.5 },
  { code: 'drenthe', naam: 'Drenthe', inwoners: 4.9 },
  { code: 'ijsselland', naam: 'IJsselland', inwoners: 5.3 },
  { code: 'twente', naam: 'Twente', inwoners: 6.3 },
  { code: 'noord-en-oost-gelderland', naam: 'Noord- en Oost-Gelderland', inwoners: 8.2 },
  { code: 'gelderland-midden', naam: 'Gelderland-Midden', inwoners: 6.9 },
  { code: 'gelderland-zuid', naam: 'Gelderland-Zuid', inwoners: 5.6 },
  { code: 'utrecht', naam: 'Utrecht', inwoners: 13.9 },
  { code: 'noord-holland-noord', naam: 'Noord-Holland-Noord', inwoners: 6.8 },
  { code: 'zaanstreek-waterland', naam: 'Zaanstreek-Waterland', inwoners: 3.4 },
  { code: 'kennemerland', naam: 'Kennemerland', inwoners: 5.5 },
  { code: 'amsterdam-amstelland', naam: 'Amsterdam-Amstelland', inwoners: 10.9 },
  { code: 'gooi-en-vechtstreek', naam: 'Gooi en Vechtstreek', inwoners: 2.6 },
  { code: 'haaglanden', naam: 'Haaglanden', inwoners: 11.3 },
  { code: 'hollands-midden', naam: 'Hollands-Midden', inwoners: 8.1 },
  { code: 'rotterdam-rijnmond', naam: 'Rotterdam-Rijnmond', inwoners: 13.2 },
  { code: 'zuid-holland-zuid', naam: 'Zuid-Holland-Zuid', inwoners: 4.4 },
  { code: 'zeeland', naam: 'Zeeland', inwoners: 3.9 },
  { code: 'midden-en-west-brabant', naam: 'Midden- en West-Brabant', inwoners: 11.3 },
  { code: 'brabant-noordoost', naam: 'Brabant-Noordoost', inwoners: 6.6 },
  { code: 'brabant-zuidoost', naam: 'Brabant-Zuidoost', inwoners: 7.7 },
  { code: 'limburg-noord', naam: 'Limburg-Noord', inwoners: 5.2 },
  { code: 'limburg-zuid', naam: 'Limburg-Zuid', inwoners: 5.9 },
  { code: 'flevoland', naam: 'Flevoland', inwoners: 4.4 },
];

export const TOTAAL_INWONERS = VT_REGIOS.reduce((s, r) => s + r.inwoners, 0);

/** The organisations that act in a region's synthetic cases, by their part. */
export interface RegioOrganisaties {
  veiligThuis: readonly string[];
  politie: string;
  om: string;
  rvdk: string;
  reclassering: readonly string[];
  /** Municipality (wijkteam): a non-police referrer to the Actieoverleg; null when the region has none. */
  gemeente: string | null;
  /** Forensic-medical expertise (FMEK) for SSK medical requests; null: no medical requests. */
  medischExpert: string | null;
}

export interface SynthetischeRegio {
  id: string;
  code: string;
  naam: string;
  /** Relative size (inhabitants in 100,000s). */
  inwoners: number;
  organisaties: RegioOrganisaties;
}

/** The partner organisations created for a synthetic region (names carry the region, so they are unique). */
export function regioOrganisatieNamen(naam: string): { rol: keyof RegioOrganisaties; naam: string; soort: OrganisatieSoort }[] {
  return [
    { rol: 'veiligThuis', naam: `Veilig Thuis ${naam}`, soort: 'veilig-thuis' },
    { rol: 'politie', naam: `Politie ${naam}`, soort: 'politie' },
    { rol: 'om', naam: `OM ${naam}`, soort: 'openbaar-ministerie' },
    { rol: 'rvdk', naam: `Raad voor de Kinderbescherming ${naam}`, soort: 'raad-voor-de-kinderbescherming' },
    { rol: 'reclassering', naam: `Reclassering ${naam}`, soort: 'reclassering' },
    { rol: 'gemeente', naam: `Gemeenten ${naam} (wijkteams)`, soort: 'gemeente' },
    { rol: 'medischExpert', naam: `FMEK ${naam}`, soort: 'medisch-expert' },
  ];
}
