/**
 * Synthetic casus histories as typed timeline events: what the coordination moments of a region record in a year,
 * at realistic volumes and rates (BRIEF §8 and seed 003). Seeded and deterministic: the same seed, region and
 * year give the same casussen, ids and events. Nothing happens after `tot` (the present), so the current year
 * holds open casussen, running tasks and agreements still within their deadline.
 *
 * Volumes (scale 1.0 = national): ~125,000 Veilig Thuis meldingen a year (2020-2024; fewer before), two thirds
 * from the police; about a fifth of the meldingen is a repeat within 12 months on the same casus (MARAC sees
 * ~32% repeats among cases with a coordination moment); ZSM takes in ~7.5% of the casussen (the OM's ~9,500 HG
 * criminal cases a year); 5% is referred to the Actieoverleg, 36% of them by non-police partners. Actieoverleg,
 * Samen op in Acuut, VT & ZSM and SSK start in each region in an introduction year, ramp up over two years, and
 * their quality (agreements on time, VT contact at ZSM) improves as the way of working matures.
 */
import type { CoordinatiemomentSoort } from '../../route-map/route-map';
import type { CasusGebeurtenis } from '../metingen/meting';
import type { TijdlijnGebeurtenis } from '../../timeline/events';
import { Rng } from './prng';
import { TOTAAL_INWONERS, type SynthetischeRegio } from './regios';

export interface SynthetischeCasus {
  id: string;
  /** S-<year>-<region code>-<n>: never clashes with the platform's own numbering (C-...). */
  nummer: string;
  regioId: string;
  aangemaaktDoorOrganisatieId: string;
  aangemaaktOp: Date;
  status: 'open' | 'gesloten';
  geslotenOp: Date | null;
  /** Oldest first, each strictly later than the one before (so every reading order agrees). */
  gebeurtenissen: CasusGebeurtenis[];
}

export interface GeneratorOpties {
  seed: string | number;
  /** 1.0 = national volumes; 0.01 = a hundredth. */
  schaal: number;
  /** Nothing happens after this moment. */
  tot: Date;
}

const MIN = 60_000;
const UUR = 60 * MIN;
const DAG = 24 * UUR;

/** National casussen a year: meldingen (95k in 2016 rising to ~125k from 2021) less the repeats on a casus. */
export function landelijkeCasussen(jaar: number): number {
  const meldingen = 125_000 * Math.min(1, Math.max(0.76, 0.76 + 0.048 * (jaar - 2016)));
  return meldingen / 1.2;
}

/** How many casussen a region starts in a year at a scale (before those after `tot` are left out). */
export function aantalCasussen(regio: Pick<SynthetischeRegio, 'code' | 'inwoners'>, jaar: number, opties: Pick<GeneratorOpties, 'seed' | 'schaal'>): number {
  const variatie = 0.9 + 0.2 * new Rng(`${opties.seed}:${regio.code}:omvang`).next();
  return Math.round(landelijkeCasussen(jaar) * opties.schaal * (regio.inwoners / TOTAAL_INWONERS) * variatie);
}

// --- Amsterdam local time, without Intl in the hot path --------------------------------------------------------
const zomertijdCache = new Map<number, [number, number]>();
function zomertijd(jaar: number): [number, number] {
  let r = zomertijdCache.get(jaar);
  if (!r) {
    const laatsteZondag = (maand: number) => {
      const d = new Date(Date.UTC(jaar, maand + 1, 0));
      return Date.UTC(jaar, maand, d.getUTCDate() - d.getUTCDay(), 1);
    };
    r = [laatsteZondag(2), laatsteZondag(9)];
    zomertijdCache.set(jaar, r);
  }
  return r;
}
function offset(utc: number): number {
  const [van, tot] = zomertijd(new Date(utc).getUTCFullYear());
  return utc >= van && utc < tot ? 2 * UUR : UUR;
}
/** The Amsterdam wall-clock time as a UTC-based Date (read it with getUTC*). */
function lokaal(utc: number): Date {
  return new Date(utc + offset(utc));
}
/** The instant of an Amsterdam wall-clock time given as UTC fields. */
function vanLokaal(lokaalMs: number): number {
  return lokaalMs - offset(lokaalMs - UUR);
}
export function isWeekend(utc: number): boolean {
  const d = lokaal(utc).getUTCDay();
  return d === 0 || d === 6;
}
export function buitenKantoortijd(utc: number): boolean {
  const l = lokaal(utc);
  const d = l.getUTCDay();
  const h = l.getUTCHours();
  return d === 0 || d === 6 || h < 9 || h >= 17;
}

