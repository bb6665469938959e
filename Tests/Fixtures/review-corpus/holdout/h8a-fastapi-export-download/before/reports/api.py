from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, status

from reports.auth import require_scope

EXPORT_ROOT = Path("/data/exports").resolve()

router = APIRouter(prefix="/exports")


def _resolve_export(tenant_id: str, name: str) -> Path:
    """Map a user-supplied export name to a file inside the tenant's export folder."""
    tenant_dir = (EXPORT_ROOT / tenant_id).resolve()
    candidate = (tenant_dir / name).resolve()
    if not candidate.is_relative_to(tenant_dir) or not candidate.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such export")
    return candidate


@router.get("")
def list_exports(principal=Depends(require_scope("reports:read"))):
    tenant_dir = EXPORT_ROOT / principal.tenant_id
    if not tenant_dir.is_dir():
        return []
    return sorted(p.name for p in tenant_dir.iterdir() if p.is_file())


@router.delete("/{name}", status_code=status.HTTP_204_NO_CONTENT)
def delete_export(name: str, principal=Depends(require_scope("reports:write"))):
    _resolve_export(principal.tenant_id, name).unlink()
