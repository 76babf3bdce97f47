-- The Actieoverleg, second slice (seed 004): the regional meeting series with its members, the meetings with their
-- agenda, attendance and the three steps per agenda item, agreements (afspraken) that are followed up until done,
-- scenarios that stay on the casus, and the delivery of minutes per receiving organisation.

-- The legal basis on which the meeting's partners take part in a tabled casus.
insert into grondslagen (code, naam, wettelijke_basis, omschrijving) values
  ('ACTIEOVERLEG', 'Actieoverleg: gezamenlijke aanpak', 'Wpg art. 20; Wmo 2015 art. 5.2.4; Wjsg art. 39f; convenant Actieoverleg',
   'Gegevensdeling tussen Veilig Thuis, politie, OM en de op afroep uitgenodigde partners (Raad voor de Kinderbescherming, reclassering) over casussen die in het Actieoverleg zijn geagendeerd, voor zover nodig voor de gerichte acties voor veiligheid.')
on conflict (code) do nothing;

-- One recurring series per region: weekly, by default on Thursday afternoon.
create table actieoverleg_reeksen (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null unique references regios (id),
  -- ISO weekday: 1 = Monday … 7 = Sunday.
  weekdag smallint not null default 4 check (weekdag between 1 and 7),
  begintijd time not null default '13:30',
  duur_minuten integer not null default 180 check (duur_minuten between 30 and 600),
  locatie text not null default '',
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Members: fixed members with mandate (VT, politie, OM) and partners on call (RvdK, reclassering), per organisation.
create table actieoverleg_leden (
  id uuid primary key default gen_random_uuid(),
  reeks_id uuid not null references actieoverleg_reeksen (id),
  organisatie_id uuid not null references organisaties (id),
  soort text not null check (soort in ('vast', 'op-afroep')),
  -- The person who attends for the organisation, and the mandate they bring.
  vertegenwoordiger_gebruiker_id uuid references gebruikers (id),
  mandaat text not null default '',
  van timestamptz not null default now(),
  tot timestamptz
);
create unique index actieoverleg_leden_actief on actieoverleg_leden (reeks_id, organisatie_id) where tot is null;

create table actieoverleggen (
  id uuid primary key default gen_random_uuid(),
  reeks_id uuid not null references actieoverleg_reeksen (id),
  regio_id uuid not null references regios (id),
  begint_op timestamptz not null,
  eindigt_op timestamptz not null,
  locatie text not null default '',
  status text not null default 'gepland' check (status in ('gepland', 'gestart', 'afgerond', 'geannuleerd')),
  gestart_op timestamptz,
  afgerond_op timestamptz,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (eindigt_op > begint_op)
);
create unique index actieoverleggen_tijd on actieoverleggen (reeks_id, begint_op) where status <> 'geannuleerd';
create index actieoverleggen_regio on actieoverleggen (regio_id, begint_op);

-- Attendance: present (with or without mandate) or apologies, per person.
create table actieoverleg_aanwezigheid (
  overleg_id uuid not null references actieoverleggen (id),
  gebruiker_id uuid not null references gebruikers (id),
  organisatie_id uuid not null references organisaties (id),
  status text not null check (status in ('aanwezig', 'afgemeld')),
  met_mandaat boolean not null default false,
  primary key (overleg_id, gebruiker_id)
);

-- An agenda item: a tabled referral or a follow-up of a casus with incomplete agreements; the three steps of seed 004.
create table agendapunten (
  id uuid primary key default gen_random_uuid(),
  overleg_id uuid not null references actieoverleggen (id),
  casus_id uuid not null references casussen (id),
  aanmelding_id uuid references aanmeldingen (id),
  soort text not null check (soort in ('aanmelding', 'vervolg')),
  volgorde integer not null,
  status text not null default 'gepland' check (status in ('gepland', 'besproken', 'doorgeschoven')),
  -- Step 1: biggest worry, direct safety already in place, dangers and complicating factors.
  grootste_zorg text not null default '',
  directe_veiligheid text not null default '',
  gevaren text not null default '',
  complicerende_factoren text not null default '',
  -- Step 2 (the interventions themselves are afspraken): how the partners' actions reinforce or cross each other.
  samenhang text not null default '',
  -- Step 3: regie on safety, monitoring, information to the persons involved, parties to inform.
  regie_organisatie_id uuid references organisaties (id),
  regie_gebruiker_id uuid references gebruikers (id),
  regie_toelichting text not null default '',
  monitoring text not null default '',
  informatie_betrokkenen text not null default '',
  te_informeren_partijen text not null default '',
  besproken_op timestamptz,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index agendapunten_casus on agendapunten (overleg_id, casus_id);
create unique index agendapunten_aanmelding on agendapunten (aanmelding_id) where aanmelding_id is not null and status <> 'doorgeschoven';
create index agendapunten_casus_tijd on agendapunten (casus_id, created_at);

-- Partners on call invited per agenda item; only these items are theirs to see.
create table agendapunt_uitnodigingen (
  agendapunt_id uuid not null references agendapunten (id),
  organisatie_id uuid not null references organisaties (id),
  uitgenodigd_door_gebruiker_id uuid references gebruikers (id),
  uitgenodigd_op timestamptz not null default now(),
  primary key (agendapunt_id, organisatie_id)
);

-- What each partner brings to an item before the meeting (seed 004, "Delen en duiden van informatie").
create table agendapunt_bijdragen (
  id uuid primary key default gen_random_uuid(),
  agendapunt_id uuid not null references agendapunten (id),
  organisatie_id uuid not null references organisaties (id),
  gebruiker_id uuid references gebruikers (id),
  inhoud text not null,
  -- Need-to-know within the item: null = everyone at this item, else only these organisations (and the author's).
  zichtbaar_voor uuid[],
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (agendapunt_id, organisatie_id)
);

-- Agreements: what, who (organisation and person), when; followed up until done.
create table afspraken (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  agendapunt_id uuid references agendapunten (id),
  soort text not null default 'interventie' check (soort in ('interventie', 'monitoring', 'informeren-betrokkenen', 'overig')),
  wat text not null check (length(trim(wat)) > 0),
  eigenaar_organisatie_id uuid not null references organisaties (id),
  eigenaar_gebruiker_id uuid references gebruikers (id),
  deadline date not null,
  status text not null default 'open' check (status in ('open', 'gedaan', 'niet-mogelijk', 'niet-gedaan')),
  toelichting text not null default '',
  afgesloten_op timestamptz,
  afgesloten_door_gebruiker_id uuid references gebruikers (id),
  -- Set once when the agreement is first seen overdue, so the timeline counts it once.
  verlopen_gemeld_op timestamptz,
  gemaakt_door_gebruiker_id uuid references gebruikers (id),
  gemaakt_door_organisatie_id uuid references organisaties (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'open') = (afgesloten_op is null))
);
create index afspraken_casus on afspraken (casus_id, created_at);
create index afspraken_eigenaar_open on afspraken (eigenaar_organisatie_id, deadline) where status = 'open';
create index afspraken_agendapunt on afspraken (agendapunt_id);

-- At each later meeting every incomplete agreement is reviewed: why is it not done?
create table afspraak_beoordelingen (
  id uuid primary key default gen_random_uuid(),
  afspraak_id uuid not null references afspraken (id),
  overleg_id uuid not null references actieoverleggen (id),
  reden text not null check (reden in ('omstandigheden-gewijzigd', 'niet-opgepakt', 'loopt-nog')),
  toelichting text not null default '',
  door_gebruiker_id uuid references gebruikers (id),
  created_at timestamptz not null default now(),
  unique (afspraak_id, overleg_id)
);

-- Scenarios for a next incident or broken conditions; they stay on the casus until withdrawn.
create table scenarios (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  agendapunt_id uuid references agendapunten (id),
  soort text not null check (soort in ('zsm', 'verzoek-onderzoek-raad', 'tijdelijk-huisverbod', 'overig')),
  wat text not null check (length(trim(wat)) > 0),
  eigenaar_organisatie_id uuid not null references organisaties (id),
  eigenaar_gebruiker_id uuid references gebruikers (id),
  actief boolean not null default true,
  gemaakt_door_gebruiker_id uuid references gebruikers (id),
  gemaakt_door_organisatie_id uuid references organisaties (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index scenarios_casus_actief on scenarios (casus_id) where actief;

-- Each time someone touches the casus or its persons while a scenario is active: what touched it, and when.
create table scenario_activeringen (
  id uuid primary key default gen_random_uuid(),
  scenario_id uuid not null references scenarios (id),
  aanleiding text not null check (aanleiding in ('melding', 'zsm-intake', 'acuut-contact')),
  melding_id uuid references meldingen (id),
  door_organisatie_id uuid references organisaties (id),
  created_at timestamptz not null default now(),
  unique (scenario_id, melding_id)
);
create index scenario_activeringen_melding on scenario_activeringen (melding_id);

-- Minutes are generated from the structured record per receiving organisation; this records their delivery.
create table notulen_verzendingen (
  id uuid primary key default gen_random_uuid(),
  overleg_id uuid not null references actieoverleggen (id),
  organisatie_id uuid not null references organisaties (id),
  beschikbaar_op timestamptz not null default now(),
  gemaild_op timestamptz,
  mail_ontvangers integer not null default 0,
  unique (overleg_id, organisatie_id)
);
