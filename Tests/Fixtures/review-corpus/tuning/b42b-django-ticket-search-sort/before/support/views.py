"""Full-text ticket search for the support console."""
import logging

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

log = logging.getLogger("support.search")

SEARCH_SQL = """
    SELECT t.id, t.subject, t.status, t.updated_at,
           ts_rank(t.search_vector, q) AS rank
    FROM support_ticket t, websearch_to_tsquery('english', %(term)s) q
    WHERE t.search_vector @@ q
      AND t.team_id = %(team_id)s
    ORDER BY rank DESC
    LIMIT %(limit)s
"""


def search_tickets(team_id, term, limit=25):
    with connection.cursor() as cur:
        cur.execute(SEARCH_SQL, {"term": term, "team_id": team_id, "limit": limit})
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


@login_required
def ticket_search(request):
    term = request.GET.get("q", "").strip()
    if not term:
        return HttpResponseBadRequest("missing q")
    results = search_tickets(request.user.profile.team_id, term)
    log.debug("search team=%s hits=%d", request.user.profile.team_id, len(results))
    return JsonResponse({"results": results}, json_dumps_params={"default": str})
