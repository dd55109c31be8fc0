import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($skip: Int!, $take: Int!, $filter: AuditLogFilter) {
    auditLog(skip: $skip, take: $take, filter: $filter) {
      totalItems
      items {
        id
        occurredAt
        actorEmail
        action
        entityType
        entityId
        before
        after
      }
    }
  }
`);
