import type { User } from "../db/schema";
import { db } from "../db/client";
import { users } from "../db/schema";
import { eq } from "drizzle-orm";

const CDN_BASE = "https://cdn.plinth.dev/avatars";
const DEFAULT_AVATAR = "/static/avatar-default.svg";

export function avatarUrl(user: Pick<User, "avatarKey">): string {
  if (user.avatarKey) {
    return `${CDN_BASE}/${user.avatarKey}`;
  }
  return DEFAULT_AVATAR;
}

export async function clearAvatar(userId: string): Promise<void> {
  await db.update(users).set({ avatarKey: null }).where(eq(users.id, userId));
}
