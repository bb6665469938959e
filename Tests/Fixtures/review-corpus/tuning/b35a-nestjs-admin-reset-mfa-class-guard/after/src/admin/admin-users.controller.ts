import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { AuditService } from '../audit/audit.service';
import { CurrentUser } from '../auth/current-user.decorator';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import type { AuthUser } from '../auth/auth-user';
import { ListUsersQueryDto, UpdateUserStatusDto } from './dto';
import { UsersService } from '../users/users.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('support_admin', 'superadmin')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@Query() query: ListUsersQueryDto) {
    return this.users.search(query);
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundException();
    return user;
  }

  /**
   * Clears a user's TOTP/WebAuthn factors so they can enrol again after losing
   * their device. Support verifies identity out of band before using this.
   */
  @Post(':id/mfa/reset')
  @HttpCode(204)
  async resetMfa(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() admin: AuthUser) {
    const removed = await this.users.removeMfaFactors(id);
    if (removed === null) throw new NotFoundException();
    await this.users.revokeSessions(id);
    await this.audit.record(admin, 'user.mfa_reset', { userId: id, factorsRemoved: removed });
  }

  @Patch(':id/status')
  async setStatus(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateUserStatusDto,
    @CurrentUser() admin: AuthUser,
  ) {
    const user = await this.users.setStatus(id, dto.status, dto.reason);
    await this.audit.record(admin, 'user.status_changed', { userId: id, status: dto.status, reason: dto.reason });
    return user;
  }
}
