-- The shared case (de casus): persons and their relations, meldingen with the intake API's machine clients,
-- the casus with its participants (purpose and legal basis), information items, bevragingen,
-- coordination moments, the timeline and tasks. See GLOSSARY.md for the Dutch words.

-- Typo-tolerant name search: trigram similarity over a normalised name (lower case, no diacritics),
-- normalised by the application so PGlite and a server agree without unaccent dictionaries.
create extension if not exists pg_trgm;

-- ---------------------------------------------------------------------------------------------------
-- Persons (directbetrokkenen)
create table personen (
  id uuid primary key default gen_random_uuid(),
  voornamen text,
  tussenvoegsel text,
  achternaam text not null,
  geboortedatum date,
  geslacht text not null default 'onbekend' check (geslacht in ('man', 'vrouw', 'anders', 'onbekend')),
  -- The BSN is sealed with SECRET_KEY (AES-GCM); bsn_hash (keyed HMAC) finds it without decrypting.
  bsn_sealed text,
  bsn_hash text,
  -- Normalised "voornamen tussenvoegsel achternaam" for trigram search.
  zoeknaam text not null,
  telefoon text,
  e_mail text,
  -- Which organisation entered the person: sees the details before any casus holds them.
  aangemaakt_door_organisatie_id uuid not null references organisaties (id),
  aangemaakt_door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index personen_bsn_hash_key on personen (bsn_hash) where bsn_hash is not null;
create index personen_zoeknaam_trgm on personen using gin (zoeknaam gin_trgm_ops);
create index personen_geboortedatum on personen (geboortedatum);

-- "Not the same person": a confirmed decision when creating a person despite a likely match.
create table personen_niet_dezelfde (
  persoon_id uuid not null references personen (id),
  andere_persoon_id uuid not null references personen (id),
  bevestigd_door_gebruiker_id uuid references gebruikers (id),
  bevestigd_op timestamptz not null default now(),
  primary key (persoon_id, andere_persoon_id)
);

create table adressen (
  id uuid primary key default gen_random_uuid(),
  persoon_id uuid not null references personen (id),
  straat text not null,
  huisnummer text not null,
  huisnummer_toevoeging text,
  postcode text not null,
  woonplaats text not null,
  -- Normalised "postcode huisnummer toevoeging": people at the same address form a household.
  adres_sleutel text not null,
  geldig_van date,
  geldig_tot date,
  created_at timestamptz not null default now()
);
create index adressen_persoon on adressen (persoon_id);
create index adressen_sleutel on adressen (adres_sleutel);

-- Relations are stored once; 'ouder' reads "persoon is parent of gerelateerd_persoon".
create table relaties (
  id uuid primary key default gen_random_uuid(),
  persoon_id uuid not null references personen (id),
  gerelateerd_persoon_id uuid not null references personen (id),
  soort text not null check (soort in ('partner', 'ex-partner', 'ouder', 'huisgenoot')),
  geldig_van date,
  geldig_tot date,
  created_at timestamptz not null default now(),
  check (persoon_id <> gerelateerd_persoon_id),
  unique (persoon_id, gerelateerd_persoon_id, soort)
);
create index relaties_gerelateerd on relaties (gerelateerd_persoon_id);

-- ---------------------------------------------------------------------------------------------------
-- The casus
create table casussen (
  id uuid primary key default gen_random_uuid(),
  -- Human-readable reference, e.g. C-2026-000042; never contains personal data.
  nummer text not null unique,
  regio_id uuid not null references regios (id),
  status text not null default 'open' check (status in ('open', 'gesloten')),
  regie_organisatie_id uuid references organisaties (id),
  regie_gebruiker_id uuid references gebruikers (id),
  aangemaakt_door_organisatie_id uuid not null references organisaties (id),
  aangemaakt_door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  gesloten_op timestamptz
);
create sequence casus_nummer_seq;

create table casus_personen (
  casus_id uuid not null references casussen (id),
  persoon_id uuid not null references personen (id),
  rol text not null check (rol in ('slachtoffer', 'verdachte', 'pleger', 'kind', 'ouder', 'getuige', 'melder', 'betrokkene')),
  toegevoegd_op timestamptz not null default now(),
  primary key (casus_id, persoon_id)
);
create index casus_personen_persoon on casus_personen (persoon_id);

-- The register of legal bases the functional administrator maintains.
create table grondslagen (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  naam text not null,
  wettelijke_basis text not null,
  omschrijving text not null default '',
  actief boolean not null default true,
  versie integer not null default 1,
  created_at timestamptz not null default now()
);

-- Participation with purpose: only organisations with a running participation see the casus.
create table casus_deelnemers (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  organisatie_id uuid not null references organisaties (id),
  doel text not null,
  grondslag_id uuid not null references grondslagen (id),
  contactpersoon_gebruiker_id uuid references gebruikers (id),
  toegevoegd_door_gebruiker_id uuid references gebruikers (id),
  toegevoegd_door_organisatie_id uuid references organisaties (id),
  van timestamptz not null default now(),
  tot timestamptz,
  vertrokken_reden text
);
create unique index casus_deelnemers_actief on casus_deelnemers (casus_id, organisatie_id) where tot is null;
create index casus_deelnemers_organisatie on casus_deelnemers (organisatie_id) where tot is null;

-- What each partner shares, filtered by need-to-know on every read.
create table informatie_items (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  bron_organisatie_id uuid not null references organisaties (id),
  gedeeld_door_gebruiker_id uuid references gebruikers (id),
  categorie text not null,
  vertrouwelijkheid text not null default 'normaal' check (vertrouwelijkheid in ('normaal', 'vertrouwelijk', 'strikt-vertrouwelijk')),
  -- null: all participants; otherwise only these organisations (and the source).
  zichtbaar_voor uuid[],
  titel text not null,
  inhoud text not null,
  created_at timestamptz not null default now()
);
create index informatie_items_casus on informatie_items (casus_id, created_at);

-- Coordination moments opened on a casus (their workflows follow in their own domains).
create table coordinatiemomenten (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  soort text not null check (soort in ('samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling')),
  status text not null default 'geopend' check (status in ('geopend', 'afgerond')),
  redenen text[] not null default '{}',
  geopend_op timestamptz not null default now(),
  geopend_door_gebruiker_id uuid references gebruikers (id),
  geopend_door_organisatie_id uuid references organisaties (id),
  afgerond_op timestamptz
);
create unique index coordinatiemomenten_lopend on coordinatiemomenten (casus_id, soort) where status = 'geopend';

-- ---------------------------------------------------------------------------------------------------
-- Meldingen
-- Machine credentials for partner systems (CORV, meldkamer, ZSM systems), one set per organisation and system.
create table machine_clients (
  id uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisaties (id),
  naam text not null,
  client_id text not null unique,
  secret_hash text not null,
  actief boolean not null default true,
  created_at timestamptz not null default now(),
  last_used_at timestamptz
);

create table meldingen (
  id uuid primary key default gen_random_uuid(),
  -- The organisation that took the melding in (by hand or through its machine client).
  organisatie_id uuid not null references organisaties (id),
  regio_id uuid not null references regios (id),
  bron text not null check (bron in ('112-meldkamer', 'aangifte', 'zorgmelding-politie', 'vt-melding-professional', 'vt-melding-burger', 'zsm')),
  extern_bericht_id text,
  machine_client_id uuid references machine_clients (id),
  ontvangen_op timestamptz not null,
  incident_op timestamptz,
  geweldsvormen text[] not null default '{}',
  acute_onveiligheid boolean not null default false,
  wapens boolean not null default false,
  kinderen_aanwezig boolean not null default false,
  verdachte_aangehouden boolean not null default false,
  vermoeden_strafbare_kindermishandeling boolean not null default false,
  omschrijving text not null default '',
  casus_id uuid references casussen (id),
  -- Double intake: the secondary melding points at the one it was merged into; undo clears it.
  samengevoegd_in_id uuid references meldingen (id),
  -- Repeat: the earlier melding for the same pair or household within 12 months.
  herhaling_van_id uuid references meldingen (id),
  geregistreerd_door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now()
);
create unique index meldingen_extern_bericht on meldingen (organisatie_id, extern_bericht_id) where extern_bericht_id is not null;
create index meldingen_casus on meldingen (casus_id);
create index meldingen_organisatie on meldingen (organisatie_id, ontvangen_op desc);

create table melding_personen (
  melding_id uuid not null references meldingen (id),
  persoon_id uuid not null references personen (id),
  rol text not null check (rol in ('slachtoffer', 'verdachte', 'pleger', 'kind', 'getuige', 'melder')),
  primary key (melding_id, persoon_id, rol)
);
create index melding_personen_persoon on melding_personen (persoon_id);

-- Proposed and decided merges of two meldingen describing the same incident.
create table melding_samenvoegingen (
  id uuid primary key default gen_random_uuid(),
  primaire_melding_id uuid not null references meldingen (id),
  secundaire_melding_id uuid not null references meldingen (id),
  status text not null check (status in ('voorgesteld', 'samengevoegd', 'afgewezen', 'ongedaan')),
  score numeric not null default 0,
  redenen text[] not null default '{}',
  besloten_door_gebruiker_id uuid references gebruikers (id),
  besloten_op timestamptz,
  created_at timestamptz not null default now(),
  check (primaire_melding_id <> secundaire_melding_id)
);
create unique index melding_samenvoegingen_paar on melding_samenvoegingen (least(primaire_melding_id, secundaire_melding_id), greatest(primaire_melding_id, secundaire_melding_id));

-- ---------------------------------------------------------------------------------------------------
-- Bevraging: Veilig Thuis asks a partner whether the family, address or persons are known.
create table bevragingen (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  vragende_organisatie_id uuid not null references organisaties (id),
  gevraagde_organisatie_id uuid not null references organisaties (id),
  gesteld_door_gebruiker_id uuid references gebruikers (id),
  doel text not null,
  vraag text not null default '',
  persoon_ids uuid[] not null default '{}',
  adres text,
  gesteld_op timestamptz not null default now(),
  status text not null default 'open' check (status in ('open', 'beantwoord', 'ingetrokken')),
  vlaggen text[] not null default '{}',
  antwoord text,
  beantwoord_door_gebruiker_id uuid references gebruikers (id),
  beantwoord_op timestamptz,
  versie integer not null default 1
);
create index bevragingen_gevraagd on bevragingen (gevraagde_organisatie_id, status);
create index bevragingen_casus on bevragingen (casus_id);

-- ---------------------------------------------------------------------------------------------------
-- The timeline: every step on a casus as a typed, timestamped, countable event.
create table tijdlijn (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  soort text not null,
  -- When it happened (e.g. the incident time); geregistreerd_op is when it was recorded.
  op timestamptz not null,
  geregistreerd_op timestamptz not null default now(),
  gebruiker_id uuid references gebruikers (id),
  organisatie_id uuid references organisaties (id),
  -- null: every participant; otherwise only these organisations.
  zichtbaar_voor uuid[],
  gegevens jsonb not null default '{}'
);
create index tijdlijn_casus on tijdlijn (casus_id, op);
create index tijdlijn_soort on tijdlijn (soort, op);

-- ---------------------------------------------------------------------------------------------------
-- Tasks with deadlines, in the inbox of an organisation and optionally of one person.
create table taken (
  id uuid primary key default gen_random_uuid(),
  soort text not null,
  -- Makes creation idempotent, e.g. 'zorgmelding:<melding id>'.
  sleutel text not null unique,
  titel text not null,
  casus_id uuid references casussen (id),
  melding_id uuid references meldingen (id),
  organisatie_id uuid not null references organisaties (id),
  gebruiker_id uuid references gebruikers (id),
  deadline timestamptz not null,
  status text not null default 'open' check (status in ('open', 'afgerond', 'vervallen')),
  afgerond_op timestamptz,
  afgerond_door_gebruiker_id uuid references gebruikers (id),
  created_at timestamptz not null default now(),
  versie integer not null default 1
);
create index taken_organisatie_open on taken (organisatie_id, deadline) where status = 'open';
create index taken_gebruiker_open on taken (gebruiker_id, deadline) where status = 'open';
create index taken_casus on taken (casus_id);
