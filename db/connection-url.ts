/** Replaces the database name of a connection string. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Replaces the user and password of a connection string (the `postgres` database). */
export function withLogin(url: string, user: string, password: string): string {
  const parsed = new URL(withDatabase(url, 'postgres'));
  parsed.username = user;
  parsed.password = password;
  return parsed.toString();
}
