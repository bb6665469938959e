from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel, ConfigDict, EmailStr
from sqlalchemy.orm import Session

from app.db import get_db
from app.deps import current_user
from app.models import User
from app.schemas import UserOut

router = APIRouter(prefix="/users", tags=["users"])


class ProfileUpdate(BaseModel):
    # New client-side settings (locale, notify_*, beta toggles) land here without a backend release.
    model_config = ConfigDict(extra="allow")

    display_name: str | None = None
    email: EmailStr | None = None
    timezone: str | None = None
    avatar_url: str | None = None


@router.get("/me", response_model=UserOut)
def read_me(user: User = Depends(current_user)):
    return user


@router.patch("/me", response_model=UserOut)
def update_me(
    body: ProfileUpdate,
    user: User = Depends(current_user),
    db: Session = Depends(get_db),
):
    changes = body.model_dump(exclude_unset=True)
    if "email" in changes:
        taken = db.query(User).filter(User.email == changes["email"], User.id != user.id).first()
        if taken:
            raise HTTPException(status_code=409, detail="email already in use")
    for field, value in changes.items():
        if field.startswith("_") or not hasattr(User, field):
            continue  # ignore keys the model doesn't know about
        setattr(user, field, value)
    db.commit()
    db.refresh(user)
    return user
