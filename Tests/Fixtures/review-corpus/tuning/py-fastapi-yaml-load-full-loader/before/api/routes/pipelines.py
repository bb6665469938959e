import yaml
from fastapi import APIRouter, Depends, HTTPException, Request

from api.auth import current_user
from api.db import session_scope
from api.models import Pipeline

router = APIRouter(prefix="/pipelines", tags=["pipelines"])


@router.get("/{pipeline_id}")
def get_pipeline(pipeline_id: int, user=Depends(current_user)):
    with session_scope() as s:
        p = s.get(Pipeline, pipeline_id)
        if p is None or p.owner_id != user.id:
            raise HTTPException(404)
        return {"id": p.id, "name": p.name, "spec": yaml.safe_dump(p.spec)}
