-- Indicators of quality and impact (seed 003, appendix "Overzicht indicatoren"), the partners' evaluations and
-- registered effort that feed the qualitative ones, the regional report's own texts, and the regional network
-- Zorg en Straf (RNZS). See GLOSSARY.md for the Dutch words.

-- ---------------------------------------------------------------------------------------------------
-- Measurements derived from each casus's timeline by the pure rules in server/indicatoren. They are recomputed
-- for a casus in the same transaction as every event on it, so the dashboard always matches the timeline.
-- They hold no person and no free text: an indicator id, where and when, about which organisation, a number.
create table indicator_metingen (
  casus_id uuid not null references casussen (id),
  regio_id uuid not null references regios (id),
  indicator text not null,
  -- The organisation the measurement is about (the referring one, the one that acted); null when none.
  organisatie_id uuid references organisaties (id),
  op timestamptz not null,
  -- 1/0 for yes-no measurements, minutes or days for durations, a count otherwise.
  waarde double precision not null,
  -- A breakdown within the indicator, e.g. 'werkdag' / 'weekend'.
  kenmerk text
);
create index indicator_metingen_regio_op on indicator_metingen (regio_id, op);
create index indicator_metingen_casus on indicator_metingen (casus_id);

-- ---------------------------------------------------------------------------------------------------
-- A partner's periodic evaluation of an improvement action (one per person, action and year), e.g. the yearly
-- grade the Actieoverleg partners give and statements on trust, a complete picture and craftsmanship.
create table evaluaties (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  verbeteractie text not null check (verbeteractie in ('samenhang', 'samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling')),
  jaar integer not null check (jaar between 2000 and 2100),
  organisatie_id uuid not null references organisaties (id),
  gebruiker_id uuid not null references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (regio_id, verbeteractie, jaar, gebruiker_id)
);
create index evaluaties_regio_jaar on evaluaties (regio_id, jaar);

create table evaluatie_antwoorden (
  evaluatie_id uuid not null references evaluaties (id) on delete cascade,
  vraag text not null,
  -- On the question's scale (grade 1-10, statement 1-5); the rules check the scale, this only the type.
  waarde numeric,
  primary key (evaluatie_id, vraag)
);

-- Registered effort per organisation and improvement action: trainings, agreements, a project leader, hours,
-- adapted work processes, and whether the action brought more or less work.
create table inspanningen (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  organisatie_id uuid not null references organisaties (id),
  verbeteractie text not null check (verbeteractie in ('samenhang', 'samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling')),
  soort text not null,
  datum date not null,
  uren numeric check (uren is null or uren >= 0),
  deelnemers integer check (deelnemers is null or deelnemers >= 0),
  werklast text check (werklast in ('meer', 'minder', 'gelijk')),
  omschrijving text not null default '',
  geregistreerd_door uuid not null references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index inspanningen_regio_datum on inspanningen (regio_id, datum);

-- The network's own text in the regional report, per region, period and section.
create table rapport_teksten (
  regio_id uuid not null references regios (id),
  van date not null,
  tot date not null,
  sectie text not null,
  tekst text not null,
  versie integer not null default 1,
  gewijzigd_door uuid references gebruikers (id),
  updated_at timestamptz not null default now(),
  primary key (regio_id, van, tot, sectie)
);

-- ---------------------------------------------------------------------------------------------------
-- The regional network Zorg en Straf: members per organisation with a chair, themes with theme leads, a yearly
-- work plan, meetings with agenda and notes, anonymised learning cases, doubt cases for finding norms.
create table rnzs_leden (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  gebruiker_id uuid not null references gebruikers (id),
  organisatie_id uuid not null references organisaties (id),
  voorzitter boolean not null default false,
  actief boolean not null default true,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (regio_id, gebruiker_id, organisatie_id)
);
create unique index rnzs_een_voorzitter on rnzs_leden (regio_id) where voorzitter and actief;

create table rnzs_themas (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  naam text not null check (length(trim(naam)) > 0),
  -- One of the four moments, or null for the network's own theme (e.g. ex-partner stalking).
  verbeteractie text check (verbeteractie in ('samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling')),
  trekker_lid_id uuid references rnzs_leden (id),
  actief boolean not null default true,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (regio_id, naam)
);

create table rnzs_werkplannen (
  regio_id uuid not null references regios (id),
  jaar integer not null check (jaar between 2000 and 2100),
  -- Goals and actions per theme: [{ themaId, doel, acties: [{ omschrijving, gereedOp, status }] }].
  inhoud jsonb not null default '[]',
  vastgesteld_op timestamptz,
  versie integer not null default 1,
  gewijzigd_door uuid references gebruikers (id),
  updated_at timestamptz not null default now(),
  primary key (regio_id, jaar)
);

create table rnzs_bijeenkomsten (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  begint_op timestamptz not null,
  -- [{ onderwerp, themaId?, leercasusId?, twijfelcasusId? }]
  agenda jsonb not null default '[]',
  notulen text not null default '',
  status text not null default 'gepland' check (status in ('gepland', 'gehouden', 'geannuleerd')),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index rnzs_bijeenkomsten_regio on rnzs_bijeenkomsten (regio_id, begint_op);

-- A closed casus as learning material: only an anonymised profile (moments, durations, counts) and the
-- network's lessons; the source casus is kept to prevent doubles, never shown.
create table rnzs_leercasussen (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  bron_casus_id uuid references casussen (id),
  titel text not null check (length(trim(titel)) > 0),
  profiel jsonb not null,
  lessen text not null default '',
  thema_id uuid references rnzs_themas (id),
  aangedragen_door uuid not null references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (regio_id, bron_casus_id)
);

-- "Twijfel-casussen": situations where partners doubted what to do, collected to find shared norms.
create table rnzs_twijfelcasussen (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  verbeteractie text check (verbeteractie in ('samenhang', 'samen-op-in-acuut', 'actieoverleg', 'vt-zsm', 'strafbare-kindermishandeling')),
  vraag text not null check (length(trim(vraag)) > 0),
  situatie text not null default '',
  norm text,
  status text not null default 'open' check (status in ('open', 'norm-gevonden')),
  aangedragen_door uuid not null references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
