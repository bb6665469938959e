import { ServerClient } from 'postmark';

const client = new ServerClient(process.env.POSTMARK_TOKEN as string);

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
