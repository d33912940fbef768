"""random participant ids, and earlier votes rewritten so their files keep no order or old versions

Revision ID: 0004_secrecy
Revises: 0004_round
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from council.migrate import VACUUM_AFTER

revision: str = "0004_secrecy"
down_revision: str | None = "0004_round"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns that hold a participant's id (a cookie handoff's subject is a user's or a participant's).
PARTICIPANT_COLUMNS = (
    ("participant", "id"),
    ("proposal", "author_id"),
    ("argument", "author_id"),
    ("cookiehandoff", "subject_id"),
)

# Tables whose row order or old row versions could pair a ballot, a rating or a slip with a pupil, with the key
# they are rewritten in (a random key: the order it gives says nothing). Children after their parents.
SECRET_TABLES = {
    "ballot": "id",
    "ballotchoice": "ballot_id, proposal_id",
    "answerrating": "id",
    "onetimecode": "code_hash",
    "ratingcode": "code_hash",
}


def upgrade() -> None:
    """Participant ids become random 64-bit numbers from now on (issue 18); votes cast before are rewritten."""
    if op.get_bind().dialect.name == "postgresql":
        # The id column keeps its values; new ids come from the app, never again from a sequence. Changing the
        # type also rewrites participant into a new file, without the old row versions of earlier votes.
        sequence = op.get_bind().execute(text("SELECT pg_get_serial_sequence('participant', 'id')")).scalar()
        op.execute("ALTER TABLE participant ALTER COLUMN id DROP DEFAULT")
        for table, column in PARTICIPANT_COLUMNS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BIGINT")
        if sequence:
            op.execute(f"DROP SEQUENCE {sequence}")
    _rewrite_earlier_votes()


def _rewrite_earlier_votes() -> None:
    # Before this revision PostgreSQL kept superseded row versions after VACUUM, and SQLite kept ballot cells in
    # the order of voting and freed space unzeroed. PostgreSQL: every row is written again in key order into a
    # new file (TRUNCATE). SQLite: VACUUM rebuilds every table in key order into fresh pages, but cannot run
    # inside this transaction, so council.migrate runs it right after (VACUUM_AFTER).
    if op.get_bind().dialect.name != "postgresql":
        op.get_context().config.attributes[VACUUM_AFTER] = True
        return
    for table in SECRET_TABLES:
        op.execute(f"CREATE TEMPORARY TABLE keep_{table} AS SELECT * FROM {table}")
    op.execute(f"TRUNCATE {', '.join(SECRET_TABLES)}")
    for table, key in SECRET_TABLES.items():
        op.execute(f"INSERT INTO {table} SELECT * FROM keep_{table} ORDER BY {key}")
        op.execute(f"DROP TABLE keep_{table}")


def downgrade() -> None:
    """Participant ids from a sequence again (PostgreSQL; only while every id still fits an INTEGER)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in reversed(PARTICIPANT_COLUMNS):
        op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE INTEGER")
    op.execute("CREATE SEQUENCE participant_id_seq OWNED BY participant.id")
    op.execute("SELECT setval('participant_id_seq', COALESCE((SELECT max(id) FROM participant), 0) + 1, false)")
    op.execute("ALTER TABLE participant ALTER COLUMN id SET DEFAULT nextval('participant_id_seq')")
