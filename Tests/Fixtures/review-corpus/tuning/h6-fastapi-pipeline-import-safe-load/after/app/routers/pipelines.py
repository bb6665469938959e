import yaml
from fastapi import APIRouter, File, HTTPException, UploadFile
from pydantic import ValidationError

from ..schemas import PipelineSpec
from ..services.pipelines import save_pipeline

router = APIRouter(prefix="/pipelines", tags=["pipelines"])


@router.post("/import")
async def import_pipeline(spec_file: UploadFile = File(...)):
    raw = await spec_file.read()
    if len(raw) > 256_000:
        raise HTTPException(status_code=413, detail="spec too large")
    try:
        data = yaml.safe_load(raw)
        spec = PipelineSpec.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    pipeline = await save_pipeline(spec)
    return {"id": pipeline.id, "name": pipeline.name}