// --- Introduction years and maturity per region ----------------------------------------------------------------
type Werkwijze = 'acuut' | 'actieoverleg' | 'zsm' | 'ssk';
interface Invoering {
  jaar: Record<Werkwijze, number>;
}
function invoering(seed: string | number, code: string): Invoering {
  const rng = new Rng(`${seed}:${code}:invoering`);
  return { jaar: { zsm: 2017 + rng.int(0, 2), actieoverleg: 2018 + rng.int(0, 3), acuut: 2019 + rng.int(0, 2), ssk: 2020 + rng.int(0, 3) } };
}
/** Share of the full volume: nothing before the introduction, a third in its year, two thirds the next, then slow growth. */
function bereik(inv: Invoering, w: Werkwijze, jaar: number): number {
  const n = jaar - inv.jaar[w];
  if (n < 0) return 0;
  if (n === 0) return 0.35;
  if (n === 1) return 0.7;
  return Math.min(1.2, 0.9 + 0.05 * n);
}
/** 0 in the introduction year, 1 after four years: quality figures improve with it. */
function rijpheid(inv: Invoering, w: Werkwijze, jaar: number): number {
  return Math.min(1, Math.max(0, (jaar - inv.jaar[w]) / 4));
}

const POLITIEBRONNEN = new Set(['zorgmelding-politie', '112-meldkamer', 'aangifte']);
const BRONNEN = [
  ['zorgmelding-politie', 0.45],
  ['112-meldkamer', 0.12],
  ['aangifte', 0.1],
  ['vt-melding-professional', 0.25],
  ['vt-melding-burger', 0.08],
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/** Builds one casus's events; `ev` keeps them in the order they happen. */
class Tijdlijn {
  readonly items: { op: number; organisatieId: string | null; g: TijdlijnGebeurtenis }[] = [];
  ev(op: number, organisatieId: string | null, g: TijdlijnGebeurtenis) {
    this.items.push({ op: Math.round(op), organisatieId, g });
  }
  get laatste(): number {
    return this.items.reduce((m, i) => Math.max(m, i.op), 0);
  }
}

/** An Amsterdam moment in the year: police meldingen lean to evenings and nights, professionals to office hours. */
function beginmoment(rng: Rng, jaar: number, politie: boolean): number {
  const dagen = (Date.UTC(jaar + 1, 0, 1) - Date.UTC(jaar, 0, 1)) / DAG;
  const dag = rng.int(0, dagen - 1);
  const uur = politie
    ? rng.gewogen([[rng.int(0, 6), 0.25], [rng.int(7, 16), 0.3], [rng.int(17, 23), 0.45]] as const)
    : rng.gewogen([[rng.int(8, 16), 0.85], [rng.int(17, 23), 0.15]] as const);
  return vanLokaal(Date.UTC(jaar, 0, 1 + dag, uur, rng.int(0, 59), rng.int(0, 59)));
}

/** The next Actieoverleg meeting (weekly, Tuesday 10:00 Amsterdam) at least a day after t. */
function volgendOverleg(t: number): number {
  const l = lokaal(t + DAG);
  const dagenTotDinsdag = (2 - l.getUTCDay() + 7) % 7;
  return vanLokaal(Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate() + dagenTotDinsdag, 10, 0, 0));
}

export interface RegioJaarContext {
  regio: SynthetischeRegio;
  jaar: number;
  opties: GeneratorOpties;
}

/** All synthetic casussen a region starts in a year (those starting after `tot` are left out). */
export function* genereerRegioJaar({ regio, jaar, opties }: RegioJaarContext): Generator<SynthetischeCasus> {
  const aantal = aantalCasussen(regio, jaar, opties);
  const rng = new Rng(`${opties.seed}:${regio.code}:${jaar}`);
  const inv = invoering(opties.seed, regio.code);
  const tot = opties.tot.getTime();
  for (let n = 1; n <= aantal; n++) {
    const casus = genereerCasus(rng, regio, jaar, n, inv, tot);
    if (casus) yield casus;
  }
}

