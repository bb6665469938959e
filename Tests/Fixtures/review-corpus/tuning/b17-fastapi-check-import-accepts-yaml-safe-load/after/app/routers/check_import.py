"""Bulk import of monitoring checks from an uploaded definition file."""
from __future__ import annotations

import json
from typing import Annotated

import yaml

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status
from pydantic import BaseModel, Field, HttpUrl, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import current_workspace, get_session
from app.models import Check, Workspace

router = APIRouter(prefix="/v1/checks", tags=["checks"])

MAX_UPLOAD_BYTES = 512 * 1024


class CheckDefinition(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    url: HttpUrl
    method: str = Field(default="GET", pattern="^(GET|HEAD|POST)$")
    interval_seconds: int = Field(default=60, ge=30, le=3600)
    expected_status: int = Field(default=200, ge=100, le=599)
    tags: list[str] = Field(default_factory=list, max_length=20)


class ImportFile(BaseModel):
    version: int = 1
    checks: list[CheckDefinition] = Field(max_length=500)


class ImportResult(BaseModel):
    created: int
    skipped: int


def _parse(raw: bytes, filename: str | None) -> dict:
    if filename and filename.lower().endswith((".yaml", ".yml")):
        try:
            # safe_load only builds plain Python types; no tags, no objects.
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid YAML") from exc
        if not isinstance(data, dict):
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "YAML document must be a mapping")
        return data
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"invalid JSON: {exc.msg}") from exc


@router.post("/import", response_model=ImportResult)
async def import_checks(
    upload: Annotated[UploadFile, File(description="checks.json or checks.yaml")],
    workspace: Annotated[Workspace, Depends(current_workspace)],
    session: Annotated[AsyncSession, Depends(get_session)],
) -> ImportResult:
    raw = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "file too large")

    try:
        spec = ImportFile.model_validate(_parse(raw, upload.filename))
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, exc.errors()) from exc

    existing = {c.name for c in await workspace.awaitable_attrs.checks}
    created = skipped = 0
    for item in spec.checks:
        if item.name in existing:
            skipped += 1
            continue
        session.add(Check(workspace_id=workspace.id, **item.model_dump(mode="json")))
        existing.add(item.name)
        created += 1
    await session.commit()
    return ImportResult(created=created, skipped=skipped)