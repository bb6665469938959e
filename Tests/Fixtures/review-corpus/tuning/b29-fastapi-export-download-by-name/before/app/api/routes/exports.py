from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, status
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.core.config import settings
from app.db.session import get_db
from app.deps import get_current_user
from app.models import ExportJob, User
from app.services.exporter import run_export

router = APIRouter(prefix="/exports", tags=["exports"])

EXPORT_ROOT = Path(settings.export_dir).resolve()


class ExportRequest(BaseModel):
    dataset: str = Field(pattern=r"^(invoices|customers|payments)$")
    format: str = Field(default="csv", pattern=r"^(csv|xlsx)$")


class ExportOut(BaseModel):
    id: uuid.UUID
    dataset: str
    status: str
    created_at: datetime
    filename: str | None = None


@router.post("", response_model=ExportOut, status_code=status.HTTP_202_ACCEPTED)
def create_export(
    body: ExportRequest,
    background: BackgroundTasks,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
) -> ExportJob:
    job = ExportJob(
        id=uuid.uuid4(),
        org_id=user.org_id,
        dataset=body.dataset,
        format=body.format,
        status="queued",
        created_at=datetime.now(timezone.utc),
    )
    db.add(job)
    db.commit()
    background.add_task(run_export, job.id, EXPORT_ROOT / str(user.org_id))
    return job


@router.get("", response_model=list[ExportOut])
def list_exports(db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    return (
        db.query(ExportJob)
        .filter(ExportJob.org_id == user.org_id)
        .order_by(ExportJob.created_at.desc())
        .limit(50)
        .all()
    )


@router.get("/{export_id}/download")
def download_export(
    export_id: uuid.UUID,
    db: Session = Depends(get_db),
    user: User = Depends(get_current_user),
) -> FileResponse:
    job = db.get(ExportJob, export_id)
    if job is None or job.org_id != user.org_id or job.status != "done":
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    path = EXPORT_ROOT / str(user.org_id) / job.filename
    return FileResponse(path, filename=job.filename)