function genereerCasus(rng: Rng, regio: SynthetischeRegio, jaar: number, n: number, inv: Invoering, tot: number): SynthetischeCasus | null {
  const org = regio.organisaties;
  const id = rng.uuid();
  const bron = rng.gewogen(BRONNEN);
  const politieBron = POLITIEBRONNEN.has(bron);
  const t0 = beginmoment(rng, jaar, politieBron);
  // Draw the rest of the casus anyway, so the stream (and every later casus) does not depend on `tot`.
  const vt = rng.kies(org.veiligThuis);
  const maker = politieBron ? org.politie : vt;
  const meldingId = rng.uuid();
  const acuut = rng.kans(politieBron ? 0.16 : 0.05);
  const kinderen = rng.kans(0.45);
  const tl = new Tijdlijn();

  tl.ev(t0, maker, { soort: 'casus-geopend', gegevens: { regioId: regio.id, meldingId } });
  tl.ev(t0 + 1000, maker, {
    soort: 'melding-gekoppeld',
    gegevens: { meldingId, bron, ontvangenOp: iso(t0), incidentOp: politieBron ? iso(t0 - rng.exp(3 * UUR)) : null, acuteOnveiligheid: acuut },
  });
  const beoordeling = { taakId: rng.uuid(), deadline: t0 + 5 * DAG };
  tl.ev(t0 + 2000, vt, {
    soort: 'taak-aangemaakt',
    gegevens: { taakId: beoordeling.taakId, taakSoort: 'melding-beoordelen', deadline: iso(beoordeling.deadline), organisatieId: vt },
  });
  const beoordeeld = t0 + rng.exp(2.5 * DAG) + 10 * MIN;
  tl.ev(beoordeeld, vt, { soort: 'taak-afgerond', gegevens: { taakId: beoordeling.taakId, taakSoort: 'melding-beoordelen', opTijd: beoordeeld <= beoordeling.deadline } });

  // The persons of the melding (ids only: synthetic casussen hold no person rows unless the loader adds them),
  // the regie, the questions Veilig Thuis puts to partners (bevragingen) and what partners share.
  tl.ev(t0 + 3000, maker, { soort: 'persoon-toegevoegd', gegevens: { persoonId: rng.uuid(), rol: 'slachtoffer' } });
  tl.ev(t0 + 4000, maker, { soort: 'persoon-toegevoegd', gegevens: { persoonId: rng.uuid(), rol: politieBron ? 'verdachte' : 'pleger' } });
  const kinderAantal = kinderen ? rng.int(1, 3) : 0;
  for (let i = 0; i < kinderAantal; i++) tl.ev(t0 + 5000 + i * 1000, maker, { soort: 'persoon-toegevoegd', gegevens: { persoonId: rng.uuid(), rol: 'kind' } });
  tl.ev(t0 + 10 * MIN + rng.exp(4 * UUR), vt, { soort: 'regie-gewijzigd', gegevens: { organisatieId: vt, gebruikerId: null } });
  for (const gevraagd of [org.politie, org.rvdk, org.om, ...org.reclassering]) {
    if (!rng.kans(gevraagd === org.politie ? 0.7 : 0.3)) continue;
    const bevragingId = rng.uuid();
    const gesteld = t0 + UUR + rng.exp(DAG);
    tl.ev(gesteld, vt, { soort: 'bevraging-gesteld', gegevens: { bevragingId, gevraagdeOrganisatieId: gevraagd } });
    if (rng.kans(0.92)) {
      const positief = rng.kans(0.45);
      tl.ev(gesteld + 10 * MIN + rng.exp(DAG), gevraagd, {
        soort: 'bevraging-beantwoord',
        gegevens: { bevragingId, gevraagdeOrganisatieId: gevraagd, vlaggen: positief ? [rng.kies(['eerder-huiselijk-geweld', 'lopend-onderzoek', 'wapens', 'drugs', 'overig'])] : [], positief },
      });
    }
  }
  const delers = [
    [vt, ['eerdere-meldingen', 'onderzoeken', 'interventies']],
    [org.politie, ['registraties', 'mutaties', 'aanhoudingen']],
    [org.om, ['lopend-onderzoek', 'justitiele-documentatie']],
    [org.rvdk, ['onderzoek', 'maatregelen']],
  ] as const;
  for (let i = rng.int(0, 3); i > 0; i--) {
    const [bron, categorieen] = rng.kies(delers);
    tl.ev(t0 + UUR + rng.exp(5 * DAG), bron, {
      soort: 'informatie-gedeeld',
      gegevens: {
        itemId: rng.uuid(),
        categorie: rng.kies(categorieen),
        vertrouwelijkheid: rng.gewogen([['normaal', 0.7], ['vertrouwelijk', 0.25], ['strikt-vertrouwelijk', 0.05]] as const),
      },
    });
  }

  const momenten: CoordinatiemomentSoort[] = [];
  const metAcuut = politieBron && (acuut ? rng.kans(0.75 * bereik(inv, 'acuut', jaar)) : rng.kans(0.02 * bereik(inv, 'acuut', jaar)));
  const metZsm = politieBron && rng.kans((bron === 'aangifte' ? 0.2 : 0.1) * bereik(inv, 'zsm', jaar));
  const metAo = rng.kans((acuut || metZsm ? 0.09 : 0.04) * bereik(inv, 'actieoverleg', jaar));
  const metSsk = kinderen && rng.kans(0.035 * bereik(inv, 'ssk', jaar));
  const metThv = (acuut || metZsm) && rng.kans(0.22);
  if (metAcuut) momenten.push('samen-op-in-acuut');
  if (metZsm) momenten.push('vt-zsm');
  if (metAo) momenten.push('actieoverleg');
  if (metSsk) momenten.push('strafbare-kindermishandeling');
  if (momenten.length > 0) {
    tl.ev(t0 + 30 * MIN + rng.exp(DAG), vt, { soort: 'routeadvies-bevestigd', gegevens: { momenten: [...momenten], afgewezen: [] } });
  }

  if (metAcuut) acuutContact(tl, rng, org, vt, t0, meldingId);
  let zsmZaakId: string | null = null;
  if (metZsm) zsmZaakId = zsm(tl, rng, org, vt, t0, meldingId, kinderen, rijpheid(inv, 'zsm', jaar));
  if (metThv) thv(tl, rng, org, t0, zsmZaakId);
  if (metAo) actieoverleg(tl, rng, org, vt, t0, rijpheid(inv, 'actieoverleg', jaar));
  if (metSsk) ssk(tl, rng, org, vt, t0);

  // A repeat within 12 months: a new melding on the casus, signalled as a repeat.
  if (rng.kans(momenten.length > 0 ? 0.32 : 0.2)) {
    const dagen = rng.int(7, 364);
    const t = t0 + dagen * DAG + rng.int(0, 23) * UUR;
    const herhaalBron = rng.gewogen(BRONNEN);
    const nieuweMelding = rng.uuid();
    const melder = POLITIEBRONNEN.has(herhaalBron) ? org.politie : vt;
    tl.ev(t, melder, {
      soort: 'melding-gekoppeld',
      gegevens: { meldingId: nieuweMelding, bron: herhaalBron, ontvangenOp: iso(t), incidentOp: null, acuteOnveiligheid: rng.kans(0.1) },
    });
    tl.ev(t + 1000, vt, { soort: 'herhaling-gesignaleerd', gegevens: { meldingId: nieuweMelding, eerdereMeldingId: meldingId, dagenSindsEerdere: dagen } });
  }

  const sluiten = rng.kans(0.95);
  const sluitOp = tl.laatste + 14 * DAG + rng.exp(45 * DAG);
  if (sluiten) tl.ev(sluitOp, vt, { soort: 'status-gewijzigd', gegevens: { status: 'gesloten' } });

  if (t0 > tot) return null;
  const gebeurtenissen: CasusGebeurtenis[] = [];
  const items = tl.items.filter((i) => i.op <= tot).sort((a, b) => a.op - b.op);
  let vorige = -Infinity;
  for (const i of items) {
    const op = Math.max(i.op, vorige + 1);
    vorige = op;
    gebeurtenissen.push({ ...i.g, op: new Date(op), organisatieId: i.organisatieId } as CasusGebeurtenis);
  }
  const gesloten = sluiten && sluitOp <= tot;
  return {
    id,
    nummer: `S-${jaar}-${regio.code}-${n}`,
    regioId: regio.id,
    aangemaaktDoorOrganisatieId: maker,
    aangemaaktOp: new Date(t0),
    status: gesloten ? 'gesloten' : 'open',
    geslotenOp: gesloten ? gebeurtenissen[gebeurtenissen.length - 1]!.op : null,
    gebeurtenissen,
  };
}

