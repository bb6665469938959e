"""Import a pipeline definition exported from another workspace (pipeline.yaml)."""
from typing import Annotated, Literal

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import Principal, require_scope
from app.db import get_session
from app.models import Pipeline

router = APIRouter(prefix="/api/pipelines", tags=["pipelines"])

MAX_UPLOAD_BYTES = 256 * 1024


class StepSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    action: Literal["extract", "transform", "load", "notify"]
    params: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    retries: Annotated[int, Field(ge=0, le=5)] = 0


class PipelineSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    name: Annotated[str, Field(min_length=1, max_length=120)]
    schedule: str | None = Field(default=None, max_length=64)
    steps: Annotated[list[StepSpec], Field(min_length=1, max_length=50)]


@router.post("/import", status_code=status.HTTP_201_CREATED)
async def import_pipeline(
    file: UploadFile = File(...),
    principal: Principal = Depends(require_scope("pipelines:write")),
    session: AsyncSession = Depends(get_session),
) -> dict:
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "pipeline file too large")

    try:
        document = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"invalid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "expected a mapping at the top level")

    try:
        spec = PipelineSpec.model_validate(document)
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, exc.errors(include_url=False)) from exc

    pipeline = Pipeline(
        org_id=principal.org_id,
        name=spec.name,
        schedule=spec.schedule,
        definition=spec.model_dump(mode="json"),
        created_by=principal.user_id,
    )
    session.add(pipeline)
    await session.commit()
    return {"id": pipeline.id, "name": pipeline.name, "steps": len(spec.steps)}
