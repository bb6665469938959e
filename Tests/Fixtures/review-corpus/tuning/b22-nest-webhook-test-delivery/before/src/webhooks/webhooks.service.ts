import { BadRequestException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { InjectRepository } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { Repository } from 'typeorm';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { assertPublicUrl } from './url-guard';

@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectRepository(WebhookEndpoint)
    private readonly endpoints: Repository<WebhookEndpoint>,
    private readonly http: HttpService,
  ) {}

  async create(accountId: string, dto: CreateWebhookDto): Promise<WebhookEndpoint> {
    await assertPublicUrl(dto.url);
    const endpoint = this.endpoints.create({
      accountId,
      url: dto.url,
      events: dto.events,
      secret: randomBytes(32).toString('hex'),
    });
    return this.endpoints.save(endpoint);
  }

  async list(accountId: string): Promise<WebhookEndpoint[]> {
    return this.endpoints.find({ where: { accountId }, order: { createdAt: 'DESC' } });
  }

  async remove(accountId: string, id: string): Promise<void> {
    const result = await this.endpoints.delete({ id, accountId });
    if (!result.affected) {
      throw new NotFoundException();
    }
  }

  async deliver(endpoint: WebhookEndpoint, event: string, payload: unknown): Promise<number> {
    await assertPublicUrl(endpoint.url);
    const body = JSON.stringify({ event, payload, sentAt: new Date().toISOString() });
    const signature = createHmac('sha256', endpoint.secret).update(body).digest('hex');

    try {
      const res = await firstValueFrom(
        this.http.post(endpoint.url, body, {
          headers: { 'content-type': 'application/json', 'x-signature-sha256': signature },
          timeout: 5000,
          maxRedirects: 0,
          validateStatus: () => true,
        }),
      );
      return res.status;
    } catch (err) {
      this.logger.warn(`delivery to ${endpoint.id} failed: ${(err as Error).message}`);
      return 0;
    }
  }
}
