-- The default register of legal bases (grondslagen) for taking part in a casus. The functional administrator
-- maintains it from here on (add, rename, deactivate); codes are stable and never reused.
insert into grondslagen (code, naam, wettelijke_basis, omschrijving) values
  ('WMO-4.1.1', 'Taken Veilig Thuis', 'Wmo 2015 art. 4.1.1',
   'Veilig Thuis als advies- en meldpunt huiselijk geweld en kindermishandeling: meldingen onderzoeken, de veiligheid beoordelen en zo nodig hulp of een vervolg in gang zetten.'),
  ('WMO-5.2.4', 'Gegevensverwerking Veilig Thuis', 'Wmo 2015 art. 5.2.4',
   'Veilig Thuis verwerkt en verstrekt persoonsgegevens zonder toestemming voor zover noodzakelijk voor zijn taken, ook aan politie, OM en Raad voor de Kinderbescherming.'),
  ('WPG-16', 'Politiegegevens: gemeenschappelijke verwerking', 'Wet politiegegevens art. 16',
   'Verstrekking van politiegegevens aan personen of instanties voor de goede uitvoering van de politietaak, in het kader van een samenwerkingsverband.'),
  ('WPG-19', 'Politiegegevens: verstrekking voor zwaarwegend algemeen belang', 'Wet politiegegevens art. 19',
   'Verstrekking aan derden in het kader van een samenwerkingsverband voor een zwaarwegend algemeen belang (voorkomen en opsporen van strafbare feiten, handhaven van de openbare orde, hulpverlening).'),
  ('WPG-20', 'Politiegegevens: incidentele verstrekking', 'Wet politiegegevens art. 20',
   'Incidentele verstrekking aan personen of instanties voor een zwaarwegend algemeen belang.'),
  ('WJSG-39F', 'Justitiële en strafvorderlijke gegevens', 'Wet justitiële en strafvorderlijke gegevens art. 39f',
   'Verstrekking van strafvorderlijke en justitiële gegevens door het OM aan derden voor een zwaarwegend algemeen belang, onder meer voor de verbetering van de veiligheid van personen en de reclassering.'),
  ('WJSG-RECLASSERING', 'Reclasseringstaken', 'Wet justitiële en strafvorderlijke gegevens art. 39f; Reclasseringsregeling 1995',
   'De reclassering verwerkt en verstrekt gegevens voor advies, toezicht en werkstraffen binnen de strafrechtketen.'),
  ('JW-7.4.4', 'Raad voor de Kinderbescherming: onderzoek', 'Jeugdwet art. 7.4.4',
   'Verstrekking van gegevens aan de Raad voor de Kinderbescherming, zonder toestemming, voor zover noodzakelijk voor de uitoefening van zijn taken.'),
  ('BW-1:238', 'Raad voor de Kinderbescherming: verzoek kinderbeschermingsmaatregel', 'Burgerlijk Wetboek boek 1 art. 238',
   'De Raad voor de Kinderbescherming onderzoekt of een kinderbeschermingsmaatregel nodig is en verzamelt daarvoor gegevens.'),
  ('CONVENANT-ZVH', 'Convenant Zorg- en Veiligheidshuis', 'Convenant Zorg- en Veiligheidshuis (gemeente); Wpg art. 20, Wmo 2015 art. 5.2.4',
   'Gegevensdeling tussen de partners van het Zorg- en Veiligheidshuis voor de gezamenlijke aanpak van complexe casuïstiek, onder regie van de gemeente.')
on conflict (code) do nothing;

-- Steps recorded in one transaction share now(); the clock time keeps them in the order they were taken
-- (the timeline sorts by op, then geregistreerd_op).
alter table tijdlijn alter column geregistreerd_op set default clock_timestamp();
