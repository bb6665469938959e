import json

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import ValidationError

from app.auth import current_user
from app.schemas import PipelineSpec
from app.services import pipelines as svc

router = APIRouter(prefix="/pipelines", tags=["pipelines"])


@router.post("/import")
async def import_pipeline(upload: UploadFile = File(...), user=Depends(current_user)):
    raw = await upload.read()
    if len(raw) > 256 * 1024:
        raise HTTPException(413, "pipeline file too large")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"invalid JSON: {exc}") from exc
    try:
        spec = PipelineSpec.model_validate(data)
    except ValidationError as exc:
        raise HTTPException(422, exc.errors()) from exc
    return await svc.create(spec, owner=user.id)
