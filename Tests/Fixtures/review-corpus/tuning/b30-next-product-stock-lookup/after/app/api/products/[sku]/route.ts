import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';

import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

export const dynamic = 'force-dynamic';

const SKU_PATTERN = /^[A-Z0-9-]{4,32}$/;

// Internal inventory service, configured per deployment (never taken from the request).
const INVENTORY_API_URL = process.env.INVENTORY_API_URL ?? 'http://inventory.internal:8080';

type StockLevel = { available: number; restockDate: string | null };

async function fetchStock(sku: string): Promise<StockLevel | null> {
  const url = new URL(`/v2/stock/${encodeURIComponent(sku)}`, INVENTORY_API_URL);
  try {
    const res = await fetch(url, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(1500),
    });
    if (!res.ok) {
      return null;
    }
    const data = (await res.json()) as StockLevel;
    return { available: Number(data.available) || 0, restockDate: data.restockDate ?? null };
  } catch {
    return null;
  }
}

type RouteContext = { params: { sku: string } };

export async function GET(_req: NextRequest, { params }: RouteContext) {
  const sku = params.sku.toUpperCase();
  if (!SKU_PATTERN.test(sku)) {
    return NextResponse.json({ error: 'invalid sku' }, { status: 400 });
  }

  const product = await prisma.product.findUnique({
    where: { sku },
    select: {
      sku: true,
      name: true,
      description: true,
      priceCents: true,
      currency: true,
      images: { select: { url: true, alt: true }, orderBy: { position: 'asc' } },
    },
  });
  if (!product) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }

  const stock = await fetchStock(sku);

  return NextResponse.json({ ...product, stock }, {
    headers: { 'Cache-Control': 'public, s-maxage=60, stale-while-revalidate=300' },
  });
}

export async function PATCH(req: NextRequest, { params }: RouteContext) {
  const session = await getServerSession(authOptions);
  if (!session?.user || session.user.role !== 'merchandiser') {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const sku = params.sku.toUpperCase();
  if (!SKU_PATTERN.test(sku)) {
    return NextResponse.json({ error: 'invalid sku' }, { status: 400 });
  }
  const body = await req.json();
  const updated = await prisma.product.update({
    where: { sku },
    data: {
      name: typeof body.name === 'string' ? body.name.slice(0, 200) : undefined,
      description: typeof body.description === 'string' ? body.description.slice(0, 5000) : undefined,
    },
  });
  return NextResponse.json({ sku: updated.sku });
}