import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  UseGuards,
} from '@nestjs/common';
import { IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { compileExpression } from 'filtrex';
import { AlertRulesService } from './alert-rules.service';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';

class CreateAlertRuleDto {
  @IsString()
  @MaxLength(120)
  name!: string;

  @IsString()
  @MaxLength(500)
  condition!: string;

  @IsOptional()
  @IsString()
  channel?: string;
}

class TestAlertRuleDto {
  @IsString()
  @MaxLength(500)
  condition!: string;

  @IsObject()
  sample!: Record<string, number | string | boolean>;
}

type Predicate = (metrics: Record<string, unknown>) => boolean;

function compileCondition(condition: string): Predicate {
  try {
    const fn = compileExpression(condition, {
      extraFunctions: { abs: Math.abs, max: Math.max, min: Math.min },
    });
    return (metrics) => Boolean(fn(metrics));
  } catch (err) {
    throw new BadRequestException(`invalid condition: ${(err as Error).message}`);
  }
}

@Controller('alert-rules')
@UseGuards(JwtAuthGuard)
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.rules.listForProject(user.projectId);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.rules.get(user.projectId, id);
  }

  @Post()
  create(@Body() dto: CreateAlertRuleDto, @CurrentUser() user: AuthUser) {
    compileCondition(dto.condition); // reject unparsable conditions up front
    return this.rules.create(user.projectId, {
      name: dto.name,
      condition: dto.condition,
      channel: dto.channel ?? 'email',
      createdBy: user.id,
    });
  }

  @Post('test')
  test(@Body() dto: TestAlertRuleDto) {
    const predicate = compileCondition(dto.condition);
    const started = process.hrtime.bigint();
    const fired = predicate(dto.sample);
    const micros = Number(process.hrtime.bigint() - started) / 1000;
    return { fired, evaluatedInMicros: micros };
  }
}
