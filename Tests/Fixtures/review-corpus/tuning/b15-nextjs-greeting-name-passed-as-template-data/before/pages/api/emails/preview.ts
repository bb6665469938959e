import fs from 'node:fs';
import path from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';

type Render = (data: Record<string, string>, esc: (s: string) => string) => string;

const TEMPLATE_FILE = path.join(process.cwd(), 'emails', 'welcome.tpl.html');

function compile(source: string): Render {
  const body = source
    .split(/\{\{\s*(\w+)\s*\}\}/g)
    .map((part, i) => (i % 2 ? `esc(String(data[${JSON.stringify(part)}] ?? ''))` : JSON.stringify(part)))
    .join(' + ');
  // eslint-disable-next-line no-new-func
  return new Function('data', 'esc', `return ${body};`) as Render;
}

const render = compile(fs.readFileSync(TEMPLATE_FILE, 'utf8'));

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const name = 'there';
  const html = render({ name, product: 'Ledgerly' }, escapeHtml);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.status(200).send(html);
}