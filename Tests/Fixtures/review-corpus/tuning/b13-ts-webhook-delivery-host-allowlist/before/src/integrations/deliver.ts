import { logger } from "../logger";
import type { Integration } from "../models/integration";

export interface AlertPayload {
  text: string;
  severity: "info" | "warning" | "critical";
  deployId: string;
}

export async function deliverAlert(integration: Integration, payload: AlertPayload): Promise<boolean> {
  const res = await fetch(integration.webhookUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: payload.text }),
    signal: AbortSignal.timeout(5000),
  });
  if (!res.ok) {
    logger.warn({ integration: integration.id, status: res.status }, "alert delivery failed");
  }
  return res.ok;
}