type Org = SynthetischeRegio['organisaties'];

function taak(tl: Tijdlijn, rng: Rng, op: number, organisatieId: string, taakSoort: string, deadline: number, afgerondOp: number | null) {
  const taakId = rng.uuid();
  tl.ev(op, organisatieId, { soort: 'taak-aangemaakt', gegevens: { taakId, taakSoort, deadline: iso(deadline), organisatieId } });
  if (afgerondOp !== null) tl.ev(afgerondOp, organisatieId, { soort: 'taak-afgerond', gegevens: { taakId, taakSoort, opTijd: afgerondOp <= deadline } });
}

/** Samen op in Acuut: the police call Veilig Thuis from the scene; joint assessment; follow-up melding within 24 hours. */
function acuutContact(tl: Tijdlijn, rng: Rng, org: Org, vt: string, t0: number, meldingId: string) {
  const t = t0 + 5 * MIN + rng.exp(20 * MIN);
  const contactId = rng.uuid();
  tl.ev(t - MIN, org.politie, { soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: rng.uuid(), moment: 'samen-op-in-acuut', redenen: ['acute-onveiligheid'] } });
  tl.ev(t, org.politie, {
    soort: 'acuut-contact',
    gegevens: {
      contactId,
      vtOrganisatieId: vt,
      wijze: rng.gewogen([['telefonisch', 0.7], ['video', 0.1], ['ter-plaatse', 0.2]] as const),
      minutenTotOpgenomen: rng.kans(0.95) ? Math.round(rng.exp(4)) : null,
      buitenKantoortijd: buitenKantoortijd(t),
    },
  });
  if (rng.kans(0.85)) {
    const minuten = Math.round(5 + rng.exp(40));
    const maatregelen = (['tijdelijk-huisverbod', 'aanhouding', 'opvang', 'veiligheidsafspraken'] as const).filter(() => rng.kans(0.3));
    tl.ev(t + minuten * MIN, vt, { soort: 'acuut-beoordeling', gegevens: { contactId, acuutOnveilig: rng.kans(0.55), maatregelen, minutenNaContact: minuten } });
  }
  const status = rng.gewogen([['op-tijd', 0.8], ['te-laat-ontvangen', 0.12], ['verlopen', 0.08]] as const);
  const opvolging = status === 'op-tijd' ? t + rng.int(1, 23) * UUR : status === 'te-laat-ontvangen' ? t + DAG + rng.exp(12 * UUR) : t + DAG + MIN;
  taak(tl, rng, t + 2 * MIN, vt, 'acuut-opvolging', t + DAG, status === 'verlopen' ? null : opvolging);
  tl.ev(opvolging, vt, { soort: 'acuut-opvolging', gegevens: { contactId, meldingId: status === 'verlopen' ? null : meldingId, status } });
}

