import { Router, type Request, type Response } from "express";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

const router = Router();

const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED_HOSTS = new Set([
  "images.ctfassets.net",
  "cdn.shopify.com",
  "acme-media.s3.eu-west-1.amazonaws.com",
]);

function resolveSource(req: Request): URL | null {
  let url: URL;
  try {
    url = new URL(String(req.query.src ?? ""));
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.port !== "" || url.username || url.password) return null;
  return ALLOWED_HOSTS.has(url.hostname) ? url : null;
}

router.get("/img", async (req: Request, res: Response) => {
  const src = resolveSource(req);
  if (!src) {
    return res.status(400).send("source not allowed");
  }

  const upstream = await fetch(src, {
    headers: { "User-Agent": "acme-image-proxy/1.0", Accept: "image/*" },
    redirect: "error",
    signal: AbortSignal.timeout(8000),
  }).catch(() => null);

  const type = upstream?.headers.get("content-type") ?? "";
  if (!upstream || !upstream.ok || !upstream.body || !type.startsWith("image/")) {
    return res.status(502).send("upstream error");
  }
  if (Number(upstream.headers.get("content-length") ?? 0) > MAX_BYTES) {
    return res.status(413).send("too large");
  }

  res.setHeader("Content-Type", type);
  res.setHeader("Cache-Control", "public, max-age=3600");
  Readable.fromWeb(upstream.body as WebReadableStream).pipe(res);
});

export default router;
