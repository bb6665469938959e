import { NextResponse } from 'next/server';
import manifest from '@/generated/docs-manifest.json';
import { renderMarkdown } from '@/lib/markdown';

type Params = { params: { slug: string[] } };

type ManifestEntry = { title: string; body: string; updatedAt: string };

const entries = manifest as Record<string, ManifestEntry>;

export const revalidate = 300;

export async function GET(_req: Request, { params }: Params) {
  const key = params.slug.join('/');
  const entry = entries[key];
  if (!entry) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }

  const html = await renderMarkdown(entry.body);
  return NextResponse.json(
    { slug: key, title: entry.title, updatedAt: entry.updatedAt, html },
    { headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
