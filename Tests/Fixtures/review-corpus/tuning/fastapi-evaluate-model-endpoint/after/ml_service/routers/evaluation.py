from typing import Literal

import torch
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, Field

from ml_service.datasets import load_eval_split
from ml_service.deps import get_registry
from ml_service.metrics import classification_report
from ml_service.registry import ModelRegistry

router = APIRouter(prefix="/models", tags=["models"])


class ModelSummary(BaseModel):
    name: str
    version: str
    stage: str


class EvalRequest(BaseModel):
    split: Literal["validation", "holdout"] = "validation"
    batch_size: int = Field(64, ge=1, le=512)


@router.get("/{name}", response_model=ModelSummary)
def get_model(name: str, registry: ModelRegistry = Depends(get_registry)):
    entry = registry.latest(name)
    if entry is None:
        raise HTTPException(status_code=404, detail="unknown model")
    return ModelSummary(name=entry.name, version=entry.version, stage=entry.stage)


@router.post("/{name}/evaluate")
def evaluate_model(name: str, req: EvalRequest, registry: ModelRegistry = Depends(get_registry)):
    entry = registry.latest(name)
    if entry is None:
        raise HTTPException(status_code=404, detail="unknown model")
    model = registry.load(entry)
    model.eval()
    preds, labels = [], []
    with torch.no_grad():
        for batch, y in load_eval_split(entry.name, req.split, batch_size=req.batch_size):
            preds.append(model(batch).argmax(dim=1))
            labels.append(y)
    return classification_report(torch.cat(labels), torch.cat(preds))
