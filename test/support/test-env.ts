/** What the global setup hands to test files (through process.env, the only channel jest offers). */
export const TEST_ENV = {
  serverUrl: 'CAF_TEST_SERVER_URL',
  /** The run's schema owner and app role (a member of caf_app), as server URLs. */
  ownerUrl: 'CAF_TEST_OWNER_URL',
  appUrl: 'CAF_TEST_APP_URL',
  emptyTemplate: 'CAF_TEST_EMPTY_TEMPLATE',
  demoTemplate: 'CAF_TEST_DEMO_TEMPLATE',
} as const;

export function testEnv(name: keyof typeof TEST_ENV): string {
  const value = process.env[TEST_ENV[name]];
  if (!value) {
    throw new Error(
      `${TEST_ENV[name]} is not set: run the tests with jest (its global setup starts PostgreSQL).`,
    );
  }
  return value;
}
