import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent, request, type Dispatcher } from 'undici';

/**
 * HTTP client for service-to-service calls inside the mesh-less part of the
 * platform (billing-core, entitlements). Those services use certificates from
 * the internal PKI and require a client certificate.
 *
 * Paths point at files mounted by the `internal-tls` Kubernetes secret.
 */
const CA_PATH = process.env.INTERNAL_CA_BUNDLE ?? '/etc/internal-tls/ca.pem';
const CERT_PATH = process.env.INTERNAL_CLIENT_CERT ?? '/etc/internal-tls/tls.crt';
const KEY_PATH = process.env.INTERNAL_CLIENT_KEY ?? '/etc/internal-tls/tls.key';

let agent: Agent | undefined;

function internalAgent(): Agent {
  if (!agent) {
    agent = new Agent({
      connect: {
        // Keep the public roots so the same agent also works for the few
        // internal hosts still behind a public ACM certificate.
        ca: [...rootCertificates, readFileSync(CA_PATH, 'utf8')],
        cert: readFileSync(CERT_PATH),
        key: readFileSync(KEY_PATH),
        minVersion: 'TLSv1.2',
      },
      keepAliveTimeout: 10_000,
      connections: 32,
    });
  }
  return agent;
}

export class InternalHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly url: string,
    body: string,
  ) {
    super(`internal call ${url} failed with ${statusCode}: ${body.slice(0, 200)}`);
  }
}

export async function internalJson<T>(
  url: string,
  init: { method?: Dispatcher.HttpMethod; body?: unknown; timeoutMs?: number } = {},
): Promise<T> {
  if (!url.startsWith('https://')) {
    throw new Error(`internal calls must use https: ${url}`);
  }

  const res = await request(url, {
    method: init.method ?? 'GET',
    dispatcher: internalAgent(),
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headersTimeout: init.timeoutMs ?? 5_000,
    bodyTimeout: init.timeoutMs ?? 5_000,
  });

  if (res.statusCode >= 400) {
    throw new InternalHttpError(res.statusCode, url, await res.body.text());
  }
  return (await res.body.json()) as T;
}

export async function closeInternalHttp(): Promise<void> {
  await agent?.close();
  agent = undefined;
}
