import { contentType } from "jsr:@std/media-types@1";
import { extname, fromFileUrl, isAbsolute, relative, resolve } from "jsr:@std/path@1";

const HANDBOOK_ROOT = fromFileUrl(new URL("../handbook/dist/", import.meta.url));
const PORT = Number(Deno.env.get("PORT") ?? "8080");

async function serveIndex(): Promise<Response> {
  const file = await Deno.open(`${HANDBOOK_ROOT}index.html`, { read: true });
  return new Response(file.readable, {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}

function notFound(): Response {
  return new Response("not found", { status: 404 });
}

/** Maps /handbook/<rest> to a file under HANDBOOK_ROOT, or null if it would escape it. */
function handbookFile(rest: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const target = resolve(HANDBOOK_ROOT, "./" + decoded);
  const rel = relative(HANDBOOK_ROOT, target);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    return null;
  }
  return target;
}

async function servePage(rest: string): Promise<Response> {
  const path = handbookFile(rest);
  if (!path) return notFound();
  try {
    const file = await Deno.open(path, { read: true });
    const type = contentType(extname(path)) ?? "application/octet-stream";
    return new Response(file.readable, { headers: { "content-type": type } });
  } catch {
    return notFound();
  }
}

Deno.serve({ port: PORT }, async (req) => {
  const url = new URL(req.url);
  if (req.method !== "GET") {
    return new Response("method not allowed", { status: 405 });
  }
  if (url.pathname === "/healthz") {
    return new Response("ok");
  }
  if (url.pathname === "/" || url.pathname === "/handbook") {
    return await serveIndex();
  }
  if (url.pathname.startsWith("/handbook/")) {
    return await servePage(url.pathname.slice("/handbook/".length));
  }
  return notFound();
});
