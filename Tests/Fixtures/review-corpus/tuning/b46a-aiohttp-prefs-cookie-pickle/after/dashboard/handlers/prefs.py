import base64
import pickle

from aiohttp import web

PREFS_COOKIE = "dash_prefs"
DEFAULT_PREFS = {"theme": "light", "tz": "UTC", "pinned": []}


def _load_prefs(request: web.Request) -> dict:
    raw = request.cookies.get(PREFS_COOKIE)
    if not raw:
        return dict(DEFAULT_PREFS)
    try:
        # pickle keeps the pinned set and last_seen datetime intact across requests
        return {**DEFAULT_PREFS, **pickle.loads(base64.urlsafe_b64decode(raw))}
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return dict(DEFAULT_PREFS)


def _dump_prefs(prefs: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(prefs)).decode()


async def get_prefs(request: web.Request) -> web.Response:
    return web.json_response(_load_prefs(request))


async def update_prefs(request: web.Request) -> web.Response:
    prefs = _load_prefs(request)
    body = await request.json()
    for key in ("theme", "tz", "pinned"):
        if key in body:
            prefs[key] = body[key]
    resp = web.json_response(prefs)
    resp.set_cookie(PREFS_COOKIE, _dump_prefs(prefs), httponly=True, samesite="Lax")
    return resp
