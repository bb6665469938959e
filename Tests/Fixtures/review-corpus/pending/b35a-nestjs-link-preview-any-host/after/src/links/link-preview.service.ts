import { HttpService } from '@nestjs/axios';
import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom } from 'rxjs';

export interface LinkPreview {
  url: string;
  title: string | null;
  description: string | null;
  thumbnailUrl: string | null;
  provider: string;
}

interface OEmbedResponse {
  title?: string;
  author_name?: string;
  thumbnail_url?: string;
  provider_name?: string;
}

const OEMBED_ENDPOINTS: Record<string, string> = {
  'www.youtube.com': 'https://www.youtube.com/oembed',
  'youtu.be': 'https://www.youtube.com/oembed',
  'vimeo.com': 'https://vimeo.com/api/oembed.json',
  'open.spotify.com': 'https://open.spotify.com/oembed',
};

@Injectable()
export class LinkPreviewService {
  private readonly logger = new Logger(LinkPreviewService.name);

  constructor(
    private readonly http: HttpService,
    private readonly config: ConfigService,
  ) {}

  async preview(rawUrl: string): Promise<LinkPreview | null> {
    let parsed: URL;
    try {
      parsed = new URL(rawUrl);
    } catch {
      throw new BadRequestException('url is not valid');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new BadRequestException('only http(s) links can be previewed');
    }

    const endpoint = OEMBED_ENDPOINTS[parsed.hostname];
    if (!endpoint) {
      return this.scrapePreview(parsed);
    }

    try {
      const res = await firstValueFrom(
        this.http.get<OEmbedResponse>(endpoint, {
          params: { url: parsed.toString(), format: 'json' },
          timeout: this.config.get<number>('links.previewTimeoutMs', 3000),
        }),
      );
      return {
        url: parsed.toString(),
        title: res.data.title ?? null,
        description: res.data.author_name ?? null,
        thumbnailUrl: res.data.thumbnail_url ?? null,
        provider: res.data.provider_name ?? parsed.hostname,
      };
    } catch (err) {
      this.logger.warn(`oEmbed lookup failed for ${parsed.hostname}: ${(err as Error).message}`);
      return null;
    }
  }

  /** Generic fallback: fetch the page itself and read its <title> / OpenGraph tags. */
  private async scrapePreview(target: URL): Promise<LinkPreview | null> {
    const res = await firstValueFrom(
      this.http.get<string>(target.toString(), {
        responseType: 'text',
        maxRedirects: 5,
        timeout: this.config.get<number>('links.previewTimeoutMs', 3000),
        headers: { 'User-Agent': 'AcmeChatBot/1.0 (+https://acme.chat/bot)' },
        validateStatus: () => true,
      }),
    );
    const body = typeof res.data === 'string' ? res.data : JSON.stringify(res.data);
    const meta = (prop: string) =>
      body.match(new RegExp(`<meta[^>]+property=["']og:${prop}["'][^>]+content=["']([^"']*)`, 'i'))?.[1] ?? null;
    const isHtml = String(res.headers['content-type'] ?? '').includes('text/html');

    return {
      url: target.toString(),
      title: meta('title') ?? body.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1]?.trim() ?? null,
      description: meta('description') ?? (isHtml ? null : body.slice(0, 500)),
      thumbnailUrl: meta('image'),
      provider: target.hostname,
    };
  }
}
