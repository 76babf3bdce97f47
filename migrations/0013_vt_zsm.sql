-- Aanpak huiselijk geweld door Veilig Thuis & ZSM (seed 003 §4, seed 001): the ZSM case of an arrested
-- domestic-violence suspect with its decision clock, Veilig Thuis's availability at ZSM and its contact with the case,
-- the safety assessment, 3RO and RvdK input, the afdoeningsoverleg with its checklist, and the prosecutor's decision.

-- The legal basis on which the ZSM partners and Veilig Thuis take part in a ZSM case.
insert into grondslagen (code, naam, wettelijke_basis, omschrijving) values
  ('ZSM', 'ZSM: afstemming over een aangehouden verdachte', 'Wpg art. 16 en 19; Wjsg art. 39f; Wmo 2015 art. 5.2.4 (Veilig Thuis als partner op ZSM)',
   'Gegevensdeling tussen politie, OM, reclassering, Raad voor de Kinderbescherming en Veilig Thuis over een aangehouden verdachte van huiselijk geweld, voor de afdoeningsbeslissing en de veiligheid van slachtoffers en kinderen.')
on conflict (code) do nothing;

create table zsm_zaken (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  casus_id uuid not null references casussen (id),
  -- The melding of this intake (bron 'zsm'), so repeat, double intake (later CORV report) and scenarios work as for any melding.
  melding_id uuid not null references meldingen (id),
  politie_organisatie_id uuid not null references organisaties (id),
  -- Idempotent intake from a police system: the same message id of the same organisation is the same case.
  extern_bericht_id text,
  verdachte_persoon_id uuid not null references personen (id),
  verdachte_minderjarig boolean not null default false,
  aangehouden_op timestamptz not null,
  feit text not null check (length(trim(feit)) > 0),
  voorlopige_hechtenis_mogelijk boolean not null,
  huiselijk_geweld boolean not null default true,
  ex_partner boolean not null default false,
  kinderen_betrokken boolean not null default false,
  -- The clock: the deadline of the prosecutor's first decision (ophouden voor onderzoek), computed at intake.
  beslissen_uiterlijk timestamptz not null,
  -- The Veilig Thuis organisation for this case (null until chosen).
  vt_organisatie_id uuid references organisaties (id),
  status text not null default 'lopend' check (status in ('lopend', 'beslist')),
  afdoeningsoverleg_op timestamptz,
  -- Set when the case is decided without Veilig Thuis having been reached: the gap is counted.
  zonder_vt_contact boolean not null default false,
  aangemaakt_door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index zsm_zaken_extern on zsm_zaken (politie_organisatie_id, extern_bericht_id) where extern_bericht_id is not null;
create index zsm_zaken_regio_lopend on zsm_zaken (regio_id, beslissen_uiterlijk) where status = 'lopend';
create index zsm_zaken_casus on zsm_zaken (casus_id);
create index zsm_zaken_vt on zsm_zaken (vt_organisatie_id, status);

-- Veilig Thuis at ZSM, per VT organisation and weekday: at the table, by phone, or the on-call service.
create table zsm_vt_bereikbaarheid (
  id uuid primary key default gen_random_uuid(),
  vt_organisatie_id uuid not null references organisaties (id),
  -- ISO weekday: 1 = Monday … 7 = Sunday.
  weekdag smallint not null check (weekdag between 1 and 7),
  van time not null,
  tot time not null,
  wijze text not null check (wijze in ('aan-tafel', 'telefonisch', 'bereikbaarheidsdienst')),
  telefoon text not null default '',
  toelichting text not null default '',
  check (tot > van)
);
create index zsm_vt_bereikbaarheid_org on zsm_vt_bereikbaarheid (vt_organisatie_id, weekdag, van);

-- Each attempt to reach Veilig Thuis for a case, reached or not: the time to contact and the gaps are counted.
create table zsm_vt_contacten (
  id uuid primary key default gen_random_uuid(),
  zaak_id uuid not null references zsm_zaken (id),
  vt_organisatie_id uuid references organisaties (id),
  wijze text not null check (wijze in ('aan-tafel', 'telefonisch', 'video', 'bereikbaarheidsdienst')),
  bereikt boolean not null,
  toelichting text not null default '',
  door_gebruiker_id uuid references gebruikers (id),
  door_organisatie_id uuid not null references organisaties (id),
  op timestamptz not null default now()
);
create index zsm_vt_contacten_zaak on zsm_vt_contacten (zaak_id, op);

-- The Veilig Thuis safety assessment for the case, with the written hand-over when VT cannot join the afdoeningsoverleg.
create table zsm_veiligheidsbeoordelingen (
  id uuid primary key default gen_random_uuid(),
  zaak_id uuid not null unique references zsm_zaken (id),
  vt_organisatie_id uuid not null references organisaties (id),
  acuut_onveilig boolean not null,
  veiligheidsvoorwaarden_nodig boolean not null,
  -- e.g. contactverbod, locatieverbod: what Veilig Thuis advises as conditions.
  geadviseerde_voorwaarden text[] not null default '{}',
  context text not null default '',
  overdracht text not null default '',
  door_gebruiker_id uuid references gebruikers (id),
  vastgesteld_op timestamptz not null default now(),
  versie integer not null default 1,
  updated_at timestamptz not null default now()
);

-- 3RO advice (also the domestic-violence consultation hour when an adult suspect is sent home) and RvdK involvement.
create table zsm_adviezen (
  id uuid primary key default gen_random_uuid(),
  zaak_id uuid not null references zsm_zaken (id),
  organisatie_id uuid not null references organisaties (id),
  soort text not null check (soort in ('3ro-advies', 'hg-spreekuur', 'rvdk-betrokkenheid')),
  inhoud text not null check (length(trim(inhoud)) > 0),
  door_gebruiker_id uuid references gebruikers (id),
  op timestamptz not null default now()
);
create index zsm_adviezen_zaak on zsm_adviezen (zaak_id, op);

-- The region's checklist of attention points for the afdoeningsoverleg in domestic-violence and ex-partner cases.
create table zsm_checklistpunten (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  tekst text not null check (length(trim(tekst)) > 0),
  volgorde integer not null,
  actief boolean not null default true,
  created_at timestamptz not null default now()
);
create index zsm_checklistpunten_regio on zsm_checklistpunten (regio_id, volgorde);

create table zsm_afdoeningsoverleggen (
  zaak_id uuid primary key references zsm_zaken (id),
  gepland_op timestamptz,
  vt_deelname text check (vt_deelname in ('aan-tafel', 'telefonisch', 'video', 'schriftelijke-overdracht', 'niet')),
  -- [{puntId, tekst, afgevinkt, toelichting}]: the checklist as it was at the time.
  checklist jsonb not null default '[]',
  gehouden_op timestamptz,
  versie integer not null default 1,
  updated_at timestamptz not null default now()
);

-- The prosecutor's decision, gated on the Veilig Thuis information.
create table zsm_beslissingen (
  id uuid primary key default gen_random_uuid(),
  zaak_id uuid not null unique references zsm_zaken (id),
  soort text not null check (soort in ('heenzenden', 'voorgeleiden-rc', 'om-hoorzitting', 'dagvaarden', 'strafbeschikking', 'sepot', 'nader-onderzoek')),
  voorwaarden text[] not null default '{}',
  toelichting text not null default '',
  -- Whether the Veilig Thuis assessment was in when deciding; if not, why the decision could not wait.
  vt_informatie_aanwezig boolean not null,
  zonder_vt_informatie_reden text,
  -- Release without safety measures after VT assessed acute unsafety: confirmed with a reason, and flagged.
  onveilige_vrijlating boolean not null default false,
  onveilige_vrijlating_reden text,
  beslist_door_gebruiker_id uuid references gebruikers (id),
  beslist_door_organisatie_id uuid not null references organisaties (id),
  beslist_op timestamptz not null default now(),
  check (vt_informatie_aanwezig or zonder_vt_informatie_reden is not null),
  check (not onveilige_vrijlating or onveilige_vrijlating_reden is not null)
);
