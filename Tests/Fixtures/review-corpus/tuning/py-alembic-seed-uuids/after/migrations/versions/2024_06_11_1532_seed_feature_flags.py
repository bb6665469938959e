"""seed feature flags

Revision ID: 8274c781c116
Revises: 1812e489b9bc
Create Date: 2024-06-11 15:32:08.114220
"""
import sqlalchemy as sa
from alembic import op

revision = "8274c781c116"
down_revision = "1812e489b9bc"
branch_labels = None
depends_on = None

flags = sa.table(
    "feature_flags",
    sa.column("id", sa.String),
    sa.column("key", sa.String),
    sa.column("enabled", sa.Boolean),
)


def upgrade():
    op.bulk_insert(
        flags,
        [
            {"id": "f7e7665e-c8e8-468f-9612-9b3e5751e31c", "key": "seat_maps", "enabled": False},
            {"id": "8bf09c09-3c13-4a7c-9538-a83a6cecae48", "key": "waitlist", "enabled": True},
            {"id": "f5c18de7-35f8-409b-a1ef-64abe1242ed4", "key": "dynamic_pricing", "enabled": False},
        ],
    )


def downgrade():
    op.execute(
        "DELETE FROM feature_flags WHERE key IN ('seat_maps', 'waitlist', 'dynamic_pricing')"
    )
