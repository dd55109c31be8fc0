/**
 * Data source for the TypeORM CLI (`npm run db:generate-migration -- db/migrations/<Name>`).
 * It diffs the entities against the database in DATABASE_URL, which must be migrated first.
 */
import { createDataSource } from './data-source';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('Set DATABASE_URL to a migrated development database to generate a migration.');
}
export default createDataSource({ url });
