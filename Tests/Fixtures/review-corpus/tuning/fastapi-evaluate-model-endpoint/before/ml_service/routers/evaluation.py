from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from ml_service.deps import get_registry
from ml_service.registry import ModelRegistry

router = APIRouter(prefix="/models", tags=["models"])


class ModelSummary(BaseModel):
    name: str
    version: str
    stage: str


@router.get("/{name}", response_model=ModelSummary)
def get_model(name: str, registry: ModelRegistry = Depends(get_registry)):
    entry = registry.latest(name)
    if entry is None:
        raise HTTPException(status_code=404, detail="unknown model")
    return ModelSummary(name=entry.name, version=entry.version, stage=entry.stage)
