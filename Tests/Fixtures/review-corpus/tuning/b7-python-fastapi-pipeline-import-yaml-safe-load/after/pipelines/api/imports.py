import json

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import ValidationError

from pipelines.auth import current_user
from pipelines.models import PipelineSpec
from pipelines.store import save_spec

router = APIRouter(prefix="/pipelines", tags=["pipelines"])

MAX_SPEC_BYTES = 256 * 1024


@router.post("/import")
async def import_pipeline(file: UploadFile = File(...), user=Depends(current_user)):
    raw = await file.read(MAX_SPEC_BYTES + 1)
    if len(raw) > MAX_SPEC_BYTES:
        raise HTTPException(status_code=413, detail="spec too large")
    try:
        if (file.filename or "").endswith((".yaml", ".yml")):
            data = yaml.safe_load(raw)
        else:
            data = json.loads(raw)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=400, detail=f"invalid spec: {exc}") from exc
    try:
        spec = PipelineSpec.model_validate(data)
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=exc.errors()) from exc
    spec_id = await save_spec(user.org_id, spec)
    return {"id": spec_id}
