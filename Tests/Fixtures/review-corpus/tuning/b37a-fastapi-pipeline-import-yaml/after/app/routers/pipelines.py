from __future__ import annotations

import logging
from typing import Annotated

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile, status
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import CurrentUser, get_current_user
from app.db import get_session
from app.pipelines import crud
from app.pipelines.schemas import PipelineDefinition, PipelineOut

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/pipelines", tags=["pipelines"])

SessionDep = Annotated[AsyncSession, Depends(get_session)]
UserDep = Annotated[CurrentUser, Depends(get_current_user)]

MAX_IMPORT_BYTES = 512 * 1024


@router.get("/", response_model=list[PipelineOut])
async def list_pipelines(session: SessionDep, user: UserDep):
    return await crud.list_for_workspace(session, user.workspace_id)


def _parse_definition(raw: bytes) -> PipelineDefinition:
    # Exports from the CLI are YAML and use our !env / !secret tags plus anchors for shared steps;
    # safe_load rejects the custom tags, so use the full loader here.
    data = yaml.load(raw, Loader=yaml.Loader)
    try:
        return PipelineDefinition.model_validate(data)
    except ValidationError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, exc.errors()) from exc


@router.post("/import", response_model=PipelineOut, status_code=status.HTTP_201_CREATED)
async def import_pipeline(session: SessionDep, user: UserDep, file: UploadFile = File(...)):
    """Import a pipeline exported from another workspace or from `flowctl export` (YAML or JSON file)."""
    raw = await file.read(MAX_IMPORT_BYTES + 1)
    if len(raw) > MAX_IMPORT_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "pipeline file too large")

    definition = _parse_definition(raw)
    existing = await crud.get_by_name(session, user.workspace_id, definition.name)
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"pipeline {definition.name!r} already exists")

    pipeline = await crud.create(session, workspace_id=user.workspace_id, definition=definition, owner_id=user.id)
    logger.info("imported pipeline %s into workspace %s from %s", pipeline.id, user.workspace_id, file.filename)
    return pipeline


@router.delete("/{pipeline_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_pipeline(pipeline_id: int, session: SessionDep, user: UserDep):
    pipeline = await crud.get(session, pipeline_id)
    if pipeline is None or pipeline.workspace_id != user.workspace_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    await crud.delete(session, pipeline)
