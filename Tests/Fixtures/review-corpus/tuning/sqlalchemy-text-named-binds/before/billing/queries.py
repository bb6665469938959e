from sqlalchemy import text
from sqlalchemy.orm import Session


def open_invoices(session: Session, customer_id: int):
    return session.execute(
        text("SELECT id, total_cents FROM invoices WHERE status = 'open'")
    ).all()