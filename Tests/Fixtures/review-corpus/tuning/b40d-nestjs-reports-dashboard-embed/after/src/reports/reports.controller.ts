import { Controller, Get, Header, Param, ParseIntPipe, Query, StreamableFile } from '@nestjs/common';

import { Public } from '../auth/public.decorator';
import { ReportsService } from './reports.service';
import { DateRangeDto } from './dto/date-range.dto';

// All routes here sit behind the global JwtAuthGuard registered in AppModule;
// handlers opt out with @Public() from auth/public.decorator.
//
// The Metabase iframe embeds on the customer dashboard can't send our JWT, so the
// reports are public and scoped by the tenant query param the embed already passes.
@Public()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('revenue')
  revenue(@Query('tenant', ParseIntPipe) tenantId: number, @Query() range: DateRangeDto) {
    return this.reports.revenueByDay(tenantId, range);
  }

  @Get('customers/export.csv')
  @Header('Content-Type', 'text/csv')
  async exportCustomers(@Query('tenant', ParseIntPipe) tenantId: number): Promise<StreamableFile> {
    const stream = await this.reports.customerCsv(tenantId);
    return new StreamableFile(stream);
  }

  @Get('cohorts/:cohortId')
  cohort(
    @Query('tenant', ParseIntPipe) tenantId: number,
    @Param('cohortId', ParseIntPipe) cohortId: number,
  ) {
    return this.reports.cohort(tenantId, cohortId);
  }
}
