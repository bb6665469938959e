import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { WorkspaceMemberGuard } from '../workspaces/workspace-member.guard';
import { BillingService } from './billing.service';
import { ChangePlanDto } from './dto/change-plan.dto';

@Controller('workspaces/:workspaceId/billing')
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @Get()
  @UseGuards(JwtAuthGuard, WorkspaceMemberGuard)
  summary(@Param('workspaceId') workspaceId: string) {
    return this.billing.summary(workspaceId);
  }

  @Get('invoices')
  @UseGuards(JwtAuthGuard, WorkspaceMemberGuard)
  invoices(@Param('workspaceId') workspaceId: string) {
    return this.billing.listInvoices(workspaceId);
  }

  @Post('plan')
  @UseGuards(JwtAuthGuard, WorkspaceMemberGuard)
  changePlan(@Param('workspaceId') workspaceId: string, @Body() dto: ChangePlanDto) {
    return this.billing.changePlan(workspaceId, dto);
  }
}
