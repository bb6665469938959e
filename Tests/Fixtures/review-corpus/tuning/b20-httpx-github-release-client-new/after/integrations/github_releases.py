"""Looks up the latest release of a repository a user links to their project.

Only api.github.com is ever contacted: the user supplies an ``owner/name`` slug,
never a URL.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

import httpx

GITHUB_API = "https://api.github.com"
SLUG_RE = re.compile(r"^(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/(?P<repo>[A-Za-z0-9._-]{1,100})$")


class InvalidRepository(ValueError):
    pass


@dataclass(frozen=True)
class Release:
    tag: str
    name: str
    published_at: datetime
    html_url: str


def parse_slug(slug: str) -> tuple[str, str]:
    m = SLUG_RE.fullmatch(slug.strip())
    if not m or m.group("repo") in {".", ".."}:
        raise InvalidRepository(f"not an owner/name slug: {slug!r}")
    return m.group("owner"), m.group("repo")


class GitHubReleases:
    def __init__(self, token: str | None = None, timeout: float = 5.0) -> None:
        headers = {
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
            "User-Agent": "projectboard-release-checker",
        }
        token = token or os.environ.get("GITHUB_READONLY_TOKEN")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            base_url=GITHUB_API,
            headers=headers,
            timeout=timeout,
            follow_redirects=False,
        )

    def latest(self, slug: str) -> Release | None:
        owner, repo = parse_slug(slug)
        resp = self._client.get(f"/repos/{quote(owner, safe='')}/{quote(repo, safe='')}/releases/latest")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        data = resp.json()
        return Release(
            tag=data["tag_name"],
            name=data.get("name") or data["tag_name"],
            published_at=datetime.fromisoformat(data["published_at"].replace("Z", "+00:00")),
            html_url=data["html_url"],
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "GitHubReleases":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
