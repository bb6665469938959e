import { Router } from "jsr:@oak/oak@17/router";
import { DOMParser } from "jsr:@b-fuze/deno-dom@0.1.48";

const MAX_BYTES = 512 * 1024;
const UA = "ThreadlyBot/1.0 (+https://threadly.chat/bot)";

export const unfurlRouter = new Router();

function metaContent(doc: ReturnType<DOMParser["parseFromString"]>, key: string): string | null {
  const el = doc?.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute("content") ?? null;
}

unfurlRouter.get("/api/unfurl", async (ctx) => {
  const target = ctx.request.url.searchParams.get("url");
  if (!target) {
    ctx.response.status = 400;
    ctx.response.body = { error: "url is required" };
    return;
  }

  const upstream = await fetch(target, {
    redirect: "follow",
    headers: { "user-agent": UA, accept: "text/html,*/*;q=0.8" },
    signal: AbortSignal.timeout(5000),
  });
  const body = (await upstream.text()).slice(0, MAX_BYTES);
  const doc = new DOMParser().parseFromString(body, "text/html");
  const title = metaContent(doc, "og:title") ?? doc?.querySelector("title")?.textContent ?? null;

  ctx.response.body = {
    url: upstream.url,
    status: upstream.status,
    title,
    description: metaContent(doc, "og:description"),
    image: metaContent(doc, "og:image"),
    // Non-HTML links (JSON, plain text) have no og tags; send a snippet so the client can show something.
    snippet: title ? undefined : body.slice(0, 4096),
  };
});
