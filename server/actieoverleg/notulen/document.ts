import { afspraakLabels } from '../afspraken/schemas';
import { scenarioLabels } from '../scenarios/schemas';
import { longDate } from './minutes';
import type { Block, DocumentOutline } from '../../platform/document/document';
import type { Notulen, NotulenAfspraak, NotulenAgendapunt } from './schemas';

/**
 * The minutes as a document outline (server/platform/document): headings, paragraphs, labelled fields and tables,
 * in reading order. The HTML and the PDF both render this one outline, so the two formats cannot drift apart in
 * what they show. Input is already filtered for the receiving organisation (minutesFor); nothing here decides visibility.
 */
export type MinutesDocument = DocumentOutline;

const NIETS = '—';
const orNothing = (text: string) => (text.trim() === '' ? NIETS : text);
/** JJJJ-MM-DD as DD-MM-JJJJ, the way Dutch readers write a date. */
const shortDate = (datum: string) => datum.split('-').reverse().join('-');

export function confidentialityHeader(ontvangerNaam: string): string {
  return `Vertrouwelijk — notulen Actieoverleg, alleen voor ${ontvangerNaam}`;
}

export function minutesDocument(n: Notulen): MinutesDocument {
  const title = `Notulen Actieoverleg ${n.overleg.regio.naam} ${longDate(n.overleg.datum)}${n.concept ? ' (CONCEPT)' : ''}`;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }];
  blocks.push({ kind: 'notice', text: `${confidentialityHeader(n.ontvanger.naam)}. Niet doorsturen; deel de inhoud alleen binnen het doel van de casus.` });
  if (n.concept) {
    blocks.push({ kind: 'notice', text: 'CONCEPT — het overleg is nog niet afgerond. Deze weergave kan nog veranderen en wordt niet verzonden.' });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Overleg' });
  blocks.push({
    kind: 'fields',
    items: [
      { label: 'Datum', value: longDate(n.overleg.datum) },
      { label: 'Tijd', value: `${n.overleg.begintijd}–${n.overleg.eindtijd} uur` },
      { label: 'Regio', value: n.overleg.regio.naam },
      { label: 'Locatie', value: orNothing(n.overleg.locatie) },
      { label: 'Notulen voor', value: n.ontvanger.naam },
    ],
  });

  blocks.push({ kind: 'heading', level: 2, text: 'Aanwezigheid' });
  blocks.push({
    kind: 'table',
    caption: 'Aanwezig',
    columns: ['Naam', 'Organisatie', 'Mandaat'],
    rows: n.aanwezigheid.aanwezig.map((a) => [a.gebruiker.naam, a.organisatie.naam, a.metMandaat ? 'met mandaat' : 'zonder mandaat']),
    empty: 'Geen aanwezigen vastgelegd.',
  });
  blocks.push({
    kind: 'table',
    caption: 'Afgemeld',
    columns: ['Naam', 'Organisatie'],
    rows: n.aanwezigheid.afgemeld.map((a) => [a.gebruiker.naam, a.organisatie.naam]),
    empty: 'Niemand afgemeld.',
  });

  blocks.push({ kind: 'heading', level: 2, text: 'Besproken casussen' });
  if (n.agendapunten.length === 0) blocks.push({ kind: 'paragraph', text: 'Er zijn voor uw organisatie geen besproken agendapunten.' });
  for (const punt of n.agendapunten) blocks.push(...itemBlocks(punt));

  if (n.doorgeschoven.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Doorgeschoven naar een volgend overleg' });
    blocks.push({
      kind: 'table',
      caption: 'Doorgeschoven agendapunten',
      columns: ['Agendapunt', 'Casus'],
      rows: n.doorgeschoven.map((d) => [String(d.volgorde), d.casus.nummer]),
      empty: NIETS,
    });
  }
  return { title, header: confidentialityHeader(n.ontvanger.naam), blocks };
}

