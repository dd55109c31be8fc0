import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AppInfoResolver } from './app-info/app-info.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { assertEveryOperationAuthorized, authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { BenchlearningResolver } from './benchlearning/benchlearning.resolver';
import { BenchmarkResolver, ProgrammeBenchmarkResolver } from './benchmark/benchmark.resolver';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { OfficeIsoResolver } from './iso/iso.resolver';
import { OfficeLabelResolver } from './label/label.resolver';
import { OfficeResolver } from './office/office.resolver';
import {
  OfficeParticipationResolver,
  ParticipationResolver,
  ProgrammeResolver,
} from './programme/programme.resolver';
import {
  ProgrammeSubmissionResolver,
  SubmissionOfficeResolver,
} from './programme/submission.resolver';
import { RoleGrantResolver, UserAdminResolver } from './user/user.resolver';

export const RESOLVERS = [
  AppInfoResolver,
  AuditResolver,
  AuthResolver,
  BenchlearningResolver,
  BenchmarkResolver,
  CatalogueResolver,
  OfficeResolver,
  OfficeParticipationResolver,
  OfficeIsoResolver,
  OfficeLabelResolver,
  ProgrammeResolver,
  ParticipationResolver,
  ProgrammeBenchmarkResolver,
  ProgrammeSubmissionResolver,
  SubmissionOfficeResolver,
  RoleGrantResolver,
  UserAdminResolver,
] as const;

/** The committed contract; `npm run schema:emit` rewrites it and a test fails when it is stale. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

/** Builds the executable schema; `emitTo` also writes its SDL there (sorted, so diffs stay small). */
export async function buildAppSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emitTo ? { path: options.emitTo, sortedSchema: true } : false,
  });
  assertEveryOperationAuthorized(schema);
  return schema;
}
