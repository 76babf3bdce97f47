-- Samen op in Acuut (seed 002, seed 003 §2) and the tijdelijk huisverbod: who to reach now (a roster per
-- organisation), the police's acute contact with Veilig Thuis and the joint safety assessment, the 24-hour follow-up
-- melding, and the THV with its deadlines.

-- The roster: who of Veilig Thuis's bereikbaarheidsdienst, a crisis team or the CIT can be reached when, and whether
-- someone can come on site in that shift.
create table acuut_diensten (
  id uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisaties (id),
  dienst text not null check (dienst in ('bereikbaarheidsdienst', 'crisisteam', 'cit')),
  gebruiker_id uuid references gebruikers (id),
  naam text not null check (length(trim(naam)) > 0),
  telefoon text not null check (length(trim(telefoon)) > 0),
  van timestamptz not null,
  tot timestamptz not null,
  ter_plaatse_mogelijk boolean not null default false,
  toelichting text not null default '',
  created_at timestamptz not null default now(),
  check (tot > van)
);
create index acuut_diensten_org_tijd on acuut_diensten (organisatie_id, van, tot);

-- The police's acute contact with Veilig Thuis: the call, when it was answered (or called back), how, who, and what
-- was discussed. `client_id` is the id the (phone) client generated for the entry: a resend is recorded once.
create table acuut_contacten (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  politie_organisatie_id uuid not null references organisaties (id),
  vt_organisatie_id uuid not null references organisaties (id),
  casus_id uuid references casussen (id),
  client_id text not null,
  gebeld_op timestamptz not null,
  opgenomen_op timestamptz,
  wijze text not null check (wijze in ('telefonisch', 'video', 'ter-plaatse')),
  politie_gebruiker_id uuid references gebruikers (id),
  vt_contactpersoon text not null default '',
  adres text not null default '',
  -- {eerdereMeldingen, lopendeAfspraken, afsprakenWijkagent, reclassering, ggz}: short texts, as discussed.
  besproken jsonb not null default '{}',
  -- The VT-melding afterwards that refers to this contact; expected within 24 hours.
  opvolg_melding_id uuid references meldingen (id),
  opvolging_verlopen_gemeld_op timestamptz,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (opgenomen_op is null or opgenomen_op >= gebeld_op),
  unique (politie_organisatie_id, client_id)
);
create index acuut_contacten_regio on acuut_contacten (regio_id, gebeld_op desc);
create index acuut_contacten_vt on acuut_contacten (vt_organisatie_id, gebeld_op desc);
create index acuut_contacten_opvolging on acuut_contacten (gebeld_op) where opvolg_melding_id is null and opvolging_verlopen_gemeld_op is null;

create table acuut_contact_personen (
  contact_id uuid not null references acuut_contacten (id),
  persoon_id uuid not null references personen (id),
  rol text not null,
  primary key (contact_id, persoon_id)
);

-- The joint safety assessment of police and Veilig Thuis, with the measures (codes of the intervention catalogue).
create table acuut_beoordelingen (
  contact_id uuid primary key references acuut_contacten (id),
  acuut_onveilig boolean not null,
  maatregelen text[] not null default '{}',
  wie_doet_wat text not null default '',
  -- Consulted where needed: 'om', '3ro', 'jeugdzorg-rvdk', 'ggz'.
  geconsulteerd text[] not null default '{}',
  beoordeeld_op timestamptz not null,
  door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  updated_at timestamptz not null default now()
);

-- The tijdelijk huisverbod: considered, imposed (10 days), the banned person's address within 24 hours, extended up to
-- at most 4 weeks after imposition, violations, ended.
create table thv (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  casus_id uuid not null references casussen (id),
  contact_id uuid references acuut_contacten (id),
  zsm_zaak_id uuid references zsm_zaken (id),
  uithuisgeplaatste_persoon_id uuid not null references personen (id),
  status text not null check (status in ('overwogen', 'afgezien', 'opgelegd', 'verlengd', 'beeindigd')),
  overwogen_op timestamptz not null default now(),
  vt_geraadpleegd boolean not null default false,
  afgezien_reden text,
  opgelegd_op timestamptz,
  opgelegd_door text,
  einde_op timestamptz,
  adres_geregistreerd_op timestamptz,
  verlengingsbesluit_op timestamptz,
  beeindigd_op timestamptz,
  geregistreerd_door_organisatie_id uuid not null references organisaties (id),
  geregistreerd_door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status in ('overwogen', 'afgezien')) = (opgelegd_op is null)),
  check (opgelegd_op is null or einde_op > opgelegd_op)
);
create index thv_casus on thv (casus_id);
create index thv_regio_lopend on thv (regio_id, einde_op) where status in ('opgelegd', 'verlengd');

create table thv_overtredingen (
  id uuid primary key default gen_random_uuid(),
  thv_id uuid not null references thv (id),
  op timestamptz not null,
  omschrijving text not null default '',
  melding_id uuid references meldingen (id),
  door_organisatie_id uuid not null references organisaties (id),
  created_at timestamptz not null default now()
);
create index thv_overtredingen_thv on thv_overtredingen (thv_id, op);
