import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { withDatabase, withLogin } from './connection-url';

/**
 * The role the migrations grant the serving app's privileges to (by this name: migrations are
 * frozen history and do not import it). The server logs in as it, or as a member of it.
 */
export const APP_ROLE = 'caf_app';

/** Connection strings (to the `postgres` database) for the two roles, from ensureRoles. */
export interface RoleUrls {
  ownerUrl: string;
  appUrl: string;
}

/** The owner and the app's login role, by name; see ensureRoles. */
export interface RoleNames {
  owner: string;
  app: string;
}

async function asSuperuser<T>(
  superuserUrl: string,
  run: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: withDatabase(superuserUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Two processes (parallel test workers, say) creating the same group at once: the loser sees
 * duplicate_object (42710) or the unique index of pg_authid (23505), depending on how far the
 * winner got. Any failure is forgiven only when the role exists afterwards — the winner made it.
 */
const CREATED_CONCURRENTLY = new Set(['42710', '23505']);

async function ensureGroup(client: Client, name: string): Promise<void> {
  await client
    .query(`CREATE ROLE ${client.escapeIdentifier(name)} NOLOGIN`)
    .catch(async (error: { code?: string }) => {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
      if (!CREATED_CONCURRENTLY.has(error.code ?? '') || !rowCount) {
        throw error;
      }
    });
}

/** Creates the login, or gives an existing one a new password; never a superuser. */
async function ensureLogin(client: Client, name: string, password: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
  const verb = rowCount ? 'ALTER' : 'CREATE';
  await client.query(
    `${verb} ROLE ${client.escapeIdentifier(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
  );
}

/**
 * Run as a superuser: makes `owner` and `app` login roles with fresh random passwords (the
 * embedded cluster and test runs own their server, so nothing needs to remember them), and makes
 * `app` a member of APP_ROLE unless it is APP_ROLE itself.
 */
export async function ensureRoles(superuserUrl: string, names: RoleNames): Promise<RoleUrls> {
  const password = () => randomBytes(18).toString('base64url');
  const ownerPassword = password();
  const appPassword = password();
  await asSuperuser(superuserUrl, async client => {
    if (names.app !== APP_ROLE) {
      await ensureGroup(client, APP_ROLE);
    }
    await ensureLogin(client, names.owner, ownerPassword);
    await ensureLogin(client, names.app, appPassword);
    if (names.app !== APP_ROLE) {
      await client.query(
        `GRANT ${client.escapeIdentifier(APP_ROLE)} TO ${client.escapeIdentifier(names.app)}`,
      );
    }
  });
  return {
    ownerUrl: withLogin(superuserUrl, names.owner, ownerPassword),
    appUrl: withLogin(superuserUrl, names.app, appPassword),
  };
}

/** Drops login roles made by ensureRoles once their databases are gone (test and bench runs). */
export async function dropRoles(superuserUrl: string, names: RoleNames): Promise<void> {
  await asSuperuser(superuserUrl, async client => {
    for (const name of [names.app, names.owner]) {
      await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(name)}`);
    }
  });
}

/**
 * Run as a superuser on a database created before the roles existed: hands the database and
 * everything in its public schema to `owner`, so that later migrations can alter them.
 */
export async function adoptDatabase(
  superuserUrl: string,
  database: string,
  owner: string,
): Promise<void> {
  const client = new Client({ connectionString: withDatabase(superuserUrl, database) });
  await client.connect();
  try {
    const role = client.escapeIdentifier(owner);
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(database)} OWNER TO ${role}`);
    const { rows } = await client.query<{ statement: string }>(
      `SELECT format('ALTER TABLE public.%I OWNER TO %s', relname, $1::text) AS statement
         FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v')
          AND relowner <> $2::regrole
       UNION ALL
       SELECT format('ALTER ROUTINE %s OWNER TO %s', oid::regprocedure, $1::text)
         FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proowner <> $2::regrole
       UNION ALL
       SELECT format('ALTER TYPE public.%I OWNER TO %s', typname, $1::text)
         FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'
          AND typowner <> $2::regrole`,
      [role, owner],
    );
    for (const { statement } of rows) {
      await client.query(statement);
    }
  } finally {
    await client.end();
  }
}

/**
 * What the connected role could do beyond the app's grants: be a superuser or create roles, own
 * tables (and so alter or disable their triggers) or the audit trigger's function (and so replace
 * it), rewrite the audit log or put triggers of its own on it. Ownership counts through any
 * membership (MEMBER, not USAGE): a NOINHERIT member may still SET ROLE to the owner. Empty for a
 * proper app role.
 */
export async function excessPower(db: Pick<DataSource, 'query'>): Promise<string[]> {
  const [row] = await db.query<
    {
      superuser: boolean;
      createRole: boolean;
      owned: string[];
      rewritesAudit: boolean;
      ownsAuditTrigger: boolean;
    }[]
  >(
    `SELECT rolsuper AS superuser, rolcreaterole AS "createRole",
            ARRAY(SELECT relname::text FROM pg_class
                   WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm')
                     AND pg_has_role(current_user, relowner, 'MEMBER') ORDER BY relname) AS owned,
            coalesce(has_table_privilege(to_regclass('public.audit_log'), 'UPDATE, DELETE, TRUNCATE, TRIGGER'), false)
              AS "rewritesAudit",
            EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                     WHERE t.tgrelid = to_regclass('public.audit_log')
                       AND pg_has_role(current_user, p.proowner, 'MEMBER')) AS "ownsAuditTrigger"
       FROM pg_roles WHERE rolname = current_user`,
  );
  return [
    ...(row!.superuser ? ['is a superuser'] : []),
    ...(row!.createRole ? ['may create roles'] : []),
    ...(row!.owned.length > 0 ? [`owns tables (${row!.owned.length}, e.g. ${row!.owned[0]})`] : []),
    ...(row!.rewritesAudit ? ['may update, delete, truncate or add triggers to audit_log'] : []),
    ...(row!.ownsAuditTrigger ? ["owns the audit log's trigger function"] : []),
  ];
}
