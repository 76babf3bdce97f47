-- The safety plan (veiligheidsplan) along the ten steps of phased chain care (seed 004, seed 002), and the shared
-- intervention catalogue moved from code into the database so functional administrators can maintain it.

-- ---------------------------------------------------------------------------------------------------
-- The intervention catalogue: phase (acuut, risicogestuurd, herstel) × legal domain (seed 002). Codes are stable:
-- measures, plans and the interaction rules refer to them; an intervention is switched off, never deleted.
create table interventies (
  code text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  naam text not null check (length(trim(naam)) > 0),
  omschrijving text not null default '',
  fasen text[] not null check (cardinality(fasen) > 0 and fasen <@ array['acuut', 'risicogestuurd', 'herstel']),
  rechtsdomein text not null check (rechtsdomein in ('strafrecht', 'bestuursrecht', 'civiel', 'sociaal-domein', 'overig')),
  -- For criminal-law conditions: liberty-restricting or behaviour-changing (seed 002).
  voorwaarde_soort text check (voorwaarde_soort in ('vrijheidsbeperkend', 'gedragsveranderend')),
  actief boolean not null default true,
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (voorwaarde_soort is null or rechtsdomein = 'strafrecht')
);

insert into interventies (code, naam, fasen, rechtsdomein, voorwaarde_soort, omschrijving) values
  -- strafrecht
  ('aanhouding-inverzekeringstelling', 'Aanhouding / inverzekeringstelling', '{acuut}', 'strafrecht', null,
   'De politie houdt de verdachte aan; de (hulp)officier van justitie kan hem in verzekering stellen.'),
  ('voorlopige-hechtenis', 'Voorlopige hechtenis', '{acuut}', 'strafrecht', null,
   'De officier van justitie vordert voorlopige hechtenis bij de voorgeleiding; schorsing kan onder voorwaarden.'),
  ('schorsing-voorlopige-hechtenis', 'Schorsing voorlopige hechtenis onder voorwaarden', '{acuut,risicogestuurd}', 'strafrecht', null,
   'De rechter-commissaris schorst de voorlopige hechtenis onder bijzondere voorwaarden, vaak met reclasseringstoezicht.'),
  ('contactverbod', 'Contactverbod', '{acuut,risicogestuurd}', 'strafrecht', 'vrijheidsbeperkend',
   'Vrijheidsbeperkende voorwaarde of maatregel: geen contact met het slachtoffer of andere genoemde personen.'),
  ('locatieverbod', 'Locatieverbod', '{acuut,risicogestuurd}', 'strafrecht', 'vrijheidsbeperkend',
   'Vrijheidsbeperkende voorwaarde of maatregel: niet komen in of bij een genoemd adres of gebied.'),
  ('meldplicht', 'Meldplicht', '{acuut,risicogestuurd}', 'strafrecht', 'vrijheidsbeperkend',
   'Vrijheidsbeperkende voorwaarde: de betrokkene meldt zich op vaste momenten bij politie of reclassering.'),
  ('elektronische-monitoring', 'Elektronische monitoring (enkelband)', '{acuut,risicogestuurd}', 'strafrecht', 'vrijheidsbeperkend',
   'Toezicht op een locatie- of contactverbod met een enkelband, uitgevoerd door de reclassering.'),
  ('gedragsaanwijzing-ovj', 'Gedragsaanwijzing van de officier van justitie', '{acuut}', 'strafrecht', 'vrijheidsbeperkend',
   'De officier geeft vóór de zitting een aanwijzing (art. 509hh Sv), zoals een contact- of locatieverbod of een meldplicht.'),
  ('gedragsveranderende-voorwaarden', 'Gedragsveranderende voorwaarden', '{acuut,risicogestuurd}', 'strafrecht', 'gedragsveranderend',
   'Bijzondere voorwaarden gericht op de oorzaken van het geweld, zoals behandeling of een gedragsinterventie.'),
  ('gedragsinterventie-huiselijk-geweld', 'Gedragsinterventie huiselijk geweld', '{risicogestuurd}', 'strafrecht', 'gedragsveranderend',
   'Een erkende groeps- of individuele training voor plegers van huiselijk geweld, als voorwaarde onder toezicht van de reclassering.'),
  ('behandelverplichting', 'Ambulante of klinische behandeling als voorwaarde', '{risicogestuurd,herstel}', 'strafrecht', 'gedragsveranderend',
   'Behandeling bij de forensische zorg (bijv. agressie, verslaving, psychiatrie) als bijzondere voorwaarde.'),
  ('strafrechtelijk-onderzoek', 'Strafrechtelijk onderzoek / vervolging', '{acuut,risicogestuurd}', 'strafrecht', null,
   'Politieonderzoek met een plan van aanpak dat met de officier van justitie wordt gedeeld; het OM beoordeelt of vervolging bijdraagt aan stabiele veiligheid.'),
  ('voorwaardelijk-sepot', 'Voorwaardelijk sepot', '{risicogestuurd}', 'strafrecht', null,
   'Het OM ziet af van vervolging onder voorwaarden; bij niet naleven kan alsnog worden vervolgd.'),
  ('reclasseringstoezicht', 'Reclasseringstoezicht', '{risicogestuurd,herstel}', 'strafrecht', null,
   'De reclassering houdt toezicht op de naleving van bijzondere voorwaarden en meldt overtredingen aan het OM.'),
  ('herstelbemiddeling', 'Herstelbemiddeling', '{herstel}', 'strafrecht', null,
   'Een begeleid contact tussen slachtoffer en pleger, alleen als het veilig is en beiden het willen.'),
  -- bestuursrecht
  ('tijdelijk-huisverbod', 'Tijdelijk huisverbod', '{acuut}', 'bestuursrecht', null,
   'De burgemeester (in de praktijk de hulpofficier van justitie) legt de pleger een huisverbod van tien dagen op, te verlengen tot vier weken.'),
  ('crisismaatregel-wvggz', 'Crisismaatregel (Wet verplichte ggz)', '{acuut}', 'bestuursrecht', null,
   'De burgemeester legt bij acuut gevaar door een psychische stoornis een crisismaatregel op.'),
  -- civiel recht
  ('verzoek-tot-onderzoek-rvdk', 'Verzoek tot onderzoek bij de Raad voor de Kinderbescherming', '{acuut,risicogestuurd}', 'civiel', null,
   'Veilig Thuis of een andere partij vraagt de Raad te onderzoeken of een kinderbeschermingsmaatregel nodig is.'),
  ('voorlopige-ondertoezichtstelling', 'Voorlopige ondertoezichtstelling', '{acuut}', 'civiel', null,
   'De kinderrechter stelt een kind op verzoek van de Raad met spoed onder toezicht van een gecertificeerde instelling.'),
  ('ondertoezichtstelling', 'Ondertoezichtstelling', '{risicogestuurd,herstel}', 'civiel', null,
   'De kinderrechter stelt een kind onder toezicht van een gecertificeerde instelling.'),
  ('uithuisplaatsing', 'Machtiging uithuisplaatsing', '{acuut,risicogestuurd}', 'civiel', null,
   'De kinderrechter machtigt een uithuisplaatsing van een kind, zo nodig met spoed.'),
  ('gezagsbeeindigende-maatregel', 'Gezagsbeëindigende maatregel', '{herstel}', 'civiel', null,
   'De rechter beëindigt het gezag van een ouder wanneer het kind niet binnen een aanvaardbare termijn terug naar huis kan.'),
  ('civiel-contactverbod', 'Civielrechtelijk contact- of straatverbod', '{acuut,risicogestuurd}', 'civiel', null,
   'Een verbod via de civiele rechter (kort geding), bijvoorbeeld bij stalking door een ex-partner.'),
  ('omgangsregeling', 'Omgangsregeling / zorgregeling', '{risicogestuurd,herstel}', 'civiel', null,
   'Afspraken of een rechterlijke beslissing over contact tussen een ouder en het kind.'),
  ('begeleide-omgang', 'Begeleide omgang', '{risicogestuurd,herstel}', 'civiel', null,
   'Contact tussen ouder en kind onder begeleiding van een professional, op een veilige plek.'),
  ('gezagsregeling', 'Gezagsregeling (eenhoofdig gezag)', '{risicogestuurd,herstel}', 'civiel', null,
   'De rechter beslist over het gezag, bijvoorbeeld eenhoofdig gezag bij aanhoudend geweld tussen de ouders.'),
  ('zorgmachtiging-wvggz', 'Zorgmachtiging (Wet verplichte ggz)', '{risicogestuurd}', 'civiel', null,
   'De rechter geeft een machtiging voor verplichte ggz-zorg.'),
  -- sociaal domein
  ('veilig-thuis-onderzoek', 'Onderzoek door Veilig Thuis', '{acuut,risicogestuurd}', 'sociaal-domein', null,
   'Veilig Thuis onderzoekt of er sprake is van huiselijk geweld of kindermishandeling en wat nodig is voor veiligheid.'),
  ('veilig-thuis-huisbezoek', 'Huisbezoek door Veilig Thuis', '{acuut,risicogestuurd}', 'sociaal-domein', null,
   'Veilig Thuis spreekt het gezin thuis, ook over het vermoeden van geweld.'),
  ('crisisinterventie-cit', 'Crisisinterventie (CIT)', '{acuut}', 'sociaal-domein', null,
   'Het crisis-interventie-team komt ter plaatse voor de directe veiligheid en de eerste hulp.'),
  ('crisisopvang', 'Crisisopvang / vrouwenopvang', '{acuut}', 'sociaal-domein', null,
   'Een veilige opvangplek voor het slachtoffer (en de kinderen), zo nodig op een geheim adres.'),
  ('hulpverlening-wijkteam', 'Hulpverlening door het lokale (wijk)team', '{risicogestuurd,herstel}', 'sociaal-domein', null,
   'Het lokale team biedt of regelt hulp aan het gezin en houdt zicht op de veiligheid.'),
  ('ggz-hulp', 'Geestelijke gezondheidszorg', '{risicogestuurd,herstel}', 'sociaal-domein', null,
   'Vrijwillige behandeling bij de ggz voor een gezinslid.'),
  ('verslavingszorg', 'Verslavingszorg', '{risicogestuurd,herstel}', 'sociaal-domein', null,
   'Behandeling of begeleiding bij middelengebruik dat het geweld in stand houdt.'),
  ('daderhulpverlening', 'Vrijwillige hulp aan de pleger', '{risicogestuurd}', 'sociaal-domein', null,
   'Een vrijwillig traject voor plegers om te stoppen met geweld, buiten het strafrecht.'),
  ('opvoedondersteuning', 'Opvoedondersteuning', '{risicogestuurd,herstel}', 'sociaal-domein', null,
   'Begeleiding van de ouders bij het opvoeden, thuis of in een groep.'),
  ('jeugdhulp', 'Jeugdhulp (vrijwillig)', '{risicogestuurd,herstel}', 'sociaal-domein', null,
   'Vrijwillige jeugdhulp voor het kind of het gezin.'),
  ('traumabehandeling', 'Traumabehandeling', '{herstel}', 'sociaal-domein', null,
   'Behandeling voor het verwerken van ervaringen van geweld, voor kinderen en volwassenen.'),
  ('systeemtherapie', 'Systeem- of relatietherapie', '{herstel}', 'sociaal-domein', null,
   'Therapie met het gezin of de (ex-)partners samen; alleen wanneer het geweld gestopt is.'),
  ('slachtofferhulp', 'Slachtofferhulp', '{acuut,herstel}', 'sociaal-domein', null,
   'Praktische, juridische en emotionele ondersteuning voor het slachtoffer.'),
  ('schuldhulpverlening', 'Schuldhulpverlening', '{risicogestuurd}', 'sociaal-domein', null,
   'Hulp bij schulden die de spanning in het gezin verhogen.'),
  -- overig
  ('veiligheidsafspraken', 'Veiligheidsafspraken met het gezin', '{acuut,risicogestuurd}', 'overig', null,
   'Concrete afspraken met de gezinsleden over wat wel en niet mag, wie toeziet en wat er gebeurt als het misgaat.'),
  ('contact-wijkagent', 'Contact met de wijkagent', '{acuut,risicogestuurd}', 'overig', null,
   'De wijkagent houdt contact met het gezin en de buurt en signaleert vroeg.'),
  ('ondersteuning-buddy-ervaringsdeskundige', 'Ondersteuning door buddy of ervaringsdeskundige', '{risicogestuurd,herstel}', 'overig', null,
   'Een buddy of ervaringsdeskundige steunt het slachtoffer of de pleger bij het volhouden van de veranderingen.'),
  ('nieuwe-toekomst', 'Nieuwe toekomst', '{herstel}', 'overig', null,
   'Begeleiding bij het opbouwen van een nieuw, veilig bestaan na het geweld (wonen, werk, netwerk).'),
  ('noodalarm', 'Noodalarm (AWARE)', '{acuut,risicogestuurd}', 'overig', null,
   'Een alarmknop waarmee het slachtoffer met voorrang de politie waarschuwt, bijvoorbeeld bij stalking door een ex-partner.'),
  ('persoonsgerichte-aanpak', 'Persoonsgerichte aanpak / Top X', '{risicogestuurd}', 'overig', null,
   'De gemeente en ketenpartners volgen een pleger met hoog risico in een persoonsgerichte aanpak.'),
  ('geheimhouding-adres', 'Geheimhouding van het adres', '{acuut,risicogestuurd}', 'overig', null,
   'Het woonadres van het slachtoffer wordt afgeschermd in de basisregistratie personen.');

