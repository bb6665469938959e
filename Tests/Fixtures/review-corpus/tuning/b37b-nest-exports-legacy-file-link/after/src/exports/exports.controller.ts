import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createReadStream, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
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

  /**
   * Old notification emails link to /exports/files?name=<org>/<file>.csv.
   * Keep them working until the v1 mailer templates are retired.
   */
  @Get('files')
  async legacyFile(
    @Query('name') name: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    const exportDir = this.config.getOrThrow<string>('EXPORT_DIR');
    const fullPath = join(exportDir, name);
    if (!existsSync(fullPath)) throw new NotFoundException();

    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${basename(fullPath)}"`,
    });
    return new StreamableFile(createReadStream(fullPath));
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
