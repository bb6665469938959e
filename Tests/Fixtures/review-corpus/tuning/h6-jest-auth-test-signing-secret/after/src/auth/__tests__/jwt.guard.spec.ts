import { ExecutionContext, UnauthorizedException } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';
import { JwtGuard } from '../jwt.guard';

const TEST_SECRET = 'unit-test-only-not-a-secret';

function contextWith(authorization?: string): ExecutionContext {
  const req = { headers: authorization ? { authorization } : {} } as any;
  return {
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

describe('JwtGuard', () => {
  const guard = new JwtGuard({ secret: TEST_SECRET, audience: 'tests' });

  it('accepts a token signed with the configured secret', () => {
    const token = jwt.sign({ sub: 'user-1' }, TEST_SECRET, { audience: 'tests', expiresIn: '5m' });
    expect(guard.canActivate(contextWith(`Bearer ${token}`))).toBe(true);
  });

  it('rejects a token signed with another secret', () => {
    const token = jwt.sign({ sub: 'user-1' }, 'some-other-secret', { audience: 'tests' });
    expect(() => guard.canActivate(contextWith(`Bearer ${token}`))).toThrow(UnauthorizedException);
  });

  it('rejects a missing header', () => {
    expect(() => guard.canActivate(contextWith())).toThrow(UnauthorizedException);
  });
});
