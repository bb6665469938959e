import { createHash, randomBytes } from "node:crypto";

import { db } from "../db";

export interface IssuedKey {
  id: string;
  plaintext: string;
}

const KEY_PREFIX = "ak_live_";

function hashKey(plaintext: string): string {
  // Keys are 256-bit random values, so a fast unsalted hash is fine for lookup.
  return createHash("sha256").update(plaintext).digest("hex");
}

export async function issueApiKey(workspaceId: string, label: string): Promise<IssuedKey> {
  const plaintext = KEY_PREFIX + randomBytes(32).toString("base64url");
  const [row] = await db("api_keys")
    .insert({
      workspace_id: workspaceId,
      label,
      key_hash: hashKey(plaintext),
      display_hint: plaintext.slice(-4),
    })
    .returning(["id"]);
  return { id: row.id, plaintext };
}

export async function findKey(plaintext: string) {
  return db("api_keys").where({ key_hash: hashKey(plaintext), revoked_at: null }).first();
}
