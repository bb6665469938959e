import logging
import re

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, field_validator
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import settings
from app.db import get_session
from app.deps import current_member
from app.models import Project

log = logging.getLogger(__name__)
router = APIRouter(prefix="/projects", tags=["integrations"])

REPO_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9_.-]{1,100}")
GITHUB_API = "https://api.github.com"


class LinkRepo(BaseModel):
    repo: str

    @field_validator("repo")
    @classmethod
    def _slug(cls, value: str) -> str:
        value = value.strip().removesuffix(".git")
        if not REPO_SLUG.fullmatch(value) or value.endswith(("/.", "/..")):
            raise ValueError("expected owner/name")
        return value


async def _project(project_id: int, member, session: AsyncSession) -> Project:
    project = await session.get(Project, project_id)
    if project is None or project.org_id != member.org_id:
        raise HTTPException(404)
    return project


async def _github_repo(slug: str) -> dict:
    headers = {
        "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
    }
    if settings.github_token:
        headers["Authorization"] = f"Bearer {settings.github_token}"
    async with httpx.AsyncClient(
        base_url=GITHUB_API, timeout=5.0, follow_redirects=False
    ) as client:
        resp = await client.get(f"/repos/{slug}", headers=headers)
    if resp.status_code == 404:
        raise HTTPException(404, "repository not found or not visible")
    if resp.status_code != 200:
        log.warning("github returned %s for %s", resp.status_code, slug)
        raise HTTPException(502, "github unavailable")
    return resp.json()


@router.put("/{project_id}/repo")
async def link_repo(
    project_id: int,
    body: LinkRepo,
    member=Depends(current_member),
    session: AsyncSession = Depends(get_session),
):
    project = await _project(project_id, member, session)
    project.github_repo = body.repo
    await session.commit()
    log.info("project %s linked to %s", project.id, body.repo)
    return {"repo": project.github_repo}


@router.get("/{project_id}/repo/status")
async def repo_status(
    project_id: int,
    member=Depends(current_member),
    session: AsyncSession = Depends(get_session),
):
    project = await _project(project_id, member, session)
    if not project.github_repo:
        raise HTTPException(404, "no repository linked")
    data = await _github_repo(project.github_repo)
    return {
        "repo": data["full_name"],
        "default_branch": data["default_branch"],
        "stars": data["stargazers_count"],
        "open_issues": data["open_issues_count"],
        "archived": data["archived"],
        "pushed_at": data["pushed_at"],
    }
