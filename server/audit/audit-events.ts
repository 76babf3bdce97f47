/**
 * Every kind of audit entry, as one typed union: adding an action means adding it here,
 * so the log's vocabulary stays a closed, documented list.
 */
export type AuditOutcome = 'gelukt' | 'geweigerd' | 'mislukt';

/** Object types whose reads and writes are audited. Later domains (casus, melding, ...) extend this list. */
export type AuditObjectType =
  | 'gebruiker'
  | 'organisatie'
  | 'sessie'
  | 'audit-log'
  | 'persoon'
  | 'melding'
  | 'casus'
  | 'casus-deelnemer'
  | 'informatie-item'
  | 'bevraging'
  | 'tijdlijn'
  | 'taak'
  | 'grondslag'
  | 'machine-client'
  /** A referral to the Actieoverleg. */
  | 'aanmelding'
  /** The Actieoverleg's meetings: the series per region, a meeting, an agenda item, a partner's contribution to it. */
  | 'actieoverleg-reeks'
  | 'actieoverleg'
  | 'agendapunt'
  | 'agendapunt-bijdrage'
  /** Agreements (afspraken) of the Actieoverleg and their reviews at later meetings; scenarios for a next incident. */
  | 'afspraak'
  | 'afspraak-beoordeling'
  | 'scenario'
  /** The minutes of a meeting as generated for one receiving organisation. */
  | 'notulen'
  /** VT & ZSM: the ZSM case of an arrested suspect, a contact attempt with Veilig Thuis, a VT organisation's availability at ZSM. */
  | 'zsm-zaak'
  | 'zsm-vt-contact'
  | 'zsm-bereikbaarheid'
  /** VT & ZSM: the VT safety assessment, 3RO/RvdK input, the region's checklist, the afdoeningsoverleg, the OM decision. */
  | 'zsm-veiligheidsbeoordeling'
  | 'zsm-advies'
  | 'zsm-checklist'
  | 'zsm-afdoeningsoverleg'
  | 'zsm-beslissing'
  /** Samen op in Acuut: a roster shift, the police's acute contact with Veilig Thuis, their joint safety assessment. */
  | 'acuut-dienst'
  | 'acuut-contact'
  | 'acuut-beoordeling'
  /** The tijdelijk huisverbod on a casus and a violation of it. */
  | 'thv'
  | 'thv-overtreding'
  /** Strafbare kindermishandeling: contact persons, the SSK track, a step of its research plan, a medical request. */
  | 'km-contactpersoon'
  | 'ssk-traject'
  | 'ssk-onderzoeksstap'
  | 'ssk-medisch-verzoek'
  /** An entry of the intervention catalogue (no personal data; only the administrator's changes are audited). */
  | 'interventie'
  /** The safety plan of a casus (and its versions) and a monitoring check-in on one of its safety conditions. */
  | 'veiligheidsplan'
  | 'veiligheidsplan-checkin'
  /** A partner's periodic evaluation of an improvement action, and an organisation's registered effort on one. */
  | 'evaluatie'
  | 'inspanning'
  /** The regional network (RNZS): a member, a theme, the yearly work plan, a meeting, a learning case, a doubt case. */
  | 'rnzs-lid'
  | 'rnzs-thema'
  | 'rnzs-werkplan'
  | 'rnzs-bijeenkomst'
  | 'rnzs-leercasus'
  | 'rnzs-twijfelcasus'
  /** The network's own text in a section of the regional indicator report. */
  | 'rapport-tekst';

/** Standard purposes (doelbinding). An entry always names why the data was touched. */
export type AuditPurpose =
  | 'authenticatie'
  | 'gebruikersbeheer'
  | 'eigen-account'
  | 'organisatiebeheer'
  | 'toezicht-auditlog'
  /** Search before create: finding out whether a person is already known before registering them. */
  | 'registratie-zoeken'
  /** Working a casus: the purpose recorded with the organisation's participation applies. */
  | 'casusbehandeling'
  /** A partner system delivering a melding through the intake API. */
  | 'intake'
  /** Answering a bevraging about persons not (yet) shared with the asked organisation. */
  | 'bevraging'
  | 'grondslagbeheer'
  | 'koppelingbeheer'
  /** Maintaining the intervention catalogue of the safety plan. */
  | 'catalogusbeheer'
  /** The Actieoverleg: referring a casus, the chair's pre-consult and overview. */
  | 'actieoverleg'
  /** The indicators of quality and impact: partners' evaluations and registered effort that feed them. */
  | 'kwaliteitsmonitoring'
  /** The regional network's own work (members, themes, work plan, meetings, learning and doubt cases). */
  | 'netwerk';

interface Base {
  uitkomst: AuditOutcome;
  doel: AuditPurpose;
  /** Non-personal context only: reasons, counts, changed field names. */
  details?: Record<string, string | number | boolean | string[] | null>;
}

export type AuditEvent = Base &
  (
    | { actie: 'inloggen'; objectType: 'gebruiker'; objectId: string | null }
    | { actie: 'uitloggen' | 'uitloggen-overal'; objectType: 'sessie'; objectId: string }
    | { actie: 'organisatie-kiezen'; objectType: 'organisatie'; objectId: string }
    | {
        actie: 'tweede-factor-starten' | 'tweede-factor-bevestigen' | 'tweede-factor-resetten' | 'herstelcode-gebruiken';
        objectType: 'gebruiker';
        objectId: string;
      }
    | {
        actie:
          | 'lezen'
          | 'zoeken'
          | 'aanmaken'
          | 'wijzigen'
          | 'deactiveren'
          | 'verwijderen'
          | 'exporteren'
          | 'verifieren'
          | 'koppelen'
          | 'samenvoegen'
          | 'samenvoegen-ongedaan'
          | 'toevoegen'
          | 'vertrekken'
          | 'delen'
          | 'beantwoorden'
          | 'intrekken'
          | 'bevestigen'
          | 'afronden'
          | 'indienen'
          | 'besluiten';
        objectType: AuditObjectType;
        objectId: string | null;
      }
  );

/** Who acted: taken from the access context, or given explicitly before one exists (login). */
export interface AuditActor {
  gebruikerId: string | null;
  organisatieId: string | null;
  rollen: readonly string[];
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { gebruikerId: null, organisatieId: null, rollen: ['systeem'], requestId: null };
