import { postGraphQL, signInAs, startTestApi, type Session, type TestApi } from '../../support/api';

describe('API hardening', () => {
  let api: TestApi;
  let session: Session;
  beforeAll(async () => {
    api = await startTestApi({ demo: true });
    session = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
  });
  afterAll(() => api.close());

  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it('refuses queries nested deeper than the limit', async () => {
    // programmes → participants → office → participations → programme → … 14 levels down
    const level = 'participants { office { participations { programme { ';
    const deep = `{ programmes { ${level.repeat(3)}name${' }'.repeat(13)} }`;
    const result = await session.gql(deep);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: appInfo { syntheticData }`).join(
      ' ',
    );
    const result = await session.gql(`{ ${aliases} }`);
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/alias/i);
  });

  it('refuses a query whose estimated cost is too high, multiplying nested lists', async () => {
    // Within the depth limit, but 50 programmes × 3,000 participants × 50 programmes each.
    const result = await session.gql(
      '{ programmes { participants { office { participations { programme { name } } } } } }',
    );
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/cost/i);
  });

  it('refuses batched requests', async () => {
    const response = await postGraphQL(api.url, [
      { query: '{ appInfo { syntheticData } }' },
      { query: '{ appInfo { syntheticData } }' },
    ]);
    expect(response.status).toBe(400);
  });

  it('refuses request bodies over 100 KB with 413', async () => {
    const response = await postGraphQL(api.url, {
      query: `{ appInfo { syntheticData } } # ${'x'.repeat(110 * 1024)}`,
    });
    expect(response.status).toBe(413);
  });

  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ appInfo { syntheticData } }')}`,
    );
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ appInfo { syntheticData } }' }),
    });
    expect(form.status).toBe(400);
  });

  it('sends security headers and no CORS permission to foreign origins', async () => {
    const response = await postGraphQL(
      api.url,
      { query: '{ appInfo { syntheticData } }' },
      { origin: 'https://evil.example' },
    );
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('API hardening: rate limits and CORS configuration', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      security: {
        rateLimitPerMinuteIp: 5,
        rateLimitPerMinuteUser: 3,
        corsOrigins: ['https://caf.example.gov.pl'],
      },
    });
  });
  afterAll(() => api.close());

  it('limits requests per IP with 429 RATE_LIMITED and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 6; i += 1) {
      last = await postGraphQL(
        api.url,
        { query: '{ appInfo { syntheticData } }' },
        { origin: 'https://caf.example.gov.pl' },
      );
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last!.headers.get('access-control-allow-origin')).toBe('https://caf.example.gov.pl');
    expect((await last!.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

describe('API hardening: per-user rate limit', () => {
  it('limits a signed-in user independently of the IP budget', async () => {
    const api = await startTestApi({ security: { rateLimitPerMinuteUser: 3 } });
    try {
      const session = await signInAs(api, [{ role: 'MINISTRY_ANALYST' }]);
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 4; i += 1) {
        codes.push((await session.gql('{ me { id } }')).errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
      expect((await api.gql('{ appInfo { syntheticData } }')).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('API hardening: production mode', () => {
  it('turns off introspection and hides stack traces', async () => {
    const api = await startTestApi({ production: true });
    try {
      const introspection = await api.gql('{ __schema { types { name } } }');
      expect(introspection.errors![0]!.message).toMatch(/introspection/i);
      const failing = await api.gql('{ offices { totalItems } }');
      expect(failing.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    } finally {
      await api.close();
    }
  });
});
