-- Samenwerken bij strafbare kindermishandeling (HSSK; seed 003 §5): fixed contact persons with an escalation order,
-- the SSK track on a casus (or an anonymous consultation first), triage, the joint research plan with its
-- sequencing check, forensic injury assessment, and the choice between a melding and an aangifte.

-- The legal basis on which the partners take part in a casus with an SSK track.
insert into grondslagen (code, naam, wettelijke_basis, omschrijving) values
  ('SSK', 'Samenwerken bij strafbare kindermishandeling', 'Wpg art. 16 en 19; Wmo 2015 art. 5.2.4; Wjsg art. 39f; Handreiking Samenwerken bij strafbare kindermishandeling (HSSK)',
   'Gegevensdeling tussen Veilig Thuis, politie, OM en de Raad voor de Kinderbescherming bij een vermoeden van strafbare kindermishandeling, voor het afstemmen van onderzoekshandelingen en interventies in een gezamenlijk onderzoeksplan.')
on conflict (code) do nothing;

-- Contact persons for child abuse per organisation. Escalation order: the bureaudienst first (often 24/7), then the
-- fixed contact person (officer, behavioural scientist); volgorde orders the entries within one organisation.
create table km_contactpersonen (
  id uuid primary key default gen_random_uuid(),
  organisatie_id uuid not null references organisaties (id),
  niveau text not null check (niveau in ('bureaudienst', 'contactpersoon')),
  volgorde integer not null default 1 check (volgorde between 1 and 99),
  naam text not null check (length(trim(naam)) > 0),
  functie text not null default '',
  telefoon text not null check (length(trim(telefoon)) > 0),
  email text,
  altijd_bereikbaar boolean not null default false,
  bereikbaarheid text not null default '',
  actief boolean not null default true,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index km_contactpersonen_organisatie on km_contactpersonen (organisatie_id, niveau, volgorde) where actief;

-- An SSK track. It starts on a casus, or as an anonymous consultation (no casus, no persons) that is converted to a
-- named casus later; the consultation stays on the track.
create table ssk_trajecten (
  id uuid primary key default gen_random_uuid(),
  regio_id uuid not null references regios (id),
  casus_id uuid references casussen (id),
  anoniem_gestart boolean not null default false,
  -- What was asked in the (anonymous) consultation: facts only, no names.
  consultatie text not null default '',
  status text not null default 'triage' check (status in ('triage', 'onderzoeksplan', 'bevestigd', 'afgesloten')),
  geopend_op timestamptz not null default now(),
  geopend_door_organisatie_id uuid not null references organisaties (id),
  geopend_door_gebruiker_id uuid references gebruikers (id),
  -- Triage by the OM or the police bureaudienst: is direct action needed?
  triage_organisatie_id uuid references organisaties (id),
  triage_op timestamptz,
  direct_actie_nodig boolean,
  triage_toelichting text,
  omgezet_op timestamptz,
  -- The choice between a melding (at Veilig Thuis) and an aangifte (at the police), with its reason.
  keuze text check (keuze in ('melding', 'aangifte', 'beide', 'geen')),
  keuze_reden text,
  keuze_op timestamptz,
  onderzoeksplan_bevestigd_op timestamptz,
  onderzoeksplan_bevestigd_door_gebruiker_id uuid references gebruikers (id),
  afgesloten_op timestamptz,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (anoniem_gestart or casus_id is not null),
  check ((triage_op is null) = (direct_actie_nodig is null)),
  check ((keuze is null) = (keuze_reden is null))
);
create index ssk_trajecten_casus on ssk_trajecten (casus_id);
create index ssk_trajecten_regio on ssk_trajecten (regio_id, geopend_op);

-- Who takes part in a track before it has a casus (anonymous consultation): the opener and the consulted partners.
-- Once converted, access goes through the casus; these rows remain as the record of who was consulted.
create table ssk_traject_organisaties (
  traject_id uuid not null references ssk_trajecten (id),
  organisatie_id uuid not null references organisaties (id),
  rol text not null check (rol in ('opener', 'partner')),
  created_at timestamptz not null default now(),
  primary key (traject_id, organisatie_id)
);

-- The joint research plan: planned steps of VT, police, OM, RvdK and medical experts, each with an owner and a time.
create table ssk_onderzoeksstappen (
  id uuid primary key default gen_random_uuid(),
  traject_id uuid not null references ssk_trajecten (id),
  soort text not null check (soort in (
    'om-afstemming', 'vt-gesprek-ouders', 'vt-gesprek-kind', 'vt-huisbezoek', 'veiligheidsafspraken',
    'politie-verhoor-kind', 'politie-verhoor-verdachte', 'politie-aanhouding', 'politie-onderzoek',
    'medisch-letselonderzoek', 'rvdk-spoedmaatregel', 'rvdk-verzoek-onderzoek', 'overig'
  )),
  omschrijving text not null default '',
  eigenaar_organisatie_id uuid not null references organisaties (id),
  eigenaar_gebruiker_id uuid references gebruikers (id),
  gepland_op timestamptz not null,
  status text not null default 'gepland' check (status in ('gepland', 'uitgevoerd', 'vervallen')),
  uitgevoerd_op timestamptz,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'uitgevoerd') = (uitgevoerd_op is not null))
);
create index ssk_onderzoeksstappen_traject on ssk_onderzoeksstappen (traject_id, gepland_op);

-- Confirming the research plan: the check's violations at that moment, each overridden with a reason.
create table ssk_bevestigingen (
  id uuid primary key default gen_random_uuid(),
  traject_id uuid not null references ssk_trajecten (id),
  bevestigd_op timestamptz not null default now(),
  door_organisatie_id uuid not null references organisaties (id),
  door_gebruiker_id uuid references gebruikers (id),
  stappen integer not null,
  -- [{ regel, stapIds, reden }]: the sequencing rules broken on purpose, with why.
  overrides jsonb not null default '[]'
);
create index ssk_bevestigingen_traject on ssk_bevestigingen (traject_id, bevestigd_op);

-- Forensic injury assessment: a request to a medical expert (FMEK, LECK, or the vertrouwensarts of Veilig Thuis) and
-- its outcome. The expert's organisation sees this request and the child it concerns, nothing else of the track.
create table ssk_medische_verzoeken (
  id uuid primary key default gen_random_uuid(),
  traject_id uuid not null references ssk_trajecten (id),
  stap_id uuid references ssk_onderzoeksstappen (id),
  expert text not null check (expert in ('fmek', 'leck', 'vertrouwensarts')),
  expert_organisatie_id uuid not null references organisaties (id),
  persoon_id uuid references personen (id),
  vraag text not null check (length(trim(vraag)) > 0),
  aangevraagd_op timestamptz not null default now(),
  aangevraagd_door_organisatie_id uuid not null references organisaties (id),
  aangevraagd_door_gebruiker_id uuid references gebruikers (id),
  status text not null default 'aangevraagd' check (status in ('aangevraagd', 'uitgevoerd', 'geannuleerd')),
  onderzocht_op timestamptz,
  uitkomst text,
  letsel_past_bij_verklaring boolean,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'uitgevoerd') = (uitkomst is not null))
);
create index ssk_medische_verzoeken_traject on ssk_medische_verzoeken (traject_id);
create index ssk_medische_verzoeken_expert on ssk_medische_verzoeken (expert_organisatie_id, status);
