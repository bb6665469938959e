export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const DEFAULTS: RetryOptions = { retries: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, opts: RetryOptions = DEFAULTS): number {
  return Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
}

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = DEFAULTS): Promise<T> {
  let lastErr: unknown;
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      if (attempt < opts.retries) await sleep(backoffDelay(attempt, opts));
    }
  }
  throw lastErr;
}
