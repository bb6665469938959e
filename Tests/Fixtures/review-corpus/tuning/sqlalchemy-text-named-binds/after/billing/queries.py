from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

OPEN_INVOICES_SQL = """
    SELECT id, total_cents, due_on
      FROM invoices
     WHERE status = 'open'
       AND customer_id = :customer_id
       AND due_on <= :cutoff
  ORDER BY due_on
"""


def open_invoices(session: Session, customer_id: int, cutoff: date | None = None):
    params = {"customer_id": customer_id, "cutoff": cutoff or date.today()}
    return session.execute(text(OPEN_INVOICES_SQL), params).all()