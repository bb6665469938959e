import { tokenStore } from './tokenStore';

const REFRESH_MARGIN_MS = 60_000;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Expiry (seconds since the epoch) of our own access token; the API verifies it on every call. */
function expiryOf(token: string): number {
  const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  return typeof payload.exp === 'number' ? payload.exp : 0;
}

export function scheduleRefresh(): void {
  const token = tokenStore.get();
  if (!token) return;
  clearTimeout(timer);
  const delay = Math.max(expiryOf(token) * 1000 - Date.now() - REFRESH_MARGIN_MS, 0);
  timer = setTimeout(async () => {
    const response = await fetch('/api/auth/refresh', {
      method: 'POST',
      credentials: 'include',
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.ok) {
      const { accessToken } = await response.json();
      tokenStore.set(accessToken);
      scheduleRefresh();
    }
  }, delay);
}