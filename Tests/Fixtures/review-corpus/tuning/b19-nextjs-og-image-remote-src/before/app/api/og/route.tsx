import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';

export const runtime = 'nodejs';

const WIDTH = 1200;
const HEIGHT = 630;
const MAX_TITLE = 90;

const THEMES = {
  light: { bg: '#ffffff', fg: '#0f172a', accent: '#2563eb' },
  dark: { bg: '#0f172a', fg: '#f8fafc', accent: '#38bdf8' },
} as const;

type ThemeName = keyof typeof THEMES;

function clampTitle(raw: string | null): string {
  const title = (raw ?? 'Untitled').trim();
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

async function loadLogo(origin: string): Promise<ArrayBuffer> {
  const res = await fetch(new URL('/brand/logo-mark.png', origin), { cache: 'force-cache' });
  if (!res.ok) {
    throw new Error(`logo fetch failed: ${res.status}`);
  }
  return res.arrayBuffer();
}

function toDataUrl(buf: ArrayBuffer, type: string): string {
  return `data:${type};base64,${Buffer.from(buf).toString('base64')}`;
}

export async function GET(req: NextRequest) {
  const { searchParams, origin } = req.nextUrl;
  const title = clampTitle(searchParams.get('title'));
  const themeName = (searchParams.get('theme') ?? 'light') as ThemeName;
  const theme = THEMES[themeName] ?? THEMES.light;

  const logo = toDataUrl(await loadLogo(origin), 'image/png');

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: theme.bg,
          color: theme.fg,
        }}
      >
        <img src={logo} width={96} height={96} alt="" />
        <div style={{ fontSize: 64, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        <div style={{ fontSize: 28, color: theme.accent }}>acme.dev</div>
      </div>
    ),
    { width: WIDTH, height: HEIGHT },
  );
}