import type { NextApiRequest, NextApiResponse } from "next";

const GITHUB_API = "https://api.github.com";
const ORG = "larkspur-labs";
const PUBLIC_REPOS = new Set(["cli", "desktop", "sdk-js", "sdk-python"]);
const SEMVER_TAG = /^v\d{1,3}\.\d{1,3}\.\d{1,4}$/;

type Release = { tag: string; name: string; publishedAt: string; body: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Release | { error: string }>) {
  const repo = String(req.query.repo);
  if (!PUBLIC_REPOS.has(repo)) {
    return res.status(404).json({ error: "unknown repository" });
  }
  const tag = typeof req.query.tag === "string" ? req.query.tag : undefined;
  if (tag !== undefined && !SEMVER_TAG.test(tag)) {
    return res.status(400).json({ error: "tag must look like v1.2.3" });
  }
  const releasePath = tag ? `releases/tags/${tag}` : "releases/latest";

  const gh = await fetch(`${GITHUB_API}/repos/${ORG}/${repo}/${releasePath}`, {
    headers: {
      Accept: "application/vnd.github+json",
      Authorization: `Bearer ${process.env.GITHUB_RELEASES_TOKEN}`,
    },
  });
  if (!gh.ok) {
    return res.status(gh.status === 404 ? 404 : 502).json({ error: "release lookup failed" });
  }
  const data = await gh.json();
  res.setHeader("Cache-Control", "public, s-maxage=600, stale-while-revalidate=3600");
  return res.json({ tag: data.tag_name, name: data.name, publishedAt: data.published_at, body: data.body });
}
