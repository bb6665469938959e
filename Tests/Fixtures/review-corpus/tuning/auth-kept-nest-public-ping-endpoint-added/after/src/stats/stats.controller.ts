import { Controller, Get, UseGuards } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { StatsService } from './stats.service';

@Controller('stats')
@UseGuards(JwtAuthGuard)
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Public()
  @Get('ping')
  ping() {
    return { ok: true };
  }

  @Get('usage')
  usage() {
    return this.stats.usage();
  }
}