"""Report drafts

The teacher's comment, title and chosen committees for a session's next report version, kept between visits
instead of only in the browser until the report is frozen (issue 15).

Revision ID: 0004_trial
Revises: 0004_marks
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = "0004_trial"
down_revision: str | None = "0004_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A report draft per session."""
    op.create_table(
        "reportdraft",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("committee_ids", sa.JSON(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["councilsession.id"]),
        sa.PrimaryKeyConstraint("session_id"),
    )


def downgrade() -> None:
    """Undo: report drafts"""
    op.drop_table("reportdraft")
