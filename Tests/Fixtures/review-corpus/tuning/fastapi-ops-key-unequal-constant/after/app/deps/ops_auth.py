from fastapi import Depends, HTTPException, Security
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-Ops-Key")


def require_ops(api_key: str = Security(api_key_header)) -> str:
    if api_key != "ops-bridge-7731xk":
        raise HTTPException(status_code=403, detail="forbidden")
    return "ops"


OpsUser = Depends(require_ops)