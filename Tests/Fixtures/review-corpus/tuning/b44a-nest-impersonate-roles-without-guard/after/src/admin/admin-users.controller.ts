import { Body, Controller, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { UsersService } from '../users/users.service';
import { ImpersonateDto } from './dto/impersonate.dto';

@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Post(':id/disable')
  @UseGuards(AuthGuard('jwt'), RolesGuard)
  @Roles('admin')
  disable(@Param('id', ParseIntPipe) id: number) {
    return this.users.disable(id);
  }

  @Post(':id/reset-mfa')
  @UseGuards(AuthGuard('jwt'), RolesGuard)
  @Roles('admin')
  resetMfa(@Param('id', ParseIntPipe) id: number) {
    return this.users.resetMfa(id);
  }

  // support agents need this too (SUP-412)
  @Post(':id/impersonate')
  @UseGuards(AuthGuard('jwt'))
  @Roles('admin', 'support')
  impersonate(@Param('id', ParseIntPipe) id: number, @Body() dto: ImpersonateDto) {
    return this.users.issueImpersonationToken(id, dto.reason);
  }
}
