import type { IndicatorSoort, Verbeteractie } from '@schemas/indicatoren';

/** Texts of the report page: download the regional report, write the network's own text (Dutch first). */
export const nl = {
  title: 'Rapport Indicatoren kwaliteit & impact',
  intro:
    'De regiorapportage zoals de rapportage "Indicatoren kwaliteit & impact": per verbeteractie de ontwikkelinspanningen, de uitvoeringsinspanningen en de waarde, met de cijfers, de trends en de eigen tekst van het regionale netwerk (RNZS).',
  geenToegang: 'U heeft geen toegang tot de indicatoren.',
  geenToegangUitleg: 'Alleen analisten, leden van het regionale netwerk (RNZS) en voorzitters van het Actieoverleg zien het rapport.',
  terug: 'Terug naar het dashboard',
  keuze: {
    legend: 'Regio en periode',
    regio: 'Regio',
    van: 'Eerste dag',
    totEnMet: 'Laatste dag',
    datumHint: 'Bijvoorbeeld 2025-01-01',
    toon: 'Rapport voor deze periode',
    ongeldigeDatum: 'Vul een datum in als JJJJ-MM-DD',
    totVoorVan: 'De laatste dag ligt vóór de eerste dag',
    alleenOrganisatie: (naam: string) => `De cijfers gaan alleen over ${naam}.`,
  },
  selectie: (regio: string, van: string, totEnMet: string) => `${regio}: ${van} tot en met ${totEnMet}`,
  downloads: {
    heading: 'Downloaden',
    uitleg: 'Het rapport als HTML of PDF; de cijfers als CSV (puntkomma, decimale punt) of als Excel-bestand.',
    link: (formaat: string) => `Rapport als ${formaat}`,
  },
  teksten: {
    heading: 'Eigen tekst van het netwerk',
    uitleg:
      'Per onderdeel kan het netwerk een eigen tekst bij de cijfers zetten: wat de partners zien, wat goed gaat, wat beter kan. Zonder tekst staat in het rapport "Nog geen tekst van het netwerk".',
    privacy: 'Schrijf geen namen of andere persoonsgegevens: het rapport wordt breed gedeeld en gaat nooit over een persoon of casus.',
    privacyKort: 'Geen namen of andere persoonsgegevens.',
    alleenLezen: 'Alleen leden van het regionale netwerk (RNZS) van deze regio schrijven deze teksten.',
    geenTekst: 'Nog geen tekst van het netwerk.',
    inleiding: 'Inleiding',
    opslaan: (sectie: string) => `Tekst ${sectie} opslaan`,
    tochOpslaan: (sectie: string) => `Mijn tekst ${sectie} toch opslaan`,
    opgeslagen: (sectie: string) => `Tekst ${sectie} opgeslagen.`,
    conflict:
      'Iemand anders heeft deze tekst intussen gewijzigd. Uw tekst staat nog in het veld; hieronder staat de tekst die nu is opgeslagen. Neem over wat u wilt houden en sla dan op.',
    huidigeTekst: 'Nu opgeslagen tekst',
    laatstOpgeslagen: (wanneer: string) => `Laatst opgeslagen: ${wanneer}.`,
    leeg: '(leeg)',
  },
  verbeteracties: {
    samenhang: 'Samenhang, kennisontwikkeling en blijvend verbeteren',
    'samen-op-in-acuut': 'Samen op in Acuut',
    actieoverleg: 'Actieoverleg',
    'vt-zsm': 'Gezamenlijke aanpak huiselijk geweld door VT & ZSM',
    'strafbare-kindermishandeling': 'Samenwerken bij strafbare kindermishandeling',
  } satisfies Record<Verbeteractie, string>,
  soorten: {
    ontwikkelinspanning: 'Ontwikkelinspanningen',
    uitvoeringsinspanning: 'Uitvoeringsinspanningen: meer- en minderwerk',
    waarde: 'Waarde',
  } satisfies Record<IndicatorSoort, string>,
};

export const en: typeof nl = {
  title: 'Report on quality and impact indicators',
  intro:
    'The regional report "Indicatoren kwaliteit & impact": per improvement action the development effort, the execution effort and the value, with the figures, the trends and the regional network\'s (RNZS) own text.',
  geenToegang: 'You have no access to the indicators.',
  geenToegangUitleg: 'Only analysts, members of the regional network (RNZS) and Actieoverleg chairs see the report.',
  terug: 'Back to the dashboard',
  keuze: {
    legend: 'Region and period',
    regio: 'Region',
    van: 'First day',
    totEnMet: 'Last day',
    datumHint: 'For example 2025-01-01',
    toon: 'Report for this period',
    ongeldigeDatum: 'Enter a date as YYYY-MM-DD',
    totVoorVan: 'The last day is before the first day',
    alleenOrganisatie: (naam: string) => `The figures are about ${naam} only.`,
  },
  selectie: (regio: string, van: string, totEnMet: string) => `${regio}: ${van} up to and including ${totEnMet}`,
  downloads: {
    heading: 'Download',
    uitleg: 'The report as HTML or PDF; the figures as CSV (semicolon, decimal point) or as an Excel file.',
    link: (formaat: string) => `Report as ${formaat}`,
  },
  teksten: {
    heading: "The network's own text",
    uitleg:
      'For each part the network can add its own text to the figures: what the partners see, what goes well, what can improve. Without a text the report says "Nog geen tekst van het netwerk".',
    privacy: 'Do not write names or other personal data: the report is shared widely and is never about a person or case.',
    privacyKort: 'No names or other personal data.',
    alleenLezen: 'Only members of the regional network (RNZS) of this region write these texts.',
    geenTekst: 'No text from the network yet.',
    inleiding: 'Introduction',
    opslaan: (sectie: string) => `Save text ${sectie}`,
    tochOpslaan: (sectie: string) => `Save my text ${sectie} anyway`,
    opgeslagen: (sectie: string) => `Text ${sectie} saved.`,
    conflict:
      'Someone else changed this text in the meantime. Your text is still in the field; below is the text that is stored now. Take over what you want to keep, then save.',
    huidigeTekst: 'Text stored now',
    laatstOpgeslagen: (wanneer: string) => `Last saved: ${wanneer}.`,
    leeg: '(empty)',
  },
  verbeteracties: {
    samenhang: 'Coherence, knowledge building and continuous improvement',
    'samen-op-in-acuut': 'Samen op in Acuut (acute unsafety)',
    actieoverleg: 'Actieoverleg',
    'vt-zsm': 'Joint approach to domestic violence by VT & ZSM',
    'strafbare-kindermishandeling': 'Working together on criminal child abuse',
  },
  soorten: {
    ontwikkelinspanning: 'Development effort',
    uitvoeringsinspanning: 'Execution effort: more and less work',
    waarde: 'Value',
  },
};
