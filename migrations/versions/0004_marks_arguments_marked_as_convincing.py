"""arguments marked as convincing: a count on each argument and opaque tags that stop a second mark

Revision ID: 0004_marks
Revises: 0004_scale
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = "0004_marks"
down_revision: str | None = "0004_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Issue 14 part 5: pupils mark arguments as convincing, anonymously, once each."""
    op.create_table(
        "argumentmark",
        sa.Column("tag", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["councilsession.id"]),
        sa.PrimaryKeyConstraint("tag"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("argumentmark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_argumentmark_session_id"), ["session_id"], unique=False)
    # A plain-string default: arguments written before marks existed have none, and SQLite adds it in place.
    with op.batch_alter_table("argument", schema=None) as batch_op:
        batch_op.add_column(sa.Column("marks", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    """Undo: arguments marked as convincing."""
    with op.batch_alter_table("argument", schema=None) as batch_op:
        batch_op.drop_column("marks")
    with op.batch_alter_table("argumentmark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_argumentmark_session_id"))
    op.drop_table("argumentmark")
