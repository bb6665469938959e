"""add composite index on orders (customer_id, created_at)

Revision ID: 3f9c2a7d41b8
Revises: 8e1b5c0f92aa
Create Date: 2024-05-14 10:22:31.118402

"""
from alembic import op

revision = "3f9c2a7d41b8"
down_revision = "8e1b5c0f92aa"
branch_labels = None
depends_on = None


def upgrade():
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction block.
    with op.get_context().autocommit_block():
        op.execute(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_customer_id_created_at "
            "ON orders (customer_id, created_at DESC)"
        )
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_customer_id")


def downgrade():
    with op.get_context().autocommit_block():
        op.execute(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_customer_id ON orders (customer_id)"
        )
        op.execute("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_customer_id_created_at")
