import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { unserialize } from 'node-serialize';

import { DEFAULT_PREFERENCES, UserPreferences } from './preferences.types';

export const PREFS_COOKIE = 'ui_prefs';

declare module 'express' {
  interface Request {
    preferences?: UserPreferences;
  }
}

@Injectable()
export class PreferencesMiddleware implements NestMiddleware {
  private readonly logger = new Logger(PreferencesMiddleware.name);

  use(req: Request, _res: Response, next: NextFunction): void {
    req.preferences = this.readCookie(req.cookies?.[PREFS_COOKIE]);
    next();
  }

  private readCookie(raw: string | undefined): UserPreferences {
    if (!raw) {
      return { ...DEFAULT_PREFERENCES };
    }
    try {
      const decoded = Buffer.from(raw, 'base64').toString('utf8');
      // node-serialize keeps Date objects (snoozedUntil, lastSeenRelease) intact,
      // unlike JSON.parse which hands them back as strings.
      const parsed = unserialize(decoded) as Partial<UserPreferences>;
      return { ...DEFAULT_PREFERENCES, ...parsed };
    } catch (err) {
      this.logger.debug(`ignoring malformed ${PREFS_COOKIE} cookie: ${String(err)}`);
      return { ...DEFAULT_PREFERENCES };
    }
  }
}
