import csv

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpResponse

from .models import Region

REPORT_SQL = """
    SELECT o.id, o.placed_at, o.total_cents, c.email
    FROM orders_order o
    JOIN customers_customer c ON c.id = o.customer_id
    WHERE o.region_id = %s
"""


@login_required
def orders_csv(request, region_id):
    region = Region.objects.get(pk=region_id)
    params = [region.pk]
    sql = REPORT_SQL

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()

    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="orders-{region.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "placed_at", "total_cents", "email"])
    writer.writerows(rows)
    return response