/** VT & ZSM: an arrested suspect at ZSM; VT contact (less often in weekends), VT information before the decision. */
function zsm(tl: Tijdlijn, rng: Rng, org: Org, vt: string, t0: number, meldingId: string, kinderen: boolean, rijp: number): string {
  const zaakId = rng.uuid();
  const aangehouden = t0 + rng.exp(30 * MIN);
  const uiterlijk = aangehouden + 3 * DAG;
  const weekend = isWeekend(aangehouden);
  tl.ev(aangehouden + 30 * MIN, org.om, { soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: rng.uuid(), moment: 'vt-zsm', redenen: ['aanhouding-huiselijk-geweld'] } });
  tl.ev(aangehouden + 31 * MIN, org.politie, {
    soort: 'zsm-ingestroomd',
    gegevens: { zaakId, meldingId, aangehoudenOp: iso(aangehouden), beslissenUiterlijk: iso(uiterlijk), huiselijkGeweld: true, kinderenBetrokken: kinderen },
  });
  const beslisMinuten = Math.round(60 + rng.exp(20 * 60));
  const beslisOp = aangehouden + beslisMinuten * MIN;
  let vtBereikt = false;
  let vtVoorBeslissing = false;
  if (rng.kans(weekend ? 0.45 + 0.15 * rijp : 0.7 + 0.15 * rijp)) {
    const minuten = Math.round(40 + rng.exp(weekend ? 600 : 240));
    const bereikt = rng.kans(0.93);
    vtBereikt = bereikt;
    vtVoorBeslissing = bereikt && minuten < beslisMinuten;
    const wijze = weekend
      ? rng.gewogen([['bereikbaarheidsdienst', 0.6], ['telefonisch', 0.35], ['video', 0.05]] as const)
      : rng.gewogen([['aan-tafel', 0.45], ['telefonisch', 0.4], ['video', 0.1], ['bereikbaarheidsdienst', 0.05]] as const);
    tl.ev(aangehouden + minuten * MIN, vt, { soort: 'zsm-vt-contact', gegevens: { zaakId, wijze, bereikt, minutenNaAanhouding: minuten } });
  }
  let acuutOnveilig = false;
  if (vtBereikt && rng.kans(0.75)) {
    const minuten = Math.round(90 + rng.exp(300));
    acuutOnveilig = rng.kans(0.2);
    tl.ev(aangehouden + minuten * MIN, vt, {
      soort: 'zsm-veiligheidsbeoordeling',
      gegevens: { zaakId, acuutOnveilig, voorwaardenNodig: rng.kans(0.45), minutenNaAanhouding: minuten },
    });
  }
  if (rng.kans(0.35)) {
    const adviesSoort = rng.gewogen([['3ro-advies', 0.6], ['hg-spreekuur', 0.25], ['rvdk-betrokkenheid', kinderen ? 0.3 : 0]] as const);
    const organisatieId = adviesSoort === 'rvdk-betrokkenheid' ? org.rvdk : rng.kies(org.reclassering);
    tl.ev(aangehouden + rng.exp(6 * UUR), organisatieId, { soort: 'zsm-advies', gegevens: { zaakId, adviesSoort, organisatieId } });
  }
  if (rng.kans(0.5)) {
    const punten = rng.int(3, 6);
    tl.ev(beslisOp - 20 * MIN, org.om, {
      soort: 'zsm-afdoeningsoverleg',
      gegevens: {
        zaakId,
        vtDeelname: vtBereikt ? rng.gewogen([['aan-tafel', 0.4], ['telefonisch', 0.4], ['video', 0.1], ['schriftelijke-overdracht', 0.1]] as const) : 'niet',
        afgevinkt: rng.int(1, punten),
        punten,
      },
    });
  }
  const beslissing = rng.gewogen([
    ['heenzenden', 0.25],
    ['voorgeleiden-rc', 0.15],
    ['om-hoorzitting', 0.1],
    ['dagvaarden', 0.15],
    ['strafbeschikking', 0.12],
    ['sepot', 0.13],
    ['nader-onderzoek', 0.1],
  ] as const);
  const vrijlating = beslissing === 'heenzenden' || beslissing === 'sepot';
  const voorwaarden =
    beslissing === 'voorgeleiden-rc' ? [] : (['contactverbod', 'locatieverbod', 'meldplicht', 'hulpverlening-reclassering'] as const).filter(() => rng.kans(vrijlating ? 0.3 : 0.2));
  const vtInformatieAanwezig = vtVoorBeslissing ? rng.kans(0.93) : rng.kans(0.08);
  const onveiligeVrijlating = vrijlating && voorwaarden.length === 0 && (acuutOnveilig || rng.kans(0.25));
  tl.ev(beslisOp, org.om, {
    soort: 'zsm-beslissing',
    gegevens: { zaakId, beslissing, voorwaarden: [...voorwaarden], vtInformatieAanwezig, onveiligeVrijlating, binnenTermijn: beslisOp <= uiterlijk },
  });
  if (rng.kans((vtInformatieAanwezig ? 0.8 : 0.55) + 0.1 * rijp)) {
    tl.ev(beslisOp + 10 * MIN + rng.exp(DAG), org.om, { soort: 'zsm-terugkoppeling', gegevens: { zaakId, organisatieIds: [vt] } });
  }
  return zaakId;
}