-- ---------------------------------------------------------------------------------------------------
-- One safety plan per casus, versioned. The content (the ten steps, the interventions and the agreed resolutions of
-- conflicting interventions) is one validated document; every save is a new version, kept whole in
-- veiligheidsplan_versies. Elements carry stable ids so monitoring check-ins can point at a safety condition.
create table veiligheidsplannen (
  id uuid primary key default gen_random_uuid(),
  casus_id uuid not null unique references casussen (id),
  regio_id uuid not null references regios (id),
  status text not null default 'concept' check (status in ('concept', 'bevestigd')),
  regie_organisatie_id uuid references organisaties (id),
  regie_gebruiker_id uuid references gebruikers (id),
  inhoud jsonb not null,
  versie integer not null default 1,
  bevestigde_versie integer,
  bevestigd_op timestamptz,
  bevestigd_door_gebruiker_id uuid references gebruikers (id),
  aangemaakt_door_organisatie_id uuid not null references organisaties (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((status = 'bevestigd') = (bevestigde_versie is not null))
);

create table veiligheidsplan_versies (
  plan_id uuid not null references veiligheidsplannen (id),
  versie integer not null,
  inhoud jsonb not null,
  status text not null check (status in ('concept', 'bevestigd')),
  regie_organisatie_id uuid references organisaties (id),
  door_organisatie_id uuid not null references organisaties (id),
  door_gebruiker_id uuid references gebruikers (id),
  created_at timestamptz not null default now(),
  primary key (plan_id, versie)
);

-- Monitoring: a check-in on one safety condition, planned on a date, then done with its outcome. A breach triggers
-- the scenario agreed for the condition and informs the regie holder.
create table veiligheidsplan_checkins (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references veiligheidsplannen (id),
  voorwaarde_id uuid not null,
  gepland_op date not null,
  uitgevoerd_op timestamptz,
  uitkomst text check (uitkomst in ('nageleefd', 'geschonden', 'onduidelijk')),
  toelichting text not null default '',
  door_organisatie_id uuid references organisaties (id),
  door_gebruiker_id uuid references gebruikers (id),
  versie integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((uitgevoerd_op is null) = (uitkomst is null))
);
create index veiligheidsplan_checkins_plan on veiligheidsplan_checkins (plan_id, gepland_op);
create index veiligheidsplan_checkins_open on veiligheidsplan_checkins (gepland_op) where uitgevoerd_op is null;

-- A reported breach of a safety condition sets off the Actieoverleg scenario agreed for it.
alter table scenario_activeringen drop constraint scenario_activeringen_aanleiding_check;
alter table scenario_activeringen add constraint scenario_activeringen_aanleiding_check
  check (aanleiding in ('melding', 'zsm-intake', 'acuut-contact', 'veiligheidsplan-schending'));
alter table scenario_activeringen add column checkin_id uuid references veiligheidsplan_checkins (id);
create unique index scenario_activeringen_checkin on scenario_activeringen (scenario_id, checkin_id) where checkin_id is not null;
