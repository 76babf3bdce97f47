-- The Actieoverleg, first slice: the referral (aanmelding) with the form of seed 003 §3.1 and seed 004, the criteria
-- result, the repeat flag and the chair's pre-consult decision. Meetings, agenda items and agreements follow in
-- their own tables; 'besproken' is already a status so the meeting can close a referral without a new constraint.
create table aanmeldingen (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null references casussen (id),
  regio_id uuid not null references regios (id),
  aanmeldende_organisatie_id uuid not null references organisaties (id),
  aangemeld_door_gebruiker_id uuid references gebruikers (id),
  status text not null default 'concept'
    check (status in ('concept', 'ingediend', 'geagendeerd', 'afgewezen', 'direct-contact', 'besproken')),
  -- The form: short factual description in separate parts, care involved, OTS and RvdK per child, the question.
  omschrijving text not null default '',
  krachten text not null default '',
  politie_justitie text not null default '',
  eerder_bekend text not null default '',
  wat_maakt_het_moeilijk text not null default '',
  betrokken_hulpverlening text not null default '',
  -- {ots: boolean, kinderen: [{persoonId, gezinsvoogd, eindeMaatregel}]}
  ots jsonb not null default '{"ots": false, "kinderen": []}',
  -- {betrokken: boolean, kinderen: [{persoonId, soortOnderzoek}]}
  raad_betrokken jsonb not null default '{"betrokken": false, "kinderen": []}',
  vraag text not null default '',
  vraag_relevant_voor text[] not null default '{}',
  vraag_gericht_op text check (vraag_gericht_op in ('acties', 'evaluatie', 'alleen-zorgen')),
  inhoudelijke_factoren text[] not null default '{}',
  sbb_overwegen boolean not null default false,
  -- {geinformeerd: true, reactie} | {geinformeerd: false, wanneer}; null while not answered
  betrokkenen_geinformeerd jsonb,
  relevante_antecedenten text not null default '',
  -- The criteria check as last computed (the whole result, and whether both criteria are met, for counting).
  criteria jsonb not null,
  criteria_voldaan boolean not null,
  -- Repeat: the earlier tabled referral of the same casus or a shared person within 12 months.
  herhaling_van_id uuid references aanmeldingen (id),
  herhaling_dagen integer,
  ingediend_op timestamptz,
  -- The chair's pre-consult.
  besluit text check (besluit in ('agenderen', 'afwijzen', 'direct-contact')),
  besluit_reden text,
  besluit_partner_organisatie_id uuid references organisaties (id),
  besloten_door_gebruiker_id uuid references gebruikers (id),
  besloten_door_organisatie_id uuid references organisaties (id),
  besloten_op timestamptz,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((besluit is null) = (besloten_op is null)),
  check (besluit is distinct from 'direct-contact' or besluit_partner_organisatie_id is not null)
);
-- One running referral per casus (concept, ingediend, geagendeerd): a second one is refused with a pointer.
create unique index aanmeldingen_lopend on aanmeldingen (casus_id) where status in ('concept', 'ingediend', 'geagendeerd');
create index aanmeldingen_regio_status on aanmeldingen (regio_id, status, ingediend_op);
create index aanmeldingen_organisatie on aanmeldingen (aanmeldende_organisatie_id, created_at desc);
create index aanmeldingen_casus on aanmeldingen (casus_id);
