from fastapi import APIRouter, Depends, Header

from api.auth import current_user
from api.models import User
from api.services import dashboard as svc

router = APIRouter(prefix="/dashboard", tags=["dashboard"])


@router.get("")
async def get_dashboard(
    user: User = Depends(current_user),
    x_preview_ui: str | None = Header(default=None),
):
    widgets = await svc.widgets_for(user)
    layout = "v2" if x_preview_ui == "1" and user.beta_opt_in else "v1"
    return {
        "layout": layout,
        "widgets": [w.model_dump() for w in widgets],
        "greeting": f"Welcome back, {user.first_name}",
    }


@router.get("/stats")
async def get_stats(user: User = Depends(current_user)):
    return await svc.stats_for(user)