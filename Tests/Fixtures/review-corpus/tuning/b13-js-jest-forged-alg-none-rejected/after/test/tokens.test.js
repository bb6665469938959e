const { createHmac, generateKeyPairSync } = require("node:crypto");
const jwt = require("jsonwebtoken");

const { verifyAccessToken } = require("../src/auth/tokens");

const b64url = (obj) => Buffer.from(JSON.stringify(obj)).toString("base64url");

describe("verifyAccessToken", () => {
  let keys;

  beforeAll(() => {
    // Throwaway key pair generated per test run; nothing is checked in.
    keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
    process.env.JWT_PUBLIC_KEY = keys.publicKey.export({ type: "spki", format: "pem" });
  });

  const sign = (claims, opts = {}) =>
    jwt.sign(claims, keys.privateKey, { algorithm: "RS256", expiresIn: "5m", issuer: "https://id.acme.test", ...opts });

  it("accepts a correctly signed token", () => {
    const token = sign({ sub: "user-42", scope: "deploy:read" });
    expect(verifyAccessToken(token)).toMatchObject({ sub: "user-42" });
  });

  it("rejects an unsigned token with alg none", () => {
    const forged = `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ sub: "admin", iss: "https://id.acme.test" })}.`;
    expect(() => verifyAccessToken(forged)).toThrow(/invalid/i);
  });

  it("rejects an HS256 token signed with the public key as the secret", () => {
    const input = `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url({ sub: "admin", iss: "https://id.acme.test" })}`;
    const mac = createHmac("sha256", process.env.JWT_PUBLIC_KEY).update(input).digest("base64url");
    const confused = `${input}.${mac}`;
    expect(() => verifyAccessToken(confused)).toThrow();
  });

  it("rejects an expired token", () => {
    const token = sign({ sub: "user-42" }, { expiresIn: -10 });
    expect(() => verifyAccessToken(token)).toThrow(/expired/i);
  });
});