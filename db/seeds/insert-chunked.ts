import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

const ROWS_PER_STATEMENT = 5000;

/**
 * Bulk INSERT of seed entities, a chunk of rows per statement. Each chunk travels as one JSON
 * parameter that PostgreSQL turns into the table's own row type (json_populate_recordset), so
 * every value gets its column's exact type (enums, char(2), numeric) with no casts spelled out and
 * no bind-parameter limit. TypeORM's multi-row insert would spend most of its time building SQL
 * (≈ 0.2 s per 1,000 scores), which made a national register take minutes to load.
 * Columns no row sets (created_at, version) get their defaults.
 */
export async function insertChunked<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  const metadata = manager.connection.getMetadata(target);
  const columns = metadata.columns.filter(column =>
    rows.some(row => column.getEntityValue(row) !== undefined),
  );
  const names = columns.map(column => `"${column.databaseName}"`).join(', ');
  const table = metadata.tablePath;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const records = rows
      .slice(i, i + ROWS_PER_STATEMENT)
      .map(row =>
        Object.fromEntries(
          columns.map(column => [column.databaseName, column.getEntityValue(row, true) ?? null]),
        ),
      );
    await manager.query(
      `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${table}", $1)`,
      [JSON.stringify(records)],
    );
  }
}
