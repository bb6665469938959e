import json
import logging
from dataclasses import asdict, dataclass, field

from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST

from .models import Incident

logger = logging.getLogger(__name__)

FILTER_SALT = "dashboards.filters"
ALLOWED_SEVERITIES = {"sev1", "sev2", "sev3", "sev4"}


@dataclass
class IncidentFilters:
    severities: list[str] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    open_only: bool = True
    days: int = 30

    def clean(self) -> "IncidentFilters":
        self.severities = [s for s in self.severities if s in ALLOWED_SEVERITIES]
        self.services = [s[:64] for s in self.services][:20]
        self.days = max(1, min(int(self.days), 365))
        return self

    def to_q(self) -> Q:
        q = Q()
        if self.severities:
            q &= Q(severity__in=self.severities)
        if self.services:
            q &= Q(service__slug__in=self.services)
        if self.open_only:
            q &= Q(resolved_at__isnull=True)
        return q


def _filters_from_request(request: HttpRequest) -> IncidentFilters:
    token = request.GET.get("f")
    if not token:
        return IncidentFilters()
    try:
        data = signing.loads(token, salt=FILTER_SALT, max_age=60 * 60 * 24 * 90)
    except signing.BadSignature:
        logger.info("ignoring tampered or expired filter token")
        return IncidentFilters()
    return IncidentFilters(**data).clean()


@login_required
@require_GET
def incident_board(request: HttpRequest):
    filters = _filters_from_request(request)
    incidents = (
        Incident.objects.for_org(request.user.org)
        .filter(filters.to_q())
        .select_related("service")
        .order_by("-opened_at")[:200]
    )
    by_severity = incidents.values("severity").annotate(n=Count("id"))
    return render(
        request,
        "dashboards/incident_board.html",
        {"incidents": incidents, "filters": filters, "by_severity": list(by_severity)},
    )


@login_required
@require_POST
def share_filters(request: HttpRequest):
    try:
        payload = json.loads(request.body or b"{}")
        filters = IncidentFilters(**payload).clean()
    except (TypeError, ValueError):
        return HttpResponseBadRequest("invalid filters")
    token = signing.dumps(asdict(filters), salt=FILTER_SALT, compress=True)
    return JsonResponse({"token": token})
