import { ServerClient } from 'postmark';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    // Local dev: put POSTMARK_SERVER_TOKEN=<server API token> in .env.local (never commit it).
    throw new Error(`${name} is not set`);
  }
  return value;
}

// Postmark's sandbox token accepts sends without delivering them.
const token = process.env.NODE_ENV === 'test' ? 'POSTMARK_API_TEST' : requireEnv('POSTMARK_SERVER_TOKEN');
const client = new ServerClient(token);

const FROM = 'Ledgerly <no-reply@ledgerly.app>';

export async function sendReceipt(to: string, receiptUrl: string, amount: string) {
  await client.sendEmailWithTemplate({
    From: FROM,
    To: to,
    TemplateAlias: 'receipt',
    TemplateModel: { receipt_url: receiptUrl, amount },
    MessageStream: 'outbound',
  });
}

export async function sendMagicLink(to: string, link: string) {
  await client.sendEmailWithTemplate({
    From: FROM,
    To: to,
    TemplateAlias: 'magic-link',
    TemplateModel: { link },
    MessageStream: 'outbound',
  });
}
