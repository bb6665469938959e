import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { WorkspaceMemberGuard } from '../workspaces/workspace-member.guard';
import { BillingService } from './billing.service';
import { ChangePlanDto } from './dto/change-plan.dto';

// Every billing route needs a signed-in member of the workspace; declare it once.
@Controller('workspaces/:workspaceId/billing')
@UseGuards(JwtAuthGuard, WorkspaceMemberGuard)
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  summary(@Param('workspaceId') workspaceId: string) {
    return this.billing.summary(workspaceId);
  }

  @Get('invoices')
  invoices(@Param('workspaceId') workspaceId: string) {
    return this.billing.listInvoices(workspaceId);
  }

  @Get('usage')
  usage(@Param('workspaceId') workspaceId: string) {
    return this.billing.currentUsage(workspaceId);
  }

  @Post('plan')
  changePlan(@Param('workspaceId') workspaceId: string, @Body() dto: ChangePlanDto) {
    return this.billing.changePlan(workspaceId, dto);
  }
}
