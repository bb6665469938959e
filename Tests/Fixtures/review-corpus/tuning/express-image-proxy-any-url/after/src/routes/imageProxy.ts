import { Router, type Request, type Response } from "express";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

const router = Router();

const MAX_BYTES = 5 * 1024 * 1024;

function resolveSource(req: Request): URL {
  const raw = String(req.query.src ?? "");
  const decoded = raw.startsWith("b64:") ? Buffer.from(raw.slice(4), "base64url").toString("utf8") : raw;
  return new URL(decoded);
}

function fetchImage(src: URL): Promise<globalThis.Response> {
  return fetch(src, {
    headers: { "User-Agent": "acme-image-proxy/1.0", Accept: "image/*" },
    redirect: "follow",
    signal: AbortSignal.timeout(8000),
  });
}

router.get("/img", async (req: Request, res: Response) => {
  let src: URL;
  try {
    src = resolveSource(req);
  } catch {
    return res.status(400).send("bad src");
  }

  const upstream = await fetchImage(src).catch(() => null);
  if (!upstream || !upstream.ok || !upstream.body) {
    return res.status(502).send("upstream error");
  }
  if (Number(upstream.headers.get("content-length") ?? 0) > MAX_BYTES) {
    return res.status(413).send("too large");
  }

  res.setHeader("Content-Type", upstream.headers.get("content-type") ?? "application/octet-stream");
  res.setHeader("Cache-Control", "public, max-age=3600");
  Readable.fromWeb(upstream.body as WebReadableStream).pipe(res);
});

export default router;
