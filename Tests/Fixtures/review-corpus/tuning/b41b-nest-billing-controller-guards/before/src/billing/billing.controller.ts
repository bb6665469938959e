import { Body, Controller, Get, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { BillingService } from './billing.service';
import { ChangePlanDto } from './dto/change-plan.dto';

@Controller('billing')
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @Get('subscription')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('member', 'owner')
  getSubscription(@CurrentUser() user: AuthUser) {
    return this.billing.subscriptionFor(user.orgId);
  }

  @Get('invoices/:id')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('owner', 'billing_admin')
  getInvoice(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number) {
    return this.billing.invoice(user.orgId, id);
  }

  @Post('plan')
  @UseGuards(JwtAuthGuard, RolesGuard)
  @Roles('owner')
  changePlan(@CurrentUser() user: AuthUser, @Body() dto: ChangePlanDto) {
    return this.billing.changePlan(user.orgId, dto.planId, user.id);
  }
}
