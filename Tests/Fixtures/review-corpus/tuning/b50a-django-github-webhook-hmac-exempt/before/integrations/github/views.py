import secrets

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from integrations.github.models import Installation

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
