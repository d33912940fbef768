"""Sign-on e-mail and certified results

User.email maps a single sign-on login to an account; CouncilSession keeps its certified results so the raw
ballots can be deleted once a session is archived.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """sign-on e-mail and certified results"""
    with op.batch_alter_table("councilsession", schema=None) as batch_op:
        batch_op.add_column(sa.Column("certified_results", sa.JSON(), nullable=True))
        # A plain "0", not sa.false(): an expression default makes SQLite rebuild the table, which its foreign keys refuse.
        batch_op.add_column(sa.Column("ballots_deleted", sa.Boolean(), nullable=False, server_default="0"))

    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True))
        batch_op.create_index(batch_op.f("ix_user_email"), ["email"], unique=True)


def downgrade() -> None:
    """Undo: sign-on e-mail and certified results"""
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_email"))
        batch_op.drop_column("email")

    with op.batch_alter_table("councilsession", schema=None) as batch_op:
        batch_op.drop_column("ballots_deleted")
        batch_op.drop_column("certified_results")
