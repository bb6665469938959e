import type { NextApiRequest, NextApiResponse } from 'next';

// GitHub's own limits: owner up to 39 chars, repo names are [A-Za-z0-9._-].
const OWNER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_RE = /^[A-Za-z0-9._-]{1,100}$/;

type RepoCard = {
  fullName: string;
  description: string | null;
  stars: number;
  forks: number;
  language: string | null;
  url: string;
};

export default async function handler(req: NextApiRequest, res: NextApiResponse<RepoCard | { error: string }>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: 'method not allowed' });
  }

  const owner = String(req.query.owner ?? '');
  const repo = String(req.query.repo ?? '');
  if (!OWNER_RE.test(owner) || !REPO_RE.test(repo) || repo === '.' || repo === '..') {
    return res.status(400).json({ error: 'invalid owner or repo' });
  }

  const upstream = await fetch(
    `https://api.github.com/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`,
    {
      headers: {
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        ...(process.env.GITHUB_TOKEN ? { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` } : {}),
      },
      redirect: 'error',
      signal: AbortSignal.timeout(4000),
    },
  ).catch(() => null);

  if (!upstream) return res.status(502).json({ error: 'github unavailable' });
  if (upstream.status === 404) return res.status(404).json({ error: 'repository not found' });
  if (!upstream.ok) return res.status(502).json({ error: `github responded ${upstream.status}` });

  const data = await upstream.json();
  res.setHeader('Cache-Control', 'public, s-maxage=600, stale-while-revalidate=3600');
  return res.status(200).json({
    fullName: data.full_name,
    description: data.description,
    stars: data.stargazers_count,
    forks: data.forks_count,
    language: data.language,
    url: data.html_url,
  });
}
