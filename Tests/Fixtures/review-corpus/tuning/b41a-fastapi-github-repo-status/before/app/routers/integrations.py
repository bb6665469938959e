import logging
import re

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, field_validator
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.deps import current_member
from app.models import Project

log = logging.getLogger(__name__)
router = APIRouter(prefix="/projects", tags=["integrations"])

REPO_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9_.-]{1,100}")


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
