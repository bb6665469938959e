import { NextResponse } from 'next/server';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { renderMarkdown } from '@/lib/markdown';

type Params = { params: { slug: string[] } };

// Read docs from the content checkout that the docs-sync sidecar keeps current, so a docs
// edit no longer needs a full app build to regenerate docs-manifest.json.
const DOCS_ROOT = path.resolve(process.env.DOCS_CONTENT_DIR ?? path.join(process.cwd(), 'content', 'docs'));

export const revalidate = 300;

function docPath(slug: string[]): string | null {
  const resolved = path.resolve(DOCS_ROOT, ...slug);
  if (!resolved.startsWith(DOCS_ROOT + path.sep)) {
    return null;
  }
  return `${resolved}.md`;
}

function titleOf(markdown: string, fallback: string): string {
  const heading = markdown.match(/^#\s+(.+)$/m);
  return heading ? heading[1].trim() : fallback;
}

export async function GET(_req: Request, { params }: Params) {
  const key = params.slug.join('/');
  const file = docPath(params.slug);
  if (!file) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }

  let body: string;
  let updatedAt: string;
  try {
    const [text, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
    body = text;
    updatedAt = stat.mtime.toISOString();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return NextResponse.json({ error: 'not found' }, { status: 404 });
    }
    throw err;
  }

  const html = await renderMarkdown(body);
  return NextResponse.json(
    { slug: key, title: titleOf(body, key), updatedAt, html },
    { headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
