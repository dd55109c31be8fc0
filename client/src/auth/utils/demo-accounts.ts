import type { UserRole } from '../../gql/graphql';

/** Shared by every demo account (server: auth/bootstrap.ts); shown only while data is synthetic. */
export const DEMO_PASSWORD = 'demo-caf-2026';

export type DemoAccount = {
  email: string;
  role: UserRole;
  /** The programme or office the role is scoped to (a proper name, the same in every language). */
  scope?: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@demo.caf-benchmark.pl', role: 'ADMIN' },
  { email: 'lider@demo.caf-benchmark.pl', role: 'PROGRAMME_LEADER', scope: 'Dzierżoniów 2009' },
  { email: 'urzad@demo.caf-benchmark.pl', role: 'OFFICE_EDITOR', scope: 'UM Dzierżoniów' },
  { email: 'podglad@demo.caf-benchmark.pl', role: 'OFFICE_VIEWER', scope: 'UG Sękowa' },
  { email: 'ministerstwo@demo.caf-benchmark.pl', role: 'MINISTRY_ANALYST' },
];
