import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function revenueSince(tenantId: string, since: Date) {
  return prisma.$queryRaw<{ day: Date; total: number }[]>`
    SELECT date_trunc('day', paid_at) AS day, sum(amount) AS total
    FROM payments WHERE tenant_id = ${tenantId} AND paid_at >= ${since}
    GROUP BY 1 ORDER BY 1`;
}
