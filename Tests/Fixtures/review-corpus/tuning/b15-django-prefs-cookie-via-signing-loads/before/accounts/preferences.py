from django.core import signing
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST

PREFS_COOKIE = "ui_prefs"
PREFS_SALT = "accounts.preferences"
DEFAULTS = {"theme": "light", "density": "comfortable", "lang": "en"}


def _load_prefs(raw):
    if not raw:
        return dict(DEFAULTS)
    try:
        data = signing.loads(raw, salt=PREFS_SALT, max_age=60 * 60 * 24 * 365)
    except signing.BadSignature:
        return dict(DEFAULTS)
    prefs = dict(DEFAULTS)
    prefs.update({k: v for k, v in data.items() if k in DEFAULTS and isinstance(v, str)})
    return prefs


def _dump_prefs(prefs):
    return signing.dumps(prefs, salt=PREFS_SALT)


@require_GET
def get_prefs(request):
    prefs = dict(DEFAULTS)
    return JsonResponse(prefs)


@require_POST
def set_prefs(request):
    prefs = _load_prefs(request.COOKIES.get(PREFS_COOKIE))
    for key in DEFAULTS:
        if key in request.POST:
            prefs[key] = request.POST[key][:32]
    resp = JsonResponse(prefs)
    resp.set_cookie(PREFS_COOKIE, _dump_prefs(prefs), max_age=60 * 60 * 24 * 365,
                    httponly=True, samesite="Lax", secure=True)
    return resp