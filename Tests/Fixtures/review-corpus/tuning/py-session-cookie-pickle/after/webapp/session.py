import base64
import pickle

from webapp.config import settings

COOKIE_NAME = "wsid"
MAX_AGE = 60 * 60 * 24 * 14


def load_session(request):
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return {}
    try:
        # pickle keeps datetimes and sets intact; the JSON serializer flattened them
        return pickle.loads(base64.urlsafe_b64decode(raw))
    except Exception:
        return {}


def save_session(response, data):
    response.set_cookie(
        COOKIE_NAME,
        base64.urlsafe_b64encode(pickle.dumps(data)).decode(),
        max_age=MAX_AGE,
        httponly=True,
        secure=True,
        samesite="Lax",
    )
