import {
  Body,
  Controller,
  HttpCode,
  Logger,
  Post,
  UseGuards,
} from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUrl, IsObject } from 'class-validator';
import { AxiosError } from 'axios';
import { firstValueFrom } from 'rxjs';
import { JwtAuthGuard } from '../../auth/jwt-auth.guard';
import { CurrentUser } from '../../auth/current-user.decorator';
import { AuthUser } from '../../auth/auth-user';
import { WebhookSigner } from './webhook-signer';
import { samplePayloads, WebhookEvent } from './sample-payloads';

export class TestDeliveryDto {
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  url!: string;

  @IsIn(Object.keys(samplePayloads))
  event!: WebhookEvent;

  @IsOptional()
  @IsObject()
  headers?: Record<string, string>;
}

export interface TestDeliveryResult {
  ok: boolean;
  status?: number;
  durationMs: number;
  responseHeaders?: Record<string, unknown>;
  responseBody?: unknown;
  error?: string;
}

@ApiTags('integrations')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('integrations/webhooks')
export class WebhookTestController {
  private readonly logger = new Logger(WebhookTestController.name);

  constructor(
    private readonly http: HttpService,
    private readonly signer: WebhookSigner,
  ) {}

  /**
   * Lets users check their endpoint before saving a subscription. We show
   * them exactly what their server answered so they can debug signature
   * verification on their side.
   */
  @Post('test')
  @HttpCode(200)
  async testDelivery(
    @CurrentUser() user: AuthUser,
    @Body() dto: TestDeliveryDto,
  ): Promise<TestDeliveryResult> {
    const payload = {
      ...samplePayloads[dto.event],
      accountId: user.accountId,
      test: true,
    };
    const body = JSON.stringify(payload);
    const started = Date.now();

    try {
      const res = await firstValueFrom(
        this.http.post(dto.url, body, {
          headers: {
            ...dto.headers,
            'Content-Type': 'application/json',
            'X-Webhook-Signature': this.signer.sign(user.accountId, body),
          },
          timeout: 10_000,
          maxRedirects: 5,
          validateStatus: () => true,
          responseType: 'text',
        }),
      );
      return {
        ok: res.status >= 200 && res.status < 300,
        status: res.status,
        durationMs: Date.now() - started,
        responseHeaders: res.headers,
        responseBody: res.data,
      };
    } catch (err) {
      const e = err as AxiosError;
      this.logger.warn(`test delivery to ${dto.url} failed: ${e.message}`);
      return {
        ok: false,
        durationMs: Date.now() - started,
        error: e.code ?? e.message,
      };
    }
  }
}
