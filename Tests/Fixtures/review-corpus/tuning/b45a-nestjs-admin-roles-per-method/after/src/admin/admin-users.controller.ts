import { Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';

import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { AdminUsersService } from './admin-users.service';
import { ListUsersQuery } from './dto/list-users.query';

// Support agents can now browse users; impersonation stays admin-only.
@Controller('admin/users')
@UseGuards(RolesGuard)
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @Roles('admin', 'support')
  list(@Query() query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Get('export.csv')
  async exportCsv(@Res() res: Response) {
    const csv = await this.users.exportCsv();
    res.setHeader('Content-Type', 'text/csv');
    res.setHeader('Content-Disposition', 'attachment; filename="users.csv"');
    res.send(csv);
  }

  @Post(':id/impersonate')
  @Roles('admin')
  impersonate(@Param('id') id: string) {
    return this.users.createImpersonationToken(id);
  }
}
