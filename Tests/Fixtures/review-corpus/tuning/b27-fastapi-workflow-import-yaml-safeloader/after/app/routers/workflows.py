import json
import logging
import os
from typing import Annotated

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status
import yaml
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import CurrentUser, get_current_user
from app.db import get_session
from app.services import workflows as workflow_service

log = logging.getLogger(__name__)

router = APIRouter(prefix="/workflows", tags=["workflows"])

MAX_UPLOAD_BYTES = 256 * 1024


class StepSpec(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    action: str = Field(pattern=r"^[a-z][a-z0-9_.]{1,63}$")
    params: dict[str, str | int | float | bool] = {}


class WorkflowSpec(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    trigger: str = Field(pattern=r"^(manual|schedule|webhook)$")
    schedule: str | None = None
    steps: list[StepSpec] = Field(min_length=1, max_length=50)


async def _read_limited(upload: UploadFile) -> bytes:
    raw = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "workflow file too large")
    return raw


def _parse_document(filename: str, raw: bytes) -> dict:
    ext = os.path.splitext(filename)[1].lower()
    if ext in (".yaml", ".yml"):
        try:
            document = yaml.load(raw, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"invalid YAML: {exc}")
        if not isinstance(document, dict):
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "workflow must be a mapping")
        return document
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"invalid JSON: {exc.msg}")


@router.post("/import", status_code=status.HTTP_201_CREATED)
async def import_workflow(
    file: Annotated[UploadFile, File()],
    user: Annotated[CurrentUser, Depends(get_current_user)],
    session: Annotated[AsyncSession, Depends(get_session)],
):
    raw = await _read_limited(file)
    document = _parse_document(file.filename or "", raw)
    try:
        spec = WorkflowSpec.model_validate(document)
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, exc.errors())

    workflow = await workflow_service.create_from_spec(session, owner_id=user.id, spec=spec)
    log.info("user %s imported workflow %s", user.id, workflow.id)
    return {"id": workflow.id, "name": workflow.name, "steps": len(spec.steps)}
