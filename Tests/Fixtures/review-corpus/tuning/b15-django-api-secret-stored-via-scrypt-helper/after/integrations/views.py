import hashlib
import hmac
import os
import secrets

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Integration


def hash_secret(secret, salt=None):
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
    return salt.hex() + "$" + digest.hex()


def check_secret(secret, stored):
    salt_hex, digest_hex = stored.split("$", 1)
    candidate = hash_secret(secret, bytes.fromhex(salt_hex)).split("$", 1)[1]
    return hmac.compare_digest(candidate, digest_hex)


@login_required
def integration_detail(request, pk):
    integration = get_object_or_404(Integration, pk=pk, team=request.user.team)
    return JsonResponse({"id": integration.id, "name": integration.name, "client_id": integration.client_id})


def authenticate_client(client_id, client_secret):
    integration = Integration.objects.filter(client_id=client_id, active=True).first()
    if integration and check_secret(client_secret, integration.client_secret_hash):
        return integration
    return None


@login_required
@require_POST
def rotate_client_secret(request, pk):
    integration = get_object_or_404(Integration, pk=pk, team=request.user.team)
    new_secret = secrets.token_urlsafe(32)
    integration.client_secret_hash = hash_secret(new_secret)
    integration.save(update_fields=["client_secret_hash"])
    return JsonResponse({"client_id": integration.client_id, "client_secret": new_secret})