"""The committee's side: registration, decisions, partial and withdrawn forwardings, reminders, rating codes

Forwarding gains the proposals sent, the diarienummer and date registered, withdrawal and the answers the
teacher was told about; Answer gains the decision (date, who decided, minutes paragraph); User a notification
address; new tables: ratingcode (a voter's code to rate later, hash only, WITHOUT ROWID) and outboxmessage (the
e-mail queue).

Revision ID: 0004_committee
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)
from alembic import op

revision: str = "0004_committee"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WITHDRAWN_BY_FK = "fk_forwarding_withdrawn_by_user"


def upgrade() -> None:
    """The committee's side (issue 13)."""
    op.create_table(
        "outboxmessage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("to_address", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("next_attempt_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("sent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe_key"),
    )
    with op.batch_alter_table("outboxmessage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outboxmessage_status"), ["status"], unique=False)

    op.create_table(
        "ratingcode",
        sa.Column("code_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["councilsession.id"]),
        sa.PrimaryKeyConstraint("code_hash"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("ratingcode", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ratingcode_session_id"), ["session_id"], unique=False)

    # Plain string defaults: an expression would make SQLite rebuild tables that others point to.
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("decided_by_kind", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "minutes_paragraph", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False, server_default=""
            )
        )

    with op.batch_alter_table("forwarding", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proposal_ids", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("diarienummer", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("registered_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("withdrawn_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("answers_notified_through", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_foreign_key(WITHDRAWN_BY_FK, "user", ["withdrawn_by"], ["id"])

    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notify_email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True))


def downgrade() -> None:
    """Undo: the committee's side (issue 13)."""
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("notify_email")

    with op.batch_alter_table("forwarding", schema=None) as batch_op:
        batch_op.drop_constraint(WITHDRAWN_BY_FK, type_="foreignkey")
        batch_op.drop_column("answers_notified_through")
        batch_op.drop_column("withdrawn_by")
        batch_op.drop_column("withdrawn_at")
        batch_op.drop_column("registered_on")
        batch_op.drop_column("diarienummer")
        batch_op.drop_column("proposal_ids")

    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_column("minutes_paragraph")
        batch_op.drop_column("decided_by")
        batch_op.drop_column("decided_by_kind")
        batch_op.drop_column("decided_on")

    with op.batch_alter_table("ratingcode", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ratingcode_session_id"))
    op.drop_table("ratingcode")

    with op.batch_alter_table("outboxmessage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outboxmessage_status"))
    op.drop_table("outboxmessage")
