import {
  factorGroepen,
  factorGroepLabels,
  factorGroepVan,
  inhoudelijkeFactorLabels,
  VERPLICHTE_PARTNERS,
  vraagPartnerLabels,
  type AanmeldingFormulier,
  type CriteriaUitslag,
} from './schemas';

/**
 * The criteria for bringing a casus into the Actieoverleg (seed 004), both cumulative:
 * 1. relevance — a concrete question, aimed at actions (not evaluation, not only worries), relevant to at least
 *    Veilig Thuis, politie and OM;
 * 2. content — at least one content factor: samenloop straf/zorg, criminaliteit en veiligheidsrisico's,
 *    toename/ontkenning van geweld, or a complex form of violence.
 * Pure: it says what is met and what is missing, per field, in Dutch.
 */
type Invoer = Pick<AanmeldingFormulier, 'vraag' | 'vraagRelevantVoor' | 'vraagGerichtOp' | 'inhoudelijkeFactoren'>;

const dutchList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

export function checkCriteria(aanmelding: Invoer): CriteriaUitslag {
  const relevantie: CriteriaUitslag['relevantie'] = { voldaan: false, voldaanOmdat: [], ontbreekt: [] };
  const vraag = aanmelding.vraag.trim();
  if (vraag.length === 0) {
    relevantie.ontbreekt.push({ veld: 'vraag', reden: 'er is geen concrete vraag aan het Actieoverleg: wat verwacht u van de uitkomst van het overleg?' });
  } else {
    relevantie.voldaanOmdat.push('er is een concrete vraag aan het Actieoverleg');
  }

  switch (aanmelding.vraagGerichtOp) {
    case 'acties':
      relevantie.voldaanOmdat.push('de vraag is gericht op het uitzetten van acties');
      break;
    case 'evaluatie':
      relevantie.ontbreekt.push({ veld: 'vraagGerichtOp', reden: 'het Actieoverleg zet acties uit; het is geen overleg om een casus te evalueren' });
      break;
    case 'alleen-zorgen':
      relevantie.ontbreekt.push({ veld: 'vraagGerichtOp', reden: 'het Actieoverleg zet acties uit; alleen zorgen delen is niet genoeg' });
      break;
    default:
      relevantie.ontbreekt.push({ veld: 'vraagGerichtOp', reden: 'geef aan dat de vraag gericht is op het uitzetten van acties' });
  }

  const relevantVoor = new Set(aanmelding.vraagRelevantVoor);
  const missend = VERPLICHTE_PARTNERS.filter((p) => !relevantVoor.has(p));
  if (missend.length === 0) {
    relevantie.voldaanOmdat.push('de vraag is relevant voor Veilig Thuis, politie én OM');
  } else {
    relevantie.ontbreekt.push({
      veld: 'vraagRelevantVoor',
      reden: `de vraag moet ten minste relevant zijn voor Veilig Thuis, politie én OM; nu niet voor ${dutchList(missend.map((p) => vraagPartnerLabels[p]))}`,
    });
  }
  relevantie.voldaan = relevantie.ontbreekt.length === 0;

  const inhoud: CriteriaUitslag['inhoud'] = { voldaan: false, voldaanOmdat: [], ontbreekt: [] };
  for (const groep of factorGroepen) {
    const factoren = aanmelding.inhoudelijkeFactoren.filter((f) => factorGroepVan[f] === groep);
    if (factoren.length > 0) inhoud.voldaanOmdat.push(`${factorGroepLabels[groep]}: ${dutchList(factoren.map((f) => inhoudelijkeFactorLabels[f]))}`);
  }
  if (inhoud.voldaanOmdat.length === 0) {
    inhoud.ontbreekt.push({
      veld: 'inhoudelijkeFactoren',
      reden: `geen inhoudelijke factor: noem ten minste één van ${dutchList(factorGroepen.map((g) => factorGroepLabels[g]))}`,
    });
  }
  inhoud.voldaan = inhoud.ontbreekt.length === 0;

  return { voldaan: relevantie.voldaan && inhoud.voldaan, relevantie, inhoud };
}

/** Every missing criterion as one entry, for the 409 of a refused submission. */
export function missingCriteria(uitslag: CriteriaUitslag): { veld: string; reden: string }[] {
  return [...uitslag.relevantie.ontbreekt, ...uitslag.inhoud.ontbreekt];
}
