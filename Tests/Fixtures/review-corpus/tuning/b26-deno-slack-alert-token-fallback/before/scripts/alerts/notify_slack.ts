// Posts deploy and incident alerts to Slack.
//
//   deno run --allow-net=slack.com --allow-env scripts/alerts/notify_slack.ts \
//     --channel C04ALERTS --status failed --service checkout-api
import { parseArgs } from "jsr:@std/cli@1/parse-args";

type Status = "started" | "succeeded" | "failed" | "rolled_back";

const STATUS_EMOJI: Record<Status, string> = {
  started: ":rocket:",
  succeeded: ":white_check_mark:",
  failed: ":rotating_light:",
  rolled_back: ":leftwards_arrow_with_hook:",
};

interface AlertOptions {
  channel: string;
  status: Status;
  service: string;
  url?: string;
}

function botToken(): string {
  const token = Deno.env.get("SLACK_BOT_TOKEN");
  if (!token) {
    throw new Error("SLACK_BOT_TOKEN is not set");
  }
  return token;
}

function buildBlocks(opts: AlertOptions) {
  const headline = `${STATUS_EMOJI[opts.status]} *${opts.service}* deploy ${opts.status.replace("_", " ")}`;
  const blocks: unknown[] = [
    { type: "section", text: { type: "mrkdwn", text: headline } },
  ];
  if (opts.url) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `<${opts.url}|View run>` }],
    });
  }
  return blocks;
}

export async function postAlert(opts: AlertOptions): Promise<void> {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Authorization: `Bearer ${botToken()}`,
    },
    body: JSON.stringify({
      channel: opts.channel,
      text: `${opts.service}: ${opts.status}`,
      blocks: buildBlocks(opts),
    }),
  });
  const payload = await res.json();
  if (!payload.ok) {
    throw new Error(`Slack API error: ${payload.error}`);
  }
}

if (import.meta.main) {
  const args = parseArgs(Deno.args, { string: ["channel", "status", "service", "url"] });
  if (!args.channel || !args.status || !args.service) {
    console.error("usage: notify_slack.ts --channel ID --status STATUS --service NAME [--url URL]");
    Deno.exit(2);
  }
  await postAlert({
    channel: args.channel,
    status: args.status as Status,
    service: args.service,
    url: args.url,
  });
}
