"""ranked sessions made before the counting method was a choice keep Borda

Revision ID: 0004_methods
Revises: 0004_committee
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_methods"
down_revision: str | None = "0004_committee"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The table as this revision knows it: the method column stays plain text (no enum type), so no schema change.
_SESSIONS = sa.table(
    "councilsession", sa.column("id", sa.Integer), sa.column("method", sa.String), sa.column("method_params", sa.JSON)
)


def upgrade() -> None:
    """Ranked sessions without a counting method were counted by Borda; new ones default to Schulze (issue 14)."""
    bind = op.get_bind()
    ranked = sa.select(_SESSIONS.c.id, _SESSIONS.c.method_params).where(_SESSIONS.c.method == "ranked")
    for session_id, params in bind.execute(ranked).all():
        if "rule" not in (params or {}):
            kept = {**(params or {}), "rule": "borda"}
            bind.execute(_SESSIONS.update().where(_SESSIONS.c.id == session_id).values(method_params=kept))


def downgrade() -> None:
    """Nothing to undo: the code before this revision already counted a ranked session by its "rule" setting."""
