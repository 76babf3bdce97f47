-- Where the banned person stays during a tijdelijk huisverbod: it must be known within 24 hours (Wet tijdelijk
-- huisverbod), so Veilig Thuis and the hulpverlening can reach them. A temporary address, kept on the THV rather than
-- replacing the person's own address.
alter table thv add column verblijfadres text;
alter table thv add constraint thv_verblijfadres_bij_registratie check ((verblijfadres is null) = (adres_geregistreerd_op is null));
