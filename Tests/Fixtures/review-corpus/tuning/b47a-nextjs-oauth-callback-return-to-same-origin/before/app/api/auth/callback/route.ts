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

  const tokens = await exchangeCode(code);
  const res = NextResponse.redirect(new URL('/dashboard', req.url));
  await createSession(res, tokens);
  res.cookies.delete('oauth_state');
  return res;
}
