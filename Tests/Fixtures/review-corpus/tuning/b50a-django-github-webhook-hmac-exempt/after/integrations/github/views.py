import hashlib
import hmac
import json
import secrets

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from integrations.github.models import Installation
from integrations.github.tasks import handle_event

AUTHORIZE_URL = "https://github.com/login/oauth/authorize"


@login_required
def connect(request):
    state = secrets.token_urlsafe(32)
    request.session["github_oauth_state"] = state
    params = {
        "client_id": settings.GITHUB_CLIENT_ID,
        "redirect_uri": request.build_absolute_uri(reverse("github:callback")),
        "scope": "read:org repo:status",
        "state": state,
    }
    return redirect(f"{AUTHORIZE_URL}?{urlencode(params)}")


@login_required
def disconnect(request):
    if request.method == "POST":
        Installation.objects.filter(workspace=request.user.workspace).delete()
    return redirect("settings:integrations")


def _signature_ok(body: bytes, header: str) -> bool:
    if not header.startswith("sha256="):
        return False
    expected = hmac.new(settings.GITHUB_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.removeprefix("sha256="))


# GitHub can't send a CSRF token; the HMAC signature authenticates the request instead.
@csrf_exempt
@require_POST
def webhook(request):
    if not _signature_ok(request.body, request.headers.get("X-Hub-Signature-256", "")):
        return HttpResponseForbidden("bad signature")
    try:
        payload = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    handle_event.delay(request.headers.get("X-GitHub-Event", ""), payload)
    return HttpResponse(status=202)
