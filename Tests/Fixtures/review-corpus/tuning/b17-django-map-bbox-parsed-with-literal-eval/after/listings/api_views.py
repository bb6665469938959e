import ast

from django.contrib.gis.geos import Polygon
from django.core.cache import cache
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .models import Listing

MAX_RESULTS = 500


def _corners(raw):
    """Accept "minLng,minLat,maxLng,maxLat" or the map SDK's "[[minLng,minLat],[maxLng,maxLat]]"."""
    if raw is None or len(raw) > 200:
        return None
    raw = raw.strip()
    if raw.startswith("["):
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return None
        if (
            not isinstance(value, (list, tuple))
            or len(value) != 2
            or not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in value)
        ):
            return None
        (a, b), (c, d) = value
        parts = [a, b, c, d]
    else:
        parts = raw.split(",")
    try:
        return [float(v) for v in parts]
    except (TypeError, ValueError):
        return None


def _parse_bbox(raw):
    """Parse a bbox query value into a Polygon."""
    corners = _corners(raw)
    if corners is None or len(corners) != 4:
        return None
    min_lng, min_lat, max_lng, max_lat = corners
    if not (-180 <= min_lng < max_lng <= 180 and -90 <= min_lat < max_lat <= 90):
        return None
    return Polygon.from_bbox((min_lng, min_lat, max_lng, max_lat))


@require_GET
@cache_control(public=True, max_age=60)
def listings_in_view(request):
    bbox = _parse_bbox(request.GET.get("bbox"))
    if bbox is None:
        return HttpResponseBadRequest("bbox must be minLng,minLat,maxLng,maxLat")

    qs = (
        Listing.objects.active()
        .filter(location__within=bbox)
        .only("id", "title", "price", "location")
        .order_by("-featured", "-updated_at")[:MAX_RESULTS]
    )
    features = [
        {
            "type": "Feature",
            "id": listing.id,
            "geometry": {"type": "Point", "coordinates": [listing.location.x, listing.location.y]},
            "properties": {"title": listing.title, "price": str(listing.price)},
        }
        for listing in qs
    ]
    return JsonResponse({"type": "FeatureCollection", "features": features})


@require_GET
def listing_count(request):
    key = "listing-count:v1"
    count = cache.get(key)
    if count is None:
        count = Listing.objects.active().count()
        cache.set(key, count, 300)
    return JsonResponse({"count": count})