import type { Queryable } from '../platform/db/database';
import type { OrganisatieSoort } from '../organisations/schemas';
import type { Gebruiker, OrganisatieKeuze, Rol } from './schemas';
import { sessionsChanged } from './session-changes';

/** Storage of users (gebruikers) and their memberships (lidmaatschappen). */
export interface UserRecord {
  id: string;
  gebruikersnaam: string;
  naam: string;
  eMail: string | null;
  passwordHash: string;
  totpSecret: string | null;
  totpConfirmedAt: Date | null;
  totpLastStep: number | null;
  mustChangePassword: boolean;
  demo: boolean;
  actief: boolean;
  versie: number;
  createdAt: Date;
}

interface UserRow {
  id: string;
  gebruikersnaam: string;
  naam: string;
  e_mail: string | null;
  password_hash: string;
  totp_secret: string | null;
  totp_confirmed_at: Date | null;
  totp_last_step: number | null;
  must_change_password: boolean;
  demo: boolean;
  actief: boolean;
  versie: number;
  created_at: Date;
}

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  gebruikersnaam: r.gebruikersnaam,
  naam: r.naam,
  eMail: r.e_mail,
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  totpConfirmedAt: r.totp_confirmed_at,
  totpLastStep: r.totp_last_step,
  mustChangePassword: r.must_change_password,
  demo: r.demo,
  actief: r.actief,
  versie: r.versie,
  createdAt: r.created_at,
});

