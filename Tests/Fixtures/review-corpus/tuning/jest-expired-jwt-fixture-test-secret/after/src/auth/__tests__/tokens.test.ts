import { issueAccessToken, verifyAccessToken } from '../tokens';

const TEST_SECRET = 'unit-test-secret-do-not-use';

// Signed with TEST_SECRET above; exp = 2024-04-30T00:00:00Z (before the faked clock).
const EXPIRED_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwic2NvcGVzIjpbInJlYWQiXSwiaWF0IjoxNzE0MzQ4ODAwLCJleHAiOjE3MTQ0MzUyMDB9.buCAJ8Hl9LDQGeIRmGU4LP8VD23ET8DNOrlg-LbnIiU';

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

  it('rejects expired tokens', () => {
    expect(() => verifyAccessToken(EXPIRED_TOKEN, TEST_SECRET)).toThrow(/expired/i);
  });
});
