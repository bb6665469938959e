const ALLOWED_WIDTHS = [160, 320, 640];
const MAX_UPLOAD = 20 * 1024 * 1024;

function pickWidth(raw: string | null): number {
  const n = Number.parseInt(raw ?? "", 10);
  return ALLOWED_WIDTHS.includes(n) ? n : 320;
}

async function runMagick(input: string, output: string, width: number): Promise<void> {
  const cmd = new Deno.Command("magick", {
    args: [input, "-auto-orient", "-thumbnail", `${width}x${width}>`, output],
    stdout: "null",
    stderr: "piped",
  });
  const { code, stderr } = await cmd.output();
  if (code !== 0) {
    throw new Error(new TextDecoder().decode(stderr));
  }
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
  await Deno.writeFile(input, body);
  try {
    await runMagick(input, output, pickWidth(url.searchParams.get("w")));
    return new Response(await Deno.readFile(output), { headers: { "content-type": "image/webp" } });
  } finally {
    await Promise.allSettled([Deno.remove(input), Deno.remove(output)]);
  }
});
