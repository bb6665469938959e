import { redactSecrets } from './redact.interceptor';

// Obviously fake, provider-shaped values: they only need to match the patterns.
const FAKE_AWS_ACCESS_KEY_ID = 'AKIAZZZZFAKE7EXAMPLE';
const FAKE_AWS_SECRET_ACCESS_KEY = 'fAkE0nLy/ForRedactionSpecs/NotARealKey00';

describe('redactSecrets', () => {
  it('masks bearer tokens in headers', () => {
    const out = redactSecrets({
      headers: { authorization: 'Bearer abc.def.ghi', accept: 'application/json' },
    });
    expect(out.headers.authorization).toBe('Bearer [REDACTED]');
    expect(out.headers.accept).toBe('application/json');
  });

  it('masks password fields at any depth', () => {
    const out = redactSecrets({ user: { email: 'a@b.test', password: 'hunter2' } });
    expect(out.user.password).toBe('[REDACTED]');
    expect(out.user.email).toBe('a@b.test');
  });

  it('masks AWS key pairs that leak into error messages', () => {
    const out = redactSecrets({
      message: `S3 upload failed for ${FAKE_AWS_ACCESS_KEY_ID} (secret ${FAKE_AWS_SECRET_ACCESS_KEY})`,
    });
    expect(out.message).not.toContain(FAKE_AWS_ACCESS_KEY_ID);
    expect(out.message).not.toContain(FAKE_AWS_SECRET_ACCESS_KEY);
    expect(out.message).toContain('AKIA[REDACTED]');
  });

  it('leaves non-secret strings alone', () => {
    const input = { message: 'order 42 shipped', tags: ['eu', 'priority'] };
    expect(redactSecrets(input)).toEqual(input);
  });

  it('does not mutate its input', () => {
    const input = { password: 'x' };
    redactSecrets(input);
    expect(input.password).toBe('x');
  });
});
