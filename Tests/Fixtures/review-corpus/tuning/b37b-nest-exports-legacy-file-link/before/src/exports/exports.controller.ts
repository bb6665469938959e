import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createReadStream } from 'node:fs';
import type { Response } from 'express';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import type { AuthedRequest } from '../auth/authed-request';
import { CreateExportDto } from './dto/create-export.dto';
import { ExportsService } from './exports.service';

@Controller('exports')
@UseGuards(JwtAuthGuard)
export class ExportsController {
  constructor(
    private readonly exportsService: ExportsService,
    private readonly config: ConfigService,
  ) {}

  @Post()
  async create(@Req() req: AuthedRequest, @Body() dto: CreateExportDto) {
    const job = await this.exportsService.enqueue(req.user.orgId, req.user.id, dto);
    return { id: job.id, status: job.status };
  }

  @Get(':id')
  async status(@Req() req: AuthedRequest, @Param('id', ParseUUIDPipe) id: string) {
    const job = await this.exportsService.findForOrg(req.user.orgId, id);
    if (!job) throw new NotFoundException();
    return { id: job.id, status: job.status, rows: job.rowCount, finishedAt: job.finishedAt };
  }

  @Get(':id/download')
  async download(
    @Req() req: AuthedRequest,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const job = await this.exportsService.findForOrg(req.user.orgId, id);
    if (!job || job.status !== 'done') throw new NotFoundException();

    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${job.fileName}"`,
    });
    return new StreamableFile(createReadStream(job.storagePath));
  }
}
