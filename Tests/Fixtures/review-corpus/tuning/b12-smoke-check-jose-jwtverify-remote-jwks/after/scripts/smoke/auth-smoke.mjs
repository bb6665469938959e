// Post-deploy smoke check: obtain a token from the IdP with client
// credentials and make sure the deployed API accepts it, verifying the
// token ourselves first so a misconfigured IdP fails loudly here.
import { createRemoteJWKSet, jwtVerify } from "jose";

const ISSUER = "https://login.acme.io/realms/platform";
const AUDIENCE = "orders-api";
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`));

async function fetchToken() {
  const res = await fetch(`${ISSUER}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: process.env.SMOKE_CLIENT_ID,
      client_secret: process.env.SMOKE_CLIENT_SECRET,
      audience: AUDIENCE,
    }),
  });
  if (!res.ok) throw new Error(`token endpoint returned ${res.status}`);
  return (await res.json()).access_token;
}

async function main() {
  const token = await fetchToken();
  const { payload } = await jwtVerify(token, JWKS, {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ["RS256"],
    clockTolerance: "30s",
  });
  console.log(`token ok: sub=${payload.sub} exp=${new Date(payload.exp * 1000).toISOString()}`);

  const base = process.env.SMOKE_BASE_URL ?? "https://orders.staging.acme.io";
  const res = await fetch(`${base}/v1/health/authenticated`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`API rejected token: ${res.status}`);
  console.log("smoke check passed");
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});