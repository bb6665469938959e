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
    ORDER BY {order_by}
    LIMIT %(limit)s
"""

SORTS = {
    "relevance": "rank DESC",
    "newest": "t.updated_at DESC",
    "oldest": "t.updated_at ASC",
    "status": "t.status ASC, rank DESC",
}


def search_tickets(team_id, term, sort="relevance", limit=25):
    order_by = SORTS.get(sort, SORTS["relevance"])
    sql = SEARCH_SQL.format(order_by=order_by)
    with connection.cursor() as cur:
        cur.execute(sql, {"term": term, "team_id": team_id, "limit": limit})
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


@login_required
def ticket_search(request):
    term = request.GET.get("q", "").strip()
    if not term:
        return HttpResponseBadRequest("missing q")
    sort = request.GET.get("sort", "relevance")
    results = search_tickets(request.user.profile.team_id, term, sort=sort)
    log.debug("search team=%s sort=%s hits=%d", request.user.profile.team_id, sort, len(results))
    return JsonResponse({"results": results}, json_dumps_params={"default": str})
