-- At most one open SSK track per casus, guarded by the database as well as by the use case (which locks the casus).
create unique index ssk_trajecten_een_open_per_casus on ssk_trajecten (casus_id) where casus_id is not null and status <> 'afgesloten';
