import { NextRequest, NextResponse } from 'next/server';
import { exchangeCode } from '@/lib/oauth';
import { createSession } from '@/lib/session';

export async function GET(req: NextRequest) {
  const code = req.nextUrl.searchParams.get('code');
  const state = req.nextUrl.searchParams.get('state');
  const expectedState = req.cookies.get('oauth_state')?.value;

  if (!code || !state || state !== expectedState) {
    return NextResponse.json({ error: 'invalid_state' }, { status: 400 });
  }

  // Send people back to the page they were on before login, but never off-site.
  let dest = new URL('/dashboard', req.url);
  try {
    const candidate = new URL(req.cookies.get('return_to')?.value ?? '/dashboard', req.url);
    if (candidate.origin === req.nextUrl.origin) dest = candidate;
  } catch {
    // malformed cookie value: keep the dashboard
  }

  const tokens = await exchangeCode(code);
  const res = NextResponse.redirect(dest);
  await createSession(res, tokens);
  res.cookies.delete('oauth_state');
  res.cookies.delete('return_to');
  return res;
}
