import { parseArgs } from 'node:util';
import type { Database } from '../platform/db/database';
import { migrate } from '../platform/db/migrations';
import { recordAudit } from '../audit/audit-log';
import { SYSTEM_ACTOR, type AuditActor } from '../audit/audit-events';
import { describeProblem } from '../audit/hash-chain';
import { verifyAuditLog } from '../audit/audit-log';
import { organisatieSoortSchema, organisatieSoorten } from '../organisations/schemas';
import { ensureRegion, findOrganisation, findOrganisationByName, insertOrganisation } from '../organisations/organisations.storage';
import { gebruikersnaamSchema, rolSchema, rollen, type Rol } from '../identity/schemas';
import { checkPassword, passwordProblemText } from '../identity/password-policy';
import { hashPassword } from '../identity/password-hashing';
import { findUserByUsername, insertUser, upsertMembership } from '../identity/users.storage';
import { resetSecondFactorByUsername } from '../identity/user-admin/reset-second-factor';
import { loadDemoRegion } from '../demo/demo-region';
import { SYNTHETISCHE_DATA_USAGE, synthetischeDataCommand } from '../indicatoren/synthetisch/synthetische-data-cli';

/**
 * The administrator's command line. Each command is a small function over the database, so it is tested
 * the same way as the HTTP use cases. Passwords never come from arguments (they would show in `ps`):
 * they are read from SAMENLOOP_WACHTWOORD or from standard input.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readPassword(): Promise<string>;
}

export class CliError extends Error {}

const CLI_ACTOR: AuditActor = { ...SYSTEM_ACTOR, rollen: ['beheer-cli'] };

export const USAGE = `Gebruik: npm run cli -- <opdracht> [opties]

Opdrachten:
  migrate                                  Voert openstaande databasemigraties uit
  create-organisation --naam N --soort S --regio CODE [--regio-naam NAAM]
                                           Maakt een organisatie (soort: ${organisatieSoorten.join(', ')})
  create-user --gebruikersnaam G --naam N --organisatie ORG --rol R [--rol R2 ...] [--email E]
                                           Maakt een gebruiker (of voegt een bestaande toe aan ORG);
                                           wachtwoord uit SAMENLOOP_WACHTWOORD of standaardinvoer
  create-admin --gebruikersnaam G --naam N --organisatie ORG [--email E]
                                           Eerste functioneel beheerder van een organisatie
  reset-2fa --gebruikersnaam G             Wist de tweede factor; de gebruiker richt hem opnieuw in
  verify-audit                             Controleert de hele hashketen van de audit-log
  load-demo                                Laadt de demoregio Oost-Brabant (alleen in een lege database)
${SYNTHETISCHE_DATA_USAGE}

ORG is de naam of de id van de organisatie. Rollen: ${rollen.join(', ')}.`;

export async function runCommand(db: Database, argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'migrate': {
      const applied = await migrate(db);
      io.out(applied.length ? `Uitgevoerd: ${applied.join(', ')}` : 'De database is actueel.');
      return 0;
    }
    case 'create-organisation':
      return createOrganisation(db, rest, io);
    case 'create-user':
      return createUser(db, rest, io, false);
    case 'create-admin':
      return createUser(db, rest, io, true);
    case 'reset-2fa': {
      const { values } = parseArgs({ args: rest, options: { gebruikersnaam: { type: 'string' } } });
      const gebruikersnaam = required(values.gebruikersnaam, '--gebruikersnaam');
      if (!(await resetSecondFactorByUsername(db, gebruikersnaam, CLI_ACTOR))) throw new CliError(`Geen gebruiker met gebruikersnaam ${gebruikersnaam}.`);
      io.out(`Tweede factor van ${gebruikersnaam} gewist; alle sessies beëindigd. Bij de volgende keer inloggen richt de gebruiker hem opnieuw in.`);
      return 0;
    }
    case 'verify-audit': {
      const result = await verifyAuditLog(db);
      await recordAudit(db, CLI_ACTOR, {
        actie: 'verifieren',
        objectType: 'audit-log',
        objectId: null,
        uitkomst: result.problems.length === 0 ? 'gelukt' : 'mislukt',
        doel: 'toezicht-auditlog',
        details: { vermeldingen: result.entries, problemen: result.problems.length },
      });
      if (result.problems.length === 0) {
        io.out(`Audit-log intact: ${result.entries} vermeldingen, keten en kop kloppen.`);
        return 0;
      }
      io.err(`Audit-log NIET intact (${result.entries} vermeldingen gelezen):`);
      for (const problem of result.problems) io.err(`  - ${describeProblem(problem)}`);
      return 1;
    }
    case 'load-demo': {
      io.out((await loadDemoRegion(db)) ? 'Demoregio Oost-Brabant geladen.' : 'Niet geladen: de database bevat al organisaties.');
      return 0;
    }
    case 'synthetische-data':
      return synthetischeDataCommand(db, rest, io, (bericht) => new CliError(bericht));
    case undefined:
    case 'help':
    case '--help':
      io.out(USAGE);
      return 0;
    default:
      throw new CliError(`Onbekende opdracht "${command}".\n\n${USAGE}`);
  }
}

function required(value: string | undefined, flag: string): string {
  if (!value || value.trim() === '') throw new CliError(`${flag} ontbreekt.`);
  return value.trim();
}

async function createOrganisation(db: Database, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { naam: { type: 'string' }, soort: { type: 'string' }, regio: { type: 'string' }, 'regio-naam': { type: 'string' } },
  });
  const naam = required(values.naam, '--naam');
  const soort = organisatieSoortSchema.safeParse(values.soort);
  if (!soort.success) throw new CliError(`--soort "${values.soort ?? ''}" is onbekend; kies uit ${organisatieSoorten.join(', ')}.`);
  const regioCode = required(values.regio, '--regio');
  if (!/^[a-z0-9-]+$/.test(regioCode)) throw new CliError(`--regio "${regioCode}": gebruik een code in kleine letters, bijvoorbeeld oost-brabant.`);
  const organisatie = await db.transaction(async (tx) => {
    const regio = await ensureRegion(tx, regioCode, values['regio-naam'] ?? regioCode);
    if (await findOrganisationByName(tx, naam)) throw new CliError(`Er bestaat al een organisatie "${naam}".`);
    return insertOrganisation(tx, { naam, soort: soort.data, regioId: regio.id });
  });
  await recordAudit(db, CLI_ACTOR, { actie: 'aanmaken', objectType: 'organisatie', objectId: organisatie.id, uitkomst: 'gelukt', doel: 'organisatiebeheer' });
  io.out(`Organisatie aangemaakt: ${organisatie.naam} (${organisatie.soort}, regio ${organisatie.regio.naam}), id ${organisatie.id}`);
  return 0;
}

async function createUser(db: Database, args: string[], io: CliIo, asAdmin: boolean): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      gebruikersnaam: { type: 'string' },
      naam: { type: 'string' },
      organisatie: { type: 'string' },
      rol: { type: 'string', multiple: true },
      email: { type: 'string' },
    },
  });
  const gebruikersnaam = gebruikersnaamSchema.safeParse(required(values.gebruikersnaam, '--gebruikersnaam'));
  if (!gebruikersnaam.success) throw new CliError(`--gebruikersnaam: ${gebruikersnaam.error.issues[0]?.message}`);
  const naam = required(values.naam, '--naam');
  const orgRef = required(values.organisatie, '--organisatie');
  const gevraagdeRollen: Rol[] = asAdmin ? ['functioneel-beheerder'] : [];
  if (!asAdmin) {
    for (const value of values.rol ?? []) {
      const rol = rolSchema.safeParse(value);
      if (!rol.success) throw new CliError(`--rol "${value}" is onbekend; kies uit ${rollen.join(', ')}.`);
      gevraagdeRollen.push(rol.data);
    }
    if (gevraagdeRollen.length === 0) throw new CliError('Geef minimaal één --rol.');
  }
  const organisatie = /^[0-9a-f-]{36}$/i.test(orgRef) ? await findOrganisation(db, orgRef) : await findOrganisationByName(db, orgRef);
  if (!organisatie) throw new CliError(`Geen organisatie "${orgRef}". Maak haar eerst met create-organisation.`);

  const existing = await findUserByUsername(db, gebruikersnaam.data);
  let passwordHash: string | undefined;
  if (!existing) {
    const wachtwoord = await io.readPassword();
    const problem = checkPassword(wachtwoord, gebruikersnaam.data);
    if (problem) throw new CliError(`Wachtwoord: ${passwordProblemText[problem]}.`);
    passwordHash = await hashPassword(wachtwoord);
  }
  const id = await db.transaction(async (tx) => {
    const user = existing ?? (await insertUser(tx, { gebruikersnaam: gebruikersnaam.data, naam, eMail: values.email ?? null, passwordHash: passwordHash!, demo: false }));
    await upsertMembership(tx, user.id, organisatie.id, gevraagdeRollen);
    return user.id;
  });
  await recordAudit(db, { ...CLI_ACTOR, organisatieId: organisatie.id }, {
    actie: existing ? 'wijzigen' : 'aanmaken',
    objectType: 'gebruiker',
    objectId: id,
    uitkomst: 'gelukt',
    doel: 'gebruikersbeheer',
    details: { rollen: gevraagdeRollen },
  });
  io.out(
    existing
      ? `Bestaande gebruiker ${gebruikersnaam.data} werkt nu ook voor ${organisatie.naam} (${gevraagdeRollen.join(', ')}).`
      : `Gebruiker ${gebruikersnaam.data} aangemaakt voor ${organisatie.naam} (${gevraagdeRollen.join(', ')}). ` +
          'Bij de eerste keer inloggen richt deze de tweede factor in.',
  );
  return 0;
}
