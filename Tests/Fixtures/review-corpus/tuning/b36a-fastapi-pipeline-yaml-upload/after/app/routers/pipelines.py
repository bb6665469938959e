"""Upload and validate pipeline definitions (pipeline.yaml) from the CLI or the web editor."""
from typing import Annotated, Literal

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.dependencies import Principal, require_scope
from app.db import get_session
from app.models import PipelineDefinition

router = APIRouter(prefix="/pipelines", tags=["pipelines"])

MAX_DEFINITION_BYTES = 256 * 1024


class Step(BaseModel):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")
    image: str = Field(min_length=1, max_length=255)
    run: list[str] = Field(min_length=1)  # argv for the runner, never a shell string
    timeout_minutes: int = Field(default=30, ge=1, le=360)


class Pipeline(BaseModel):
    version: Literal[1]
    name: str = Field(min_length=1, max_length=100)
    trigger: Literal["push", "schedule", "manual"] = "push"
    steps: list[Step] = Field(min_length=1, max_length=50)


def _unprocessable(detail) -> HTTPException:
    return HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, detail=detail)


async def _read_limited(file: UploadFile) -> bytes:
    raw = await file.read(MAX_DEFINITION_BYTES + 1)
    if len(raw) > MAX_DEFINITION_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, detail="definition too large")
    return raw


def _parse(raw: bytes) -> Pipeline:
    try:
        # safe_load only builds plain dicts/lists/scalars; no python/object tags.
        document = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise _unprocessable(f"invalid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise _unprocessable("top level of pipeline.yaml must be a mapping")
    try:
        return Pipeline.model_validate(document)
    except ValidationError as exc:
        raise _unprocessable(exc.errors(include_url=False, include_context=False)) from exc


@router.post("/validate")
async def validate_definition(
    file: Annotated[UploadFile, File()],
    principal: Principal = Depends(require_scope("pipelines:read")),
) -> dict:
    pipeline = _parse(await _read_limited(file))
    return {"ok": True, "name": pipeline.name, "steps": [step.name for step in pipeline.steps]}


@router.put("/{project_id}", status_code=status.HTTP_204_NO_CONTENT)
async def save_definition(
    project_id: int,
    file: Annotated[UploadFile, File()],
    principal: Principal = Depends(require_scope("pipelines:write")),
    session: AsyncSession = Depends(get_session),
) -> None:
    raw = await _read_limited(file)
    pipeline = _parse(raw)

    definition = await session.get(PipelineDefinition, project_id)
    if definition is None or definition.tenant_id != principal.tenant_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="project not found")
    definition.source = raw.decode("utf-8", errors="replace")
    definition.parsed = pipeline.model_dump()
    await session.commit()
