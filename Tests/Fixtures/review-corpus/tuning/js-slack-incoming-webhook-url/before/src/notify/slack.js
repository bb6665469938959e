const fetch = require('node-fetch');

const CHANNEL = '#deploys';

function formatDeploy({ service, version, actor }) {
  return {
    channel: CHANNEL,
    text: `:rocket: *${service}* ${version} deployed by ${actor}`,
  };
}

async function notifyDeploy(webhookUrl, deploy) {
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
