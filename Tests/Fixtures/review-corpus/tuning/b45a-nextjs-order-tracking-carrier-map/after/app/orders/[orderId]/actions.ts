"use server";

import { auth } from "@/lib/auth";

const ORDERS_API = process.env.ORDERS_API_URL!;
const ORDER_ID = /^ord_[A-Za-z0-9]{14,32}$/;

// Public tracking endpoints per carrier; the tracking number is appended as a query value.
const CARRIER_TRACKING = new Map<string, string>([
  ["ups", "https://www.ups.com/track/api/Track/GetStatus?loc=en_US&tracknum="],
  ["dhl", "https://api-eu.dhl.com/track/shipments?trackingNumber="],
]);

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

export async function getTracking(orderId: string) {
  const order = await getOrder(orderId);
  const base = order?.shipment ? CARRIER_TRACKING.get(order.shipment.carrier) : undefined;
  if (!base) return null;
  const res = await fetch(base + encodeURIComponent(order.shipment.trackingNumber), {
    headers: { accept: "application/json" },
    next: { revalidate: 300 },
  });
  return res.ok ? res.json() : null;
}