/** Tijdelijk huisverbod: considered, imposed (10 days), sometimes extended to 28 days, ended. */
function thv(tl: Tijdlijn, rng: Rng, org: Org, t0: number, zsmZaakId: string | null) {
  const thvId = rng.uuid();
  const t = t0 + 30 * MIN + rng.exp(3 * UUR);
  tl.ev(t, org.politie, { soort: 'thv-overwogen', gegevens: { thvId, vtGeraadpleegd: rng.kans(0.8) } });
  if (!rng.kans(0.6)) {
    tl.ev(t + rng.exp(2 * UUR), org.politie, { soort: 'thv-afgezien', gegevens: { thvId } });
    return;
  }
  const opgelegd = t + 30 * MIN + rng.exp(2 * UUR);
  let einde = opgelegd + 10 * DAG;
  tl.ev(opgelegd, org.politie, { soort: 'thv-opgelegd', gegevens: { thvId, opgelegdOp: iso(opgelegd), eindeOp: iso(einde), zsmZaakId } });
  if (rng.kans(0.1)) tl.ev(opgelegd + rng.int(1, 9) * DAG, org.politie, { soort: 'thv-overtreding', gegevens: { thvId, overtredingId: rng.uuid() } });
  if (rng.kans(0.45)) {
    einde = opgelegd + 28 * DAG;
    tl.ev(opgelegd + 9 * DAG, org.politie, { soort: 'thv-verlengd', gegevens: { thvId, eindeOp: iso(einde), dagenNaOpleggen: 9 } });
  }
  tl.ev(einde, org.politie, { soort: 'thv-beeindigd', gegevens: { thvId, dagenNaOpleggen: Math.round((einde - opgelegd) / DAG) } });
}

