from flask import Blueprint, g, jsonify, request
from psycopg2 import sql
from psycopg2.extras import RealDictCursor

from ..db import get_conn

bp = Blueprint("shipments", __name__)

SORTABLE = {"created": "created_at", "eta": "estimated_arrival", "carrier": "carrier_name"}


def shipment_query(account_id, args):
    conditions = [sql.SQL("account_id = %s")]
    params = [account_id]
    if args.get("carrier"):
        conditions.append(sql.SQL("carrier_name = %s"))
        params.append(args["carrier"])
    if args.get("since"):
        conditions.append(sql.SQL("created_at >= %s"))
        params.append(args["since"])
    column = SORTABLE.get(args.get("sort"), "created_at")
    query = sql.SQL(
        "SELECT id, tracking_no, carrier_name, status FROM shipments WHERE {} ORDER BY {} DESC LIMIT 200"
    ).format(sql.SQL(" AND ").join(conditions), sql.Identifier(column))
    return query, params


@bp.route("/shipments")
def list_shipments():
    query, params = shipment_query(g.account_id, request.args)
    with get_conn() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, params)
        rows = cur.fetchall()
    return jsonify(rows)
