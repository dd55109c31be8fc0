import { useQuery } from '@apollo/client/react';
import type { AuditLogFilter } from '../../gql/graphql';
import { AuditLogQuery } from '../graphql/audit.graphql';

export const useAuditLogQuery = (skip: number, take: number, filter: AuditLogFilter) =>
  useQuery(AuditLogQuery, { variables: { skip, take, filter } });