/** Actieoverleg: referral (36% by non-police partners), tabled or declined, discussed, agreements on time or late. */
function actieoverleg(tl: Tijdlijn, rng: Rng, org: Org, vt: string, t0: number, rijp: number) {
  const aanmeldingId = rng.uuid();
  const t = t0 + DAG + rng.exp(14 * DAG);
  const aanmelder = rng.kans(0.64)
    ? org.politie
    : (rng.gewogen([
        [vt, 0.45],
        [org.gemeente ?? vt, 0.3],
        [rng.kies(org.reclassering), 0.15],
        [org.rvdk, 0.1],
      ] as const) as string);
  tl.ev(t, aanmelder, {
    soort: 'aanmelding-ontvangen',
    gegevens: { aanmeldingId, aanmeldendeOrganisatieId: aanmelder, criteriaVoldaan: rng.kans(0.85), herhalingVanId: null, herhalingDagen: null },
  });
  const besluitOp = t + 2 * UUR + rng.exp(3 * DAG);
  const besluit = rng.gewogen([['agenderen', 0.8], ['afwijzen', 0.12], ['doorverwijzen', 0.08]] as const);
  if (besluit === 'afwijzen') {
    tl.ev(besluitOp, vt, { soort: 'aanmelding-afgewezen', gegevens: { aanmeldingId, herhaling: false } });
    return;
  }
  if (besluit === 'doorverwijzen') {
    tl.ev(besluitOp, vt, { soort: 'aanmelding-doorverwezen', gegevens: { aanmeldingId, partnerOrganisatieId: org.gemeente ?? org.rvdk } });
    return;
  }
  tl.ev(besluitOp, vt, { soort: 'aanmelding-geagendeerd', gegevens: { aanmeldingId, herhaling: false } });
  tl.ev(besluitOp + 1000, vt, { soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: rng.uuid(), moment: 'actieoverleg', redenen: ['aanmelding'] } });
  const overlegId = rng.uuid();
  const agendapuntId = rng.uuid();
  const begint = volgendOverleg(besluitOp);
  tl.ev(besluitOp + 2000, vt, { soort: 'agendapunt-gepland', gegevens: { overlegId, agendapuntId, agendapuntSoort: 'aanmelding', begintOp: iso(begint) } });
  for (const partner of [org.rvdk, ...org.reclassering]) {
    if (rng.kans(0.3)) tl.ev(besluitOp + 3000, vt, { soort: 'partner-uitgenodigd', gegevens: { overlegId, agendapuntId, organisatieId: partner } });
  }
  if (!rng.kans(0.95)) return;
  const besproken = begint + rng.int(10, 90) * MIN;
  const afspraken = rng.int(1, 4);
  const scenarios = rng.kans(0.5) ? rng.int(1, 2) : 0;
  tl.ev(besproken, vt, { soort: 'casus-besproken', gegevens: { overlegId, agendapuntId, aanmeldingId, afspraken, scenarios } });
  const eigenaren = [vt, org.politie, org.om, org.rvdk, ...org.reclassering];
  for (let i = 0; i < afspraken; i++) {
    const afspraakId = rng.uuid();
    const eigenaar = rng.kies(eigenaren);
    const deadline = besproken + rng.int(7, 42) * DAG;
    tl.ev(besproken + (i + 1) * 1000, vt, {
      soort: 'afspraak-gemaakt',
      gegevens: {
        afspraakId,
        afspraakSoort: rng.gewogen([['interventie', 0.4], ['monitoring', 0.3], ['informeren-betrokkenen', 0.2], ['overig', 0.1]] as const),
        eigenaarOrganisatieId: eigenaar,
        deadline: iso(deadline),
        overlegId,
      },
    });
    const opTijd = 0.55 + 0.2 * rijp;
    const afloop = rng.gewogen([['op-tijd', opTijd], ['te-laat', 0.14], ['verlopen', 1 - opTijd - 0.14]] as const);
    if (afloop === 'op-tijd') {
      tl.ev(deadline - rng.next() * (deadline - besproken - DAG), eigenaar, {
        soort: 'afspraak-afgesloten',
        gegevens: { afspraakId, status: rng.kans(0.92) ? 'gedaan' : 'niet-mogelijk', opTijd: true },
      });
      continue;
    }
    tl.ev(deadline + MIN, null, { soort: 'afspraak-verlopen', gegevens: { afspraakId, eigenaarOrganisatieId: eigenaar, deadline: iso(deadline) } });
    if (afloop === 'te-laat') {
      tl.ev(deadline + DAG + rng.exp(10 * DAG), eigenaar, { soort: 'afspraak-afgesloten', gegevens: { afspraakId, status: 'gedaan', opTijd: false } });
    } else if (rng.kans(0.6)) {
      tl.ev(volgendOverleg(deadline), vt, {
        soort: 'afspraak-beoordeeld',
        gegevens: { afspraakId, overlegId: rng.uuid(), reden: rng.gewogen([['omstandigheden-gewijzigd', 0.4], ['niet-opgepakt', 0.35], ['loopt-nog', 0.25]] as const) },
      });
    }
  }
  for (let i = 0; i < scenarios; i++) {
    const scenarioId = rng.uuid();
    const scenarioSoort = rng.gewogen([['zsm', 0.4], ['verzoek-onderzoek-raad', 0.2], ['tijdelijk-huisverbod', 0.3], ['overig', 0.1]] as const);
    const eigenaar = scenarioSoort === 'verzoek-onderzoek-raad' ? org.rvdk : scenarioSoort === 'zsm' ? org.om : org.politie;
    tl.ev(besproken + 10_000 + i * 1000, vt, { soort: 'scenario-vastgelegd', gegevens: { scenarioId, scenarioSoort, eigenaarOrganisatieId: eigenaar } });
    if (rng.kans(0.15)) {
      tl.ev(besproken + rng.int(3, 120) * DAG, eigenaar, {
        soort: 'scenario-geactiveerd',
        gegevens: { scenarioId, scenarioSoort, aanleiding: 'melding', meldingId: null, eigenaarOrganisatieId: eigenaar },
      });
    }
  }
}

