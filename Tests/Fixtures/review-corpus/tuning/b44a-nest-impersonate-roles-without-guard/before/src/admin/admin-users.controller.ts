import { Body, Controller, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';
import { UsersService } from '../users/users.service';
import { ImpersonateDto } from './dto/impersonate.dto';

@Controller('admin/users')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('admin')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Post(':id/disable')
  disable(@Param('id', ParseIntPipe) id: number) {
    return this.users.disable(id);
  }

  @Post(':id/reset-mfa')
  resetMfa(@Param('id', ParseIntPipe) id: number) {
    return this.users.resetMfa(id);
  }

  @Post(':id/impersonate')
  impersonate(@Param('id', ParseIntPipe) id: number, @Body() dto: ImpersonateDto) {
    return this.users.issueImpersonationToken(id, dto.reason);
  }
}
