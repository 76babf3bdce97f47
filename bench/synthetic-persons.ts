// Fills a migrated Samenloop database with N synthetic persons (Dutch-looking names, dates of birth, gender)
// inside PostgreSQL itself, so a million rows take seconds, not minutes. Names are drawn from lists, so the
// search benchmark can ask for real names with typos. The trigram index is dropped during the load and rebuilt.
import type { Queryable } from '../server/platform/db/database';

export const FIRST_NAMES = [
  'Jan', 'Piet', 'Kees', 'Fatima', 'Mohamed', 'Sanne', 'Lotte', 'Daan', 'Emma', 'Noah', 'Julia', 'Sem', 'Tess', 'Lucas',
  'Mila', 'Finn', 'Zoë', 'Levi', 'Sara', 'Bram', 'Yara', 'Ahmed', 'Aylin', 'Mehmet', 'Anouk', 'Ruben', 'Fleur', 'Thijs',
  'Iris', 'Jesse', 'Noor', 'Milan', 'Eva', 'Luuk', 'Lieke', 'Stijn', 'Femke', 'Jasper', 'Sophie', 'Gijs', 'Ilse', 'Koen',
  'Maria', 'Johannes', 'Cornelis', 'Hendrik', 'Willem', 'Anna', 'Elisabeth', 'Khadija', 'Youssef', 'Priya', 'Dewi', 'Jayden',
];
export const SURNAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer',
  'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
  'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel',
  'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems',
  'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom',
  'Huisman', 'Peeters', 'el Amrani', 'Yilmaz', 'Kaya', 'Öztürk', 'Demir', 'Şahin', 'el Idrissi', 'Bouzid', 'Ramdin',
  'Nguyen', 'Kowalski', 'Nowak', 'Wijaya', 'Pinas', 'Martina', 'Hernández', 'Müller', 'Lefèvre', 'Søndergaard',
];

/** Syllables for generated surnames ("Berghout", "Veenstra"): real registers hold hundreds of thousands of surnames. */
const SURNAME_HEADS = [
  'Berg', 'Dijk', 'Veen', 'Hof', 'Bos', 'Kamp', 'Hout', 'Meer', 'Broek', 'Water', 'Linde', 'Heuvel', 'Brink', 'Akker',
  'Molen', 'Sloot', 'Wey', 'Hage', 'Kerk', 'Steen', 'Ploeg', 'Zand', 'Wouter', 'Gerrit', 'Hendrik', 'Jans', 'Klaas',
  'Tjeerd', 'Sjoerd', 'Rijk', 'Donk', 'Laar', 'Beek', 'Velde', 'Straat', 'Haven', 'Ooster', 'Wester', 'Noord', 'Zuider',
];
const SURNAME_TAILS = [
  'stra', 'inga', 'ma', 'sma', 'ens', 'sen', 'man', 'mans', 'hof', 'huis', 'kamp', 'veld', 'berg', 'dijk', 'broek',
  'horst', 'hout', 'stein', 'boom', 'bosch', 'land', 'weg', 'werf', 'schot', 'kes', 'ink', 'ing', 'er', 'els', 'ijn',
];

/** Distinct surnames for the load: the real ones above plus every head+tail combination (about 1,200). */
export const SYNTHETIC_SURNAMES = [...SURNAMES, ...SURNAME_HEADS.flatMap((h) => SURNAME_TAILS.map((t) => `${h}${t}`))];

function sqlArray(values: string[]): string {
  return `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;
}

/**
 * Inserts `count` persons in batches. zoeknaam is computed in SQL the way normaliseName does it for these
 * (lower case, diacritics of the listed names mapped), so search finds them as it would real entries.
 */
export async function insertSyntheticPersons(db: Queryable, organisatieId: string, count: number, onProgress?: (done: number) => void): Promise<void> {
  await db.exec('drop index if exists personen_zoeknaam_trgm');
  const batch = 100_000;
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    await db.query(
      `with src as (
         select g,
                (${sqlArray(FIRST_NAMES)})[1 + (hashint4(g) & 2147483647) % ${FIRST_NAMES.length}] as voornaam,
                (${sqlArray(SYNTHETIC_SURNAMES)})[1 + (hashint4(g * 7 + 3) & 2147483647) % ${SYNTHETIC_SURNAMES.length}] as naam,
                date '1940-01-01' + ((hashint4(g * 13 + 5) & 2147483647) % 29000) as geboortedatum
           from generate_series($2::int + 1, $2::int + $3::int) g
       )
       insert into personen (voornamen, tussenvoegsel, achternaam, geboortedatum, geslacht, zoeknaam, aangemaakt_door_organisatie_id)
       select voornaam,
              nullif(substring(naam from '^((?:van der|van den|van de|van|de|el) )'), ''),
              regexp_replace(naam, '^(van der|van den|van de|van|de|el) ', ''),
              geboortedatum,
              (array['man','vrouw','onbekend'])[1 + g % 3],
              translate(lower(voornaam || ' ' || naam), 'ëöüşéèøåá', 'eouseeoaa'),
              $1
         from src`,
      [organisatieId, done, n],
    );
    onProgress?.(done + n);
  }
  await db.exec(
    `update personen set tussenvoegsel = trim(tussenvoegsel) where tussenvoegsel is not null;
     create index personen_zoeknaam_trgm on personen using gin (zoeknaam gin_trgm_ops);
     analyze personen;`,
  );
}