/** Samenwerken bij strafbare kindermishandeling: triage, research plan, steps, medical request, choice, closed. */
function ssk(tl: Tijdlijn, rng: Rng, org: Org, vt: string, t0: number) {
  const trajectId = rng.uuid();
  let t = t0 + DAG + rng.exp(5 * DAG);
  tl.ev(t, vt, { soort: 'coordinatiemoment-geopend', gegevens: { coordinatiemomentId: rng.uuid(), moment: 'strafbare-kindermishandeling', redenen: ['vermoeden-strafbare-kindermishandeling'] } });
  tl.ev(t + 1000, vt, { soort: 'ssk-geopend', gegevens: { trajectId, anoniemGestart: rng.kans(0.2), partners: 3 } });
  t += rng.exp(DAG) + UUR;
  tl.ev(t, org.politie, { soort: 'ssk-triage', gegevens: { trajectId, organisatieId: org.politie, directActieNodig: rng.kans(0.25) } });
  if (rng.kans(0.7)) {
    t += rng.exp(2 * DAG) + UUR;
    tl.ev(t, vt, { soort: 'ssk-omgezet', gegevens: { trajectId, consultatieOp: iso(t), organisaties: 4 } });
  }
  const stappen = rng.int(3, 7);
  t += rng.exp(3 * DAG) + UUR;
  tl.ev(t, vt, { soort: 'ssk-onderzoeksplan-bevestigd', gegevens: { trajectId, stappen, overrides: rng.kans(0.15) ? 1 : 0, regels: [] } });
  let uitgevoerd = 0;
  for (let i = 0; i < stappen; i++) {
    if (!rng.kans(0.85)) continue;
    const [stapSoort, eigenaar] = rng.kies([
      ['vt-gesprek-ouders', vt],
      ['vt-gesprek-kind', vt],
      ['politie-verhoor-kind', org.politie],
      ['politie-onderzoek', org.politie],
      ['om-afstemming', org.om],
      ['rvdk-verzoek-onderzoek', org.rvdk],
    ] as const);
    t += rng.exp(4 * DAG) + UUR;
    uitgevoerd++;
    tl.ev(t, eigenaar, { soort: 'ssk-stap-uitgevoerd', gegevens: { trajectId, stapId: rng.uuid(), stapSoort, eigenaarOrganisatieId: eigenaar } });
  }
  if (org.medischExpert && rng.kans(0.4)) {
    const verzoekId = rng.uuid();
    tl.ev(t + UUR, vt, { soort: 'ssk-medisch-verzoek', gegevens: { trajectId, verzoekId, expert: 'fmek', expertOrganisatieId: org.medischExpert } });
    const uren = Math.round(2 + rng.exp(30));
    tl.ev(t + UUR + uren * UUR, org.medischExpert, {
      soort: 'ssk-medisch-uitkomst',
      gegevens: { trajectId, verzoekId, letselPastBijVerklaring: rng.kans(0.1) ? null : rng.kans(0.6), urenNaVerzoek: uren },
    });
    t += (uren + 2) * UUR;
  }
  t += rng.exp(5 * DAG) + UUR;
  tl.ev(t, vt, { soort: 'ssk-keuze', gegevens: { trajectId, keuze: rng.gewogen([['melding', 0.35], ['aangifte', 0.2], ['beide', 0.35], ['geen', 0.1]] as const) } });
  tl.ev(t + rng.exp(7 * DAG) + UUR, vt, { soort: 'ssk-afgesloten', gegevens: { trajectId, stappen, uitgevoerd } });
}
