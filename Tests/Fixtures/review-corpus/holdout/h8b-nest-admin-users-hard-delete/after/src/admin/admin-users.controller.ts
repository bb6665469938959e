import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/guards/jwt-auth.guard';
import { RolesGuard } from '../auth/guards/roles.guard';
import { Roles } from '../auth/decorators/roles.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { AuthUser, Role } from '../auth/types';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import { ListUsersQuery } from './dto/list-users.query';

@Controller('admin/users')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles(Role.Admin)
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@Query() query: ListUsersQuery) {
    return this.users.search(query);
  }

  @Patch(':id/suspend')
  async suspend(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser) {
    const user = await this.users.suspend(id);
    await this.audit.record(actor, 'user.suspended', { userId: id });
    return user;
  }

  // GDPR erasure requests: removes the user and their PII, keeps anonymised billing rows
  @Delete(':id')
  @HttpCode(204)
  async erase(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser) {
    await this.users.erase(id);
    await this.audit.record(actor, 'user.erased', { userId: id });
  }
}
