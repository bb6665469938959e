import { fromFileUrl } from "jsr:@std/path@1";

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
  return notFound();
});
