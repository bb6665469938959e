import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  UseGuards,
} from '@nestjs/common';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { BillingService } from './billing.service';
import { ChangePlanDto } from './dto/change-plan.dto';
import { RefundRequestDto } from './dto/refund-request.dto';

@Controller('billing')
@UseGuards(JwtAuthGuard, RolesGuard)
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @Get('subscription')
  @Roles('member', 'owner')
  getSubscription(@CurrentUser() user: AuthUser) {
    return this.billing.subscriptionFor(user.orgId);
  }

  @Get('invoices/:id')
  @Roles('owner', 'billing_admin')
  getInvoice(@CurrentUser() user: AuthUser, @Param('id', ParseIntPipe) id: number) {
    return this.billing.invoice(user.orgId, id);
  }

  @Post('plan')
  @Roles('owner')
  changePlan(@CurrentUser() user: AuthUser, @Body() dto: ChangePlanDto) {
    return this.billing.changePlan(user.orgId, dto.planId, user.id);
  }

  @Post('invoices/:id/refund-request')
  @HttpCode(202)
  @Roles('owner', 'billing_admin')
  requestRefund(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: RefundRequestDto,
  ) {
    return this.billing.requestRefund(user.orgId, id, dto.reason, user.id);
  }
}
