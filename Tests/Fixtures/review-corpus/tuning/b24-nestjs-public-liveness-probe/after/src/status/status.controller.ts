import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SkipThrottle } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import { Role } from '../auth/role.enum';
import { QueueService } from '../queue/queue.service';

interface StatusReport {
  version: string;
  commit: string;
  uptimeSeconds: number;
  database: { connected: boolean; migrationsPending: number };
  queue: { waiting: number; failed: number };
}

/**
 * All routes are behind the global JwtAuthGuard + RolesGuard registered in
 * AppModule (APP_GUARD). Opt out per route with @Public().
 */
@Controller()
export class StatusController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  /**
   * Liveness/readiness probe for the kubelet, which cannot send a JWT.
   * Deliberately reveals nothing beyond up/down.
   */
  @Public()
  @SkipThrottle()
  @Get('healthz')
  @HttpCode(200)
  async healthz(): Promise<{ status: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException();
    }
    return { status: 'ok' };
  }

  @Get('status')
  @Roles(Role.Admin)
  async status(): Promise<StatusReport> {
    const pending = await this.dataSource.showMigrations();
    const counts = await this.queue.counts();

    return {
      version: process.env.APP_VERSION ?? 'dev',
      commit: process.env.GIT_SHA ?? 'unknown',
      uptimeSeconds: Math.round(process.uptime()),
      database: {
        connected: this.dataSource.isInitialized,
        migrationsPending: pending ? 1 : 0,
      },
      queue: { waiting: counts.waiting, failed: counts.failed },
    };
  }

  @Get('status/queue/failed')
  @Roles(Role.Admin)
  async failedJobs() {
    const jobs = await this.queue.failed(50);
    if (!jobs) {
      throw new ServiceUnavailableException('queue unavailable');
    }
    return jobs.map((j) => ({ id: j.id, name: j.name, reason: j.failedReason }));
  }
}
