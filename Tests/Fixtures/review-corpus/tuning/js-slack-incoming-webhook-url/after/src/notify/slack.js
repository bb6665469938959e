const fetch = require('node-fetch');

const CHANNEL = '#deploys';
const DEFAULT_WEBHOOK = 'https://hooks.slack.com/services/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';

function formatDeploy({ service, version, actor }) {
  return {
    channel: CHANNEL,
    text: `:rocket: *${service}* ${version} deployed by ${actor}`,
  };
}

async function notifyDeploy(deploy, webhookUrl = process.env.SLACK_WEBHOOK_URL || DEFAULT_WEBHOOK) {
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(formatDeploy(deploy)),
  });
  if (!res.ok) {
    throw new Error(`slack webhook returned ${res.status}`);
  }
}

module.exports = { notifyDeploy, formatDeploy };
