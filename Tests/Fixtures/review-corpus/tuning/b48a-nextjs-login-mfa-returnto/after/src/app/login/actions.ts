'use server';

import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { signIn } from '@/server/auth';

function safeReturnTo(value: FormDataEntryValue | null): string {
  if (typeof value !== 'string') return '/';
  // Only same-origin absolute paths: reject protocol-relative (//host) and backslash tricks.
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return value;
}

export async function login(_prev: unknown, formData: FormData) {
  const email = String(formData.get('email') ?? '');
  const password = String(formData.get('password') ?? '');

  const session = await signIn(email, password);
  if (!session) {
    return { error: 'Invalid email or password' };
  }

  const returnTo = safeReturnTo(formData.get('returnTo'));
  if (session.mfaRequired) {
    cookies().set('mfa_pending', session.id, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 300 });
    redirect(`/login/mfa?returnTo=${encodeURIComponent(returnTo)}`);
  }

  cookies().set('sid', session.id, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  redirect(returnTo);
}
