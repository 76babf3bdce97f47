-- Foundation: regions, organisations, users with memberships and roles, sessions, login throttling,
-- the hash-chained audit log and the jobs table.
-- Domain words are Dutch (the users' words), technical words English; see GLOSSARY.md.

create table regios (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  naam text not null,
  created_at timestamptz not null default now()
);

create table organisaties (
  id uuid primary key default gen_random_uuid(),
  naam text not null,
  soort text not null check (soort in (
    'veilig-thuis', 'politie', 'openbaar-ministerie', 'raad-voor-de-kinderbescherming',
    'reclassering', 'crisis-interventie-team', 'gemeente', 'slachtofferhulp', 'halt', 'medisch-expert'
  )),
  regio_id uuid not null references regios (id),
  actief boolean not null default true,
  created_at timestamptz not null default now(),
  unique (regio_id, naam)
);

create table gebruikers (
  id uuid primary key default gen_random_uuid(),
  gebruikersnaam text not null,
  naam text not null,
  e_mail text,
  password_hash text not null,
  -- AES-256-GCM encrypted with SECRET_KEY; null until enrolment starts.
  totp_secret text,
  totp_confirmed_at timestamptz,
  -- The last accepted 30-second step: a code is never accepted twice.
  totp_last_step bigint,
  demo boolean not null default false,
  actief boolean not null default true,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index gebruikers_gebruikersnaam_key on gebruikers (lower(gebruikersnaam));

create table lidmaatschappen (
  gebruiker_id uuid not null references gebruikers (id),
  organisatie_id uuid not null references organisaties (id),
  rollen text[] not null check (cardinality(rollen) > 0),
  -- Deactivation is per organisation: a person may still work for another one.
  actief boolean not null default true,
  created_at timestamptz not null default now(),
  primary key (gebruiker_id, organisatie_id)
);
create index lidmaatschappen_organisatie on lidmaatschappen (organisatie_id);

create table recovery_codes (
  gebruiker_id uuid not null references gebruikers (id),
  code_hash text not null,
  used_at timestamptz,
  primary key (gebruiker_id, code_hash)
);

-- Keyed by the normalised user name as typed, so unknown names are throttled the same as known ones.
create table login_attempts (
  gebruikersnaam text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz,
  locked_until timestamptz
);

create table sessions (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  gebruiker_id uuid not null references gebruikers (id),
  organisatie_id uuid references organisaties (id),
  -- 'actief', or a step still to take before the session may do anything else.
  status text not null check (status in ('actief', 'tweede-factor-inrichten', 'organisatie-kiezen')),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz,
  end_reason text
);
create index sessions_gebruiker on sessions (gebruiker_id) where ended_at is null;

create table audit_log (
  seq bigint primary key,
  at timestamptz not null,
  gebruiker_id uuid,
  organisatie_id uuid,
  rollen text[] not null default '{}',
  actie text not null,
  object_type text,
  object_id text,
  doel text not null,
  uitkomst text not null,
  request_id text,
  details jsonb not null default '{}',
  previous_hash text not null,
  hash text not null
);
create index audit_log_object on audit_log (object_type, object_id);
create index audit_log_gebruiker on audit_log (gebruiker_id, at);

-- The chain's head: one row, locked by each writer so entries get consecutive numbers in commit order.
create table audit_head (
  id boolean primary key default true check (id),
  seq bigint not null,
  hash text not null
);
insert into audit_head (seq, hash) values (0, repeat('0', 64));

-- Append-only: the application never updates or deletes audit entries.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();

create table jobs (
  id bigserial primary key,
  soort text not null,
  payload jsonb not null default '{}',
  run_at timestamptz not null default now(),
  attempts integer not null default 0,
  status text not null default 'wachtend' check (status in ('wachtend', 'klaar', 'mislukt')),
  last_error text,
  unique_key text,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_due on jobs (run_at) where status = 'wachtend';
create unique index jobs_unique_key on jobs (unique_key) where status = 'wachtend' and unique_key is not null;
