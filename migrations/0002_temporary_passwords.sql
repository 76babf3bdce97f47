-- A password set by an administrator is temporary: its owner must replace it at the first login,
-- before anything else (then enrols the second factor). Adds the session step for that.
alter table gebruikers add column must_change_password boolean not null default false;

alter table sessions drop constraint sessions_status_check;
alter table sessions add constraint sessions_status_check
  check (status in ('actief', 'wachtwoord-wijzigen', 'tweede-factor-inrichten', 'organisatie-kiezen'));
