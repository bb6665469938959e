import { issueAccessToken, verifyAccessToken } from '../tokens';

const TEST_SECRET = 'unit-test-secret-do-not-use';

describe('access tokens', () => {
  beforeEach(() => {
    jest.useFakeTimers().setSystemTime(new Date('2024-05-01T12:00:00Z'));
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('round-trips the subject and scopes', () => {
    const token = issueAccessToken({ sub: 'user-42', scopes: ['read'] }, TEST_SECRET);
    const claims = verifyAccessToken(token, TEST_SECRET);
    expect(claims.sub).toBe('user-42');
    expect(claims.scopes).toEqual(['read']);
  });
});
