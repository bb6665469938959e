import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassportStrategy } from '@nestjs/passport';
import { passportJwtSecret } from 'jwks-rsa';
import { ExtractJwt, Strategy } from 'passport-jwt';

export interface JwtUser {
  userId: string;
  orgId: string;
  roles: string[];
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKeyProvider: passportJwtSecret({
        jwksUri: `${config.getOrThrow<string>('AUTH_ISSUER_URL')}.well-known/jwks.json`,
        cache: true,
        rateLimit: true,
        jwksRequestsPerMinute: 10,
      }),
      issuer: config.getOrThrow<string>('AUTH_ISSUER_URL'),
      audience: config.getOrThrow<string>('AUTH_AUDIENCE'),
      algorithms: ['RS256'],
    });
  }

  validate(payload: any): JwtUser {
    if (!payload.sub || !payload.org) {
      throw new UnauthorizedException();
    }
    return { userId: payload.sub, orgId: payload.org, roles: payload.roles ?? [] };
  }
}
