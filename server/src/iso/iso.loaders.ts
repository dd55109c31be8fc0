import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKey } from '../graphql/batch';
import type { IsoEdition, IsoEventType } from '@caf/schema';

export interface IsoEventRow {
  officeId: string;
  certificationId: string;
  edition: IsoEdition;
  certificationBody: string | null;
  certificateNumber: string | null;
  type: IsoEventType;
  occurredOn: string;
  validUntil: string | null;
}

export const createIsoLoaders = (ds: DataSource) => ({
  /** All ISO events of each office, oldest first, with their certification's public facts. */
  isoEventsByOfficeId: new DataLoader<string, IsoEventRow[]>(async officeIds =>
    groupByKey(
      officeIds,
      await ds.query<IsoEventRow[]>(
        `SELECT c.office_id AS "officeId", c.id AS "certificationId", c.edition,
                c.certification_body AS "certificationBody", c.certificate_number AS "certificateNumber",
                e.type, e.occurred_on AS "occurredOn", e.valid_until AS "validUntil"
           FROM iso_certification c
           JOIN iso_event e ON e.certification_id = c.id
          WHERE c.office_id = ANY($1)
          ORDER BY e.occurred_on, e.created_at`,
        [officeIds],
      ),
      row => row.officeId,
    ),
  ),
});

export type IsoLoaders = ReturnType<typeof createIsoLoaders>;

// Adds this feature's loaders to the request context's `loaders` (see graphql/context.ts).
declare module '../graphql/context' {
  interface Loaders extends IsoLoaders {}
}
