-- What a task is about, beyond its casus or melding (an acute contact, a THV, an SSK track, a medical request, a
-- safety plan), so the inbox can open it directly. Optional: older tasks and tasks about a casus as a whole have none.
alter table taken add column onderwerp_soort text;
alter table taken add column onderwerp_id uuid;
alter table taken add constraint taken_onderwerp_compleet check ((onderwerp_soort is null) = (onderwerp_id is null));