function itemBlocks(p: NotulenAgendapunt): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: `Agendapunt ${p.volgorde}: casus ${p.casus.nummer}${p.soort === 'vervolg' ? ' (vervolg)' : ''}` },
  ];
  if (p.status === 'gepland') blocks.push({ kind: 'notice', text: 'Nog niet besproken.' });
  if (p.vraag !== null) blocks.push({ kind: 'fields', items: [{ label: 'Vraag aan het Actieoverleg', value: orNothing(p.vraag) }] });

  blocks.push({ kind: 'heading', level: 4, text: 'Inbreng van de partners' });
  blocks.push({
    kind: 'table',
    caption: 'Inbreng per partner',
    columns: ['Organisatie', 'Inbreng'],
    rows: p.bijdragen.map((b) => [b.organisatie.naam, b.inhoud]),
    empty: 'Geen inbreng die met uw organisatie is gedeeld.',
  });

  blocks.push({ kind: 'heading', level: 4, text: 'Stap 1: grootste zorg en directe veiligheid' });
  blocks.push({
    kind: 'fields',
    items: [
      { label: 'Grootste zorg als niets verandert', value: orNothing(p.stap1.grootsteZorg) },
      { label: 'Directe veiligheid die er al is', value: orNothing(p.stap1.directeVeiligheid) },
      { label: 'Gevaren', value: orNothing(p.stap1.gevaren) },
      { label: 'Complicerende factoren', value: orNothing(p.stap1.complicerendeFactoren) },
    ],
  });

  blocks.push({ kind: 'heading', level: 4, text: 'Stap 2: wat is nodig om het veilig te maken en te houden' });
  blocks.push(afsprakenTable('Directe interventies', p.stap2.interventies));
  blocks.push({ kind: 'fields', items: [{ label: 'Hoe de acties van de partners elkaar raken', value: orNothing(p.stap2.samenhang) }] });
  blocks.push({
    kind: 'table',
    caption: "Scenario's bij een volgend incident of het niet nakomen van afspraken",
    columns: ['Scenario', 'Wat', 'Eigenaar', 'Status'],
    rows: p.stap2.scenarios.map((s) => [scenarioLabels.soort[s.soort], s.wat, owner(s), s.actief ? 'actief' : 'ingetrokken']),
    empty: "Geen scenario's.",
  });

  blocks.push({ kind: 'heading', level: 4, text: 'Stap 3: regie en vervolg' });
  const regie = p.stap3.regie;
  const regieText = [regie.organisatie?.naam, regie.gebruiker?.naam].filter(Boolean).join(', ');
  blocks.push({
    kind: 'fields',
    items: [
      { label: 'Regie op veiligheid', value: orNothing([regieText, regie.toelichting].filter((t) => t.trim() !== '').join(' — ')) },
      { label: 'Monitoring', value: orNothing(p.stap3.monitoring) },
      { label: 'Informatie aan betrokkenen', value: orNothing(p.stap3.informatieBetrokkenen) },
      { label: 'Te informeren partijen', value: orNothing(p.stap3.teInformerenPartijen) },
    ],
  });
  blocks.push(afsprakenTable('Afspraken over monitoring en informeren', p.stap3.afspraken, true));

  if (p.beoordelingen.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: 'Beoordeling van eerdere afspraken' });
    blocks.push({
      kind: 'table',
      caption: 'Nog niet afgeronde afspraken uit eerdere overleggen',
      columns: ['Afspraak', 'Eigenaar', 'Deadline', 'Reden', 'Toelichting'],
      rows: p.beoordelingen.map((b) => [b.afspraak.wat, owner(b.afspraak), shortDate(b.afspraak.deadline), afspraakLabels.reden[b.reden], orNothing(b.toelichting)]),
      empty: NIETS,
    });
  }
  return blocks;
}

function owner(x: { eigenaarOrganisatie: { naam: string }; eigenaarGebruiker: { naam: string } | null }): string {
  return x.eigenaarGebruiker ? `${x.eigenaarOrganisatie.naam} (${x.eigenaarGebruiker.naam})` : x.eigenaarOrganisatie.naam;
}

function afsprakenTable(caption: string, afspraken: readonly NotulenAfspraak[], withSoort = false): Block {
  return {
    kind: 'table',
    caption,
    columns: [...(withSoort ? ['Soort'] : []), 'Wat', 'Eigenaar', 'Deadline', 'Status'],
    rows: afspraken.map((a) => [
      ...(withSoort ? [afspraakLabels.soort[a.soort]] : []),
      a.wat,
      owner(a),
      shortDate(a.deadline),
      afspraakLabels.status[a.status],
    ]),
    empty: 'Geen afspraken.',
  };
}
