"use server";

import { auth } from "@/lib/auth";

const ORDERS_API = process.env.ORDERS_API_URL!;
const ORDER_ID = /^ord_[A-Za-z0-9]{14,32}$/;

async function ordersApi(path: string) {
  return fetch(new URL(path, ORDERS_API), {
    headers: { authorization: `Bearer ${process.env.ORDERS_API_TOKEN}` },
    cache: "no-store",
  });
}

export async function getOrder(orderId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("unauthenticated");
  if (!ORDER_ID.test(orderId)) return null;
  const res = await ordersApi(
    `/v1/customers/${encodeURIComponent(session.user.id)}/orders/${encodeURIComponent(orderId)}`,
  );
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`orders api responded ${res.status}`);
  return res.json();
}
