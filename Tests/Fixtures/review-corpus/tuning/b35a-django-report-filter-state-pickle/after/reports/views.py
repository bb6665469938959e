import base64
import binascii
import pickle

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse

from .forms import ShipmentFilterForm
from .models import Shipment


def encode_filter_state(cleaned_data):
    """Pack the filter form into a URL-safe token so the view can be bookmarked."""
    # pickle keeps dates, Decimals and model instances intact, which json
    # flattened to strings and the form then failed to re-validate.
    payload = {k: v for k, v in cleaned_data.items() if v not in (None, "", [])}
    raw = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_filter_state(token):
    padded = token + "=" * (-len(token) % 4)
    try:
        return pickle.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, pickle.UnpicklingError, EOFError):
        return None


@login_required
def shipment_report(request):
    token = request.GET.get("s")
    if token:
        initial = decode_filter_state(token)
        if initial is None:
            return HttpResponseBadRequest("Invalid saved filter")
        form = ShipmentFilterForm(initial, organisation=request.user.organisation)
    else:
        form = ShipmentFilterForm(request.GET or None, organisation=request.user.organisation)

    qs = Shipment.objects.for_organisation(request.user.organisation).select_related("carrier", "origin")
    share_url = None
    if form.is_valid():
        qs = form.apply(qs)
        share_url = reverse("reports:shipments") + "?s=" + encode_filter_state(form.cleaned_data)

    page = Paginator(qs.order_by("-shipped_at"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "reports/shipments.html",
        {"form": form, "page": page, "share_url": share_url},
    )
