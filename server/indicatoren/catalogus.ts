import type { IndicatorDefinitie } from './schemas';

/**
 * Every indicator of seed 003's appendix "Overzicht indicatoren", per improvement action and kind: counted from
 * the timeline where the work runs through Samenloop, otherwise from the partners' evaluations or registered
 * effort. Shared with the web app (pure data).
 */
export const indicatorCatalogus: readonly IndicatorDefinitie[] = [
  {
    id: 'samen-op-in-acuut.crisiscontacten',
    naam: 'Crisiscontacten politie en Veilig Thuis',
    overzichtItem: 'Crisismeldingen',
    verbeteractie: 'samen-op-in-acuut',
    soort: 'uitvoeringsinspanning',
    bron: { soort: 'tijdlijn', aggregatie: 'aantal', kenmerken: ['kantoortijd', 'buiten-kantoortijd'] },
    formule: 'Aantal acute contacten van de politie met Veilig Thuis in de periode, naar binnen of buiten kantoortijd.',
    eenheid: 'aantal',
    hogerIsBeter: null,
  },
  {
    id: 'actieoverleg.rapportcijfer',
    naam: 'Rapportcijfer van de partners',
    overzichtItem: 'Onderling vertrouwen tussen de samenwerkingspartners',
    verbeteractie: 'actieoverleg',
    soort: 'waarde',
    bron: { soort: 'evaluatie', vragen: ['actieoverleg.rapportcijfer'] },
    formule: 'Gemiddeld rapportcijfer dat de deelnemende partners het Actieoverleg in hun jaarlijkse evaluatie geven.',
    eenheid: 'cijfer',
    hogerIsBeter: true,
  },
];

export function vindIndicator(id: string): IndicatorDefinitie | undefined {
  return indicatorCatalogus.find((d) => d.id === id);
}
