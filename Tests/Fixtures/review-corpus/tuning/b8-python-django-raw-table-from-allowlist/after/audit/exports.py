from django.db import connection
from django.http import Http404, JsonResponse
from django.contrib.admin.views.decorators import staff_member_required

# Export sources the audit screen may read; keys come from the URL.
EXPORT_TABLES = {
    "logins": "audit_loginevent",
    "permissions": "audit_permissionchange",
    "exports": "audit_dataexport",
}


@staff_member_required
def export_events(request, kind):
    table = EXPORT_TABLES.get(kind)
    if table is None:
        raise Http404("unknown export")
    since = request.GET.get("since", "1970-01-01")
    user_id = request.GET.get("user")
    sql = f"SELECT id, actor_id, created_at, detail FROM {table} WHERE created_at >= %s"
    params = [since]
    if user_id:
        sql += " AND actor_id = %s"
        params.append(int(user_id))
    with connection.cursor() as cursor:
        cursor.execute(sql + " ORDER BY created_at DESC LIMIT 500", params)
        cols = [c[0] for c in cursor.description]
        rows = [dict(zip(cols, r)) for r in cursor.fetchall()]
    return JsonResponse({"rows": rows}, json_dumps_params={"default": str})