export async function findUserByUsername(db: Queryable, gebruikersnaam: string): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRow>('select * from gebruikers where lower(gebruikersnaam) = lower($1)', [gebruikersnaam]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserById(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<UserRecord | null> {
  const { rows } = await db.query<UserRow>(`select * from gebruikers where id = $1${options.forUpdate ? ' for update' : ''}`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

export interface Membership extends OrganisatieKeuze {
  regioId: string;
}

/** The active organisations a user may act for, in a stable order. */
export async function membershipsOf(db: Queryable, gebruikerId: string): Promise<Membership[]> {
  const { rows } = await db.query<{ id: string; naam: string; soort: OrganisatieSoort; regio_id: string; rollen: Rol[] }>(
    `select o.id, o.naam, o.soort, o.regio_id, l.rollen
       from lidmaatschappen l join organisaties o on o.id = l.organisatie_id
      where l.gebruiker_id = $1 and l.actief and o.actief
      order by o.naam`,
    [gebruikerId],
  );
  return rows.map((r) => ({ id: r.id, naam: r.naam, soort: r.soort, regioId: r.regio_id, rollen: r.rollen }));
}

export interface NewUser {
  gebruikersnaam: string;
  naam: string;
  eMail: string | null;
  passwordHash: string;
  demo: boolean;
  /** True when someone else chose the password (an administrator): replaced at the first login. */
  mustChangePassword?: boolean;
}

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRecord> {
  const { rows } = await db.query<UserRow>(
    `insert into gebruikers (gebruikersnaam, naam, e_mail, password_hash, demo, must_change_password)
     values ($1, $2, $3, $4, $5, $6) returning *`,
    [user.gebruikersnaam, user.naam, user.eMail, user.passwordHash, user.demo, user.mustChangePassword ?? false],
  );
  return toUser(rows[0]!);
}

export async function upsertMembership(db: Queryable, gebruikerId: string, organisatieId: string, rollen: readonly Rol[]) {
  await db.query(
    `insert into lidmaatschappen (gebruiker_id, organisatie_id, rollen) values ($1, $2, $3)
     on conflict (gebruiker_id, organisatie_id) do update set rollen = excluded.rollen`,
    [gebruikerId, organisatieId, rollen],
  );
  await sessionsChanged(db, gebruikerId);
}

export async function setPasswordHash(db: Queryable, gebruikerId: string, passwordHash: string): Promise<void> {
  await db.query(
    'update gebruikers set password_hash = $2, must_change_password = false, versie = versie + 1, updated_at = now() where id = $1',
    [gebruikerId, passwordHash],
  );
}

export async function setTotpSecret(db: Queryable, gebruikerId: string, sealedSecret: string | null): Promise<void> {
  await db.query(
    `update gebruikers set totp_secret = $2, totp_confirmed_at = null, totp_last_step = null, versie = versie + 1, updated_at = now()
      where id = $1`,
    [gebruikerId, sealedSecret],
  );
}

export async function confirmTotp(db: Queryable, gebruikerId: string, step: number): Promise<void> {
  await db.query(
    'update gebruikers set totp_confirmed_at = now(), totp_last_step = $2, versie = versie + 1, updated_at = now() where id = $1',
    [gebruikerId, step],
  );
}

/** Records the step of an accepted code; false when another request used this step (or a later one) first. */
export async function claimTotpStep(db: Queryable, gebruikerId: string, step: number): Promise<boolean> {
  const { rowCount } = await db.query(
    'update gebruikers set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2)',
    [gebruikerId, step],
  );
  return rowCount === 1;
}

export async function replaceRecoveryCodes(db: Queryable, gebruikerId: string, codeHashes: readonly string[]): Promise<void> {
  await db.query('delete from recovery_codes where gebruiker_id = $1', [gebruikerId]);
  for (const hash of codeHashes) {
    await db.query('insert into recovery_codes (gebruiker_id, code_hash) values ($1, $2)', [gebruikerId, hash]);
  }
}

/** Uses a recovery code once; false when it is unknown or spent. */
export async function useRecoveryCode(db: Queryable, gebruikerId: string, codeHash: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'update recovery_codes set used_at = now() where gebruiker_id = $1 and code_hash = $2 and used_at is null',
    [gebruikerId, codeHash],
  );
  return rowCount === 1;
}

// --- The functional administrator's view: users as members of one organisation -------------------------

interface MemberRow extends UserRow {
  rollen: Rol[];
  lid_actief: boolean;
}

const toGebruiker = (r: MemberRow): Gebruiker => ({
  id: r.id,
  gebruikersnaam: r.gebruikersnaam,
  naam: r.naam,
  eMail: r.e_mail,
  rollen: r.rollen,
  actief: r.actief && r.lid_actief,
  tweedeFactorIngericht: r.totp_confirmed_at !== null,
  demo: r.demo,
  versie: r.versie,
  aangemaaktOp: r.created_at.toISOString(),
});

export async function listMembers(db: Queryable, organisatieId: string, zoek?: string): Promise<Gebruiker[]> {
  const { rows } = await db.query<MemberRow>(
    `select g.*, l.rollen, l.actief as lid_actief from gebruikers g join lidmaatschappen l on l.gebruiker_id = g.id
      where l.organisatie_id = $1
        and ($2::text is null or g.naam ilike '%' || $2 || '%' or g.gebruikersnaam ilike '%' || $2 || '%')
      order by (g.actief and l.actief) desc, g.naam`,
    [organisatieId, zoek ?? null],
  );
  return rows.map(toGebruiker);
}

/** A user as seen from one organisation; null when not a member there (the caller answers 404). */
export async function findMember(
  db: Queryable,
  organisatieId: string,
  gebruikerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Gebruiker | null> {
  const { rows } = await db.query<MemberRow>(
    `select g.*, l.rollen, l.actief as lid_actief from gebruikers g join lidmaatschappen l on l.gebruiker_id = g.id
      where l.organisatie_id = $1 and g.id = $2${options.forUpdate ? ' for update of g, l' : ''}`,
    [organisatieId, gebruikerId],
  );
  return rows[0] ? toGebruiker(rows[0]) : null;
}

export interface UserChanges {
  naam?: string | undefined;
  eMail?: string | null | undefined;
}

/** Changes the person's own fields and always moves the version on, so concurrent edits are detected. */
export async function updateUserFields(db: Queryable, gebruikerId: string, changes: UserChanges): Promise<void> {
  await db.query(
    `update gebruikers set
        naam = coalesce($2, naam),
        e_mail = case when $3::boolean then $4 else e_mail end,
        versie = versie + 1,
        updated_at = now()
      where id = $1`,
    [gebruikerId, changes.naam ?? null, changes.eMail !== undefined, changes.eMail ?? null],
  );
  await sessionsChanged(db, gebruikerId);
}

export async function updateMembership(
  db: Queryable,
  organisatieId: string,
  gebruikerId: string,
  changes: { rollen?: readonly Rol[] | undefined; actief?: boolean | undefined },
): Promise<void> {
  await db.query(
    `update lidmaatschappen set rollen = coalesce($3, rollen), actief = coalesce($4, actief)
      where organisatie_id = $1 and gebruiker_id = $2`,
    [organisatieId, gebruikerId, changes.rollen ?? null, changes.actief ?? null],
  );
  await sessionsChanged(db, gebruikerId);
}
