import { Controller, Get, Header, Param, ParseIntPipe, Query, StreamableFile } from '@nestjs/common';

import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/auth-user';
import { ReportsService } from './reports.service';
import { DateRangeDto } from './dto/date-range.dto';

// All routes here sit behind the global JwtAuthGuard registered in AppModule;
// handlers opt out with @Public() from auth/public.decorator.
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('revenue')
  revenue(@CurrentUser() user: AuthUser, @Query() range: DateRangeDto) {
    return this.reports.revenueByDay(user.tenantId, range);
  }

  @Get('customers/export.csv')
  @Header('Content-Type', 'text/csv')
  async exportCustomers(@CurrentUser() user: AuthUser): Promise<StreamableFile> {
    const stream = await this.reports.customerCsv(user.tenantId);
    return new StreamableFile(stream);
  }

  @Get('cohorts/:cohortId')
  cohort(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', ParseIntPipe) cohortId: number,
  ) {
    return this.reports.cohort(user.tenantId, cohortId);
  }
}
