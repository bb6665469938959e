const ALLOWED_WIDTHS = [160, 320, 640];
const MAX_UPLOAD = 20 * 1024 * 1024;

function pickWidth(raw: string | null): number {
  const n = Number.parseInt(raw ?? "", 10);
  return ALLOWED_WIDTHS.includes(n) ? n : 320;
}

function pickOffset(raw: string | null): number {
  const n = Number.parseFloat(raw ?? "");
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), 600) : 1;
}

async function run(program: string, args: string[]): Promise<void> {
  const cmd = new Deno.Command(program, { args, stdout: "null", stderr: "piped" });
  const { code, stderr } = await cmd.output();
  if (code !== 0) {
    throw new Error(`${program}: ${new TextDecoder().decode(stderr)}`);
  }
}

function runMagick(input: string, output: string, width: number): Promise<void> {
  return run("magick", [input, "-auto-orient", "-thumbnail", `${width}x${width}>`, output]);
}

// Poster frame for video uploads: grab one frame at `offset` seconds.
function runFfmpeg(input: string, output: string, width: number, offset: number): Promise<void> {
  return run("ffmpeg", [
    "-hide_banner", "-loglevel", "error",
    "-ss", offset.toFixed(2),
    "-i", input,
    "-frames:v", "1",
    "-vf", `scale=${width}:-2`,
    "-y", output,
  ]);
}

Deno.serve({ port: 8087 }, async (req) => {
  const url = new URL(req.url);
  if (req.method !== "POST" || url.pathname !== "/thumb") {
    return new Response("not found", { status: 404 });
  }
  const body = new Uint8Array(await req.arrayBuffer());
  if (body.length === 0 || body.length > MAX_UPLOAD) {
    return new Response("bad size", { status: 413 });
  }

  const id = crypto.randomUUID();
  const input = `/tmp/thumbs/${id}.src`;
  const output = `/tmp/thumbs/${id}.webp`;
  const width = pickWidth(url.searchParams.get("w"));
  const isVideo = (req.headers.get("content-type") ?? "").startsWith("video/");
  await Deno.writeFile(input, body);
  try {
    if (isVideo) {
      await runFfmpeg(input, output, width, pickOffset(url.searchParams.get("t")));
    } else {
      await runMagick(input, output, width);
    }
    return new Response(await Deno.readFile(output), { headers: { "content-type": "image/webp" } });
  } finally {
    await Promise.allSettled([Deno.remove(input), Deno.remove(output)]);
  }
});
