import { redactSecrets } from './redact.interceptor';

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
