import { createHash } from "node:crypto";
import { v4 as uuidv4 } from "uuid";

import { db } from "../db";

export interface IssuedKey {
  id: string;
  plaintext: string;
}

function hashKey(plaintext: string): string {
  return createHash("sha256").update(plaintext).digest("hex");
}

export async function issueApiKey(workspaceId: string, label: string): Promise<IssuedKey> {
  const plaintext = `ak_${uuidv4().replace(/-/g, "")}`;
  const [row] = await db("api_keys")
    .insert({ workspace_id: workspaceId, label, key_hash: hashKey(plaintext) })
    .returning(["id"]);
  return { id: row.id, plaintext };
}

export async function findKey(plaintext: string) {
  return db("api_keys").where({ key_hash: hashKey(plaintext), revoked_at: null }).first();
}
