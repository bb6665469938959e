from itsdangerous import BadSignature, URLSafeTimedSerializer

from webapp.config import settings

COOKIE_NAME = "wsid"
MAX_AGE = 60 * 60 * 24 * 14

_serializer = URLSafeTimedSerializer(settings.SECRET_KEY, salt="session")


def load_session(request):
    raw = request.cookies.get(COOKIE_NAME)
    if not raw:
        return {}
    try:
        return _serializer.loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return {}


def save_session(response, data):
    response.set_cookie(
        COOKIE_NAME,
        _serializer.dumps(data),
        max_age=MAX_AGE,
        httponly=True,
        secure=True,
        samesite="Lax",
    )
