from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
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


@router.get("/", response_model=list[PipelineOut])
async def list_pipelines(session: SessionDep, user: UserDep):
    return await crud.list_for_workspace(session, user.workspace_id)


@router.post("/import", response_model=PipelineOut, status_code=status.HTTP_201_CREATED)
async def import_pipeline(definition: PipelineDefinition, session: SessionDep, user: UserDep):
    """Import a pipeline exported from another workspace (JSON body)."""
    existing = await crud.get_by_name(session, user.workspace_id, definition.name)
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"pipeline {definition.name!r} already exists")

    pipeline = await crud.create(session, workspace_id=user.workspace_id, definition=definition, owner_id=user.id)
    logger.info("imported pipeline %s into workspace %s", pipeline.id, user.workspace_id)
    return pipeline


@router.delete("/{pipeline_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_pipeline(pipeline_id: int, session: SessionDep, user: UserDep):
    pipeline = await crud.get(session, pipeline_id)
    if pipeline is None or pipeline.workspace_id != user.workspace_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    await crud.delete(session, pipeline)
