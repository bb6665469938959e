import { Controller, Get } from '@nestjs/common';
import {
  DiskHealthIndicator,
  HealthCheck,
  HealthCheckService,
  MemoryHealthIndicator,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';

import { Roles } from '../auth/roles.decorator';
import { RedisHealthIndicator } from './redis.health';

/**
 * Every route is behind the global JwtAuthGuard + RolesGuard registered in
 * AppModule (APP_GUARD), unless a handler is marked @Public().
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly disk: DiskHealthIndicator,
    private readonly memory: MemoryHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([() => this.memory.checkHeap('heap', 768 * 1024 * 1024)]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
    ]);
  }

  /** Full diagnostic view for the ops dashboard. */
  @Get('details')
  @Roles('admin')
  @HealthCheck()
  details() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
      () => this.disk.checkStorage('disk', { path: '/', thresholdPercent: 0.9 }),
      () => this.memory.checkHeap('heap', 768 * 1024 * 1024),
      () => this.memory.checkRSS('rss', 1024 * 1024 * 1024),
    ]);
  }
}
