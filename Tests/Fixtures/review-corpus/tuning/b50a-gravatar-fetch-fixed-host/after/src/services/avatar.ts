import { createHash } from "node:crypto";
import type { User } from "../db/schema";
import { db } from "../db/client";
import { users } from "../db/schema";
import { eq } from "drizzle-orm";
import { putObject } from "../storage/bucket";

const CDN_BASE = "https://cdn.plinth.dev/avatars";
const DEFAULT_AVATAR = "/static/avatar-default.svg";
const GRAVATAR_BASE = "https://www.gravatar.com/avatar";

export function avatarUrl(user: Pick<User, "avatarKey">): string {
  if (user.avatarKey) {
    return `${CDN_BASE}/${user.avatarKey}`;
  }
  return DEFAULT_AVATAR;
}

export async function clearAvatar(userId: string): Promise<void> {
  await db.update(users).set({ avatarKey: null }).where(eq(users.id, userId));
}

// On sign-up, copy the user's Gravatar (if they have one) into our bucket so we never
// hot-link a third party from the app.
export async function importGravatar(user: Pick<User, "id" | "email">, size = 256): Promise<string | null> {
  const hash = createHash("md5").update(user.email.trim().toLowerCase()).digest("hex");
  const px = Math.min(Math.max(Math.trunc(Number(size)) || 256, 32), 512);
  const res = await fetch(`${GRAVATAR_BASE}/${hash}?s=${px}&d=404`, {
    signal: AbortSignal.timeout(3000),
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`gravatar responded ${res.status}`);

  const key = `${user.id}/gravatar-${px}.jpg`;
  await putObject(key, Buffer.from(await res.arrayBuffer()), "image/jpeg");
  await db.update(users).set({ avatarKey: key }).where(eq(users.id, user.id));
  return key;
}
