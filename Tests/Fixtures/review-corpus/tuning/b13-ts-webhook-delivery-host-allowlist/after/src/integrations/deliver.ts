import { logger } from "../logger";
import type { Integration } from "../models/integration";

export interface AlertPayload {
  text: string;
  severity: "info" | "warning" | "critical";
  deployId: string;
}

// Chat providers we support; anything else is refused before any request is made.
const ALLOWED_WEBHOOK_HOSTS = new Set(["hooks.slack.com", "discord.com", "chat.googleapis.com"]);

export function checkWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("webhook URL is not a valid URL");
  }
  if (url.protocol !== "https:" || url.port !== "" || url.username || url.password) {
    throw new Error("webhook URL must be plain https on the default port");
  }
  if (!ALLOWED_WEBHOOK_HOSTS.has(url.hostname)) {
    throw new Error(`webhook host ${url.hostname} is not supported`);
  }
  return url;
}

export async function deliverAlert(integration: Integration, payload: AlertPayload): Promise<boolean> {
  const target = checkWebhookUrl(integration.webhookUrl);
  const res = await fetch(target, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: payload.text }),
    redirect: "error",
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) {
    logger.warn({ integration: integration.id, status: res.status }, "alert delivery failed");
  }
  return res.ok;
}