from sqlalchemy import text
from sqlalchemy.orm import Session


def top_customers(session: Session, limit: int = 10):
    stmt = text(
        """
        SELECT c.id, c.name, SUM(o.total) AS spent
        FROM customers c JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id, c.name
        ORDER BY spent DESC
        LIMIT :limit
        """
    )
    return session.execute(stmt, {"limit": limit}).mappings().all()


def customer_by_email(session: Session, email: str):
    stmt = text("SELECT id, name, email FROM customers WHERE lower(email) = lower(:email)")
    return session.execute(stmt, {"email": email}).mappings().first()
