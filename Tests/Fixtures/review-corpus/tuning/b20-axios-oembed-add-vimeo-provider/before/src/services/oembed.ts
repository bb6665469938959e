import axios, { AxiosError } from "axios";
import { LRUCache } from "lru-cache";
import { logger } from "../lib/logger";

export interface EmbedResult {
  provider: string;
  title: string;
  html: string;
  thumbnailUrl?: string;
  width?: number;
  height?: number;
}

interface Provider {
  name: string;
  /** fixed oEmbed endpoint we call; the user's link only goes in the `url` query param */
  endpoint: string;
  /** hostnames of content links this provider can embed */
  matches: readonly string[];
}

const PROVIDERS: readonly Provider[] = [
  {
    name: "youtube",
    endpoint: "https://www.youtube.com/oembed",
    matches: ["www.youtube.com", "youtube.com", "youtu.be", "m.youtube.com"],
  },
  {
    name: "soundcloud",
    endpoint: "https://soundcloud.com/oembed",
    matches: ["soundcloud.com", "on.soundcloud.com"],
  },
];

const http = axios.create({
  timeout: 4000,
  maxRedirects: 0,
  maxContentLength: 256 * 1024,
  headers: { Accept: "application/json" },
});

const cache = new LRUCache<string, EmbedResult>({ max: 2000, ttl: 6 * 60 * 60 * 1000 });

function providerFor(link: URL): Provider | undefined {
  if (link.protocol !== "https:") return undefined;
  return PROVIDERS.find((p) => p.matches.includes(link.hostname));
}

export async function resolveEmbed(rawLink: string): Promise<EmbedResult | null> {
  let link: URL;
  try {
    link = new URL(rawLink);
  } catch {
    return null;
  }
  const provider = providerFor(link);
  if (!provider) return null;

  const key = `${provider.name}:${link.href}`;
  const cached = cache.get(key);
  if (cached) return cached;

  try {
    const { data } = await http.get(provider.endpoint, {
      params: { url: link.href, format: "json", maxwidth: 720 },
    });
    const result: EmbedResult = {
      provider: provider.name,
      title: String(data.title ?? ""),
      html: String(data.html ?? ""),
      thumbnailUrl: typeof data.thumbnail_url === "string" ? data.thumbnail_url : undefined,
      width: Number(data.width) || undefined,
      height: Number(data.height) || undefined,
    };
    cache.set(key, result);
    return result;
  } catch (err) {
    const status = (err as AxiosError).response?.status;
    logger.warn({ provider: provider.name, status }, "oembed lookup failed");
    return null;
  }
}
