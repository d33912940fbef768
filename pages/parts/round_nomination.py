"""In a class's control room, once its vote is closed: send the class's top proposals to the municipal round's pool
(the teacher may change the choice, with a reason), then follow where each one went."""

import streamlit as st

from council.auth import Actor
from council.errors import CouncilError
from council.i18n import fmt_count_of, fmt_datetime
from council.models import CouncilSession
from council.rounds import backtrack, pool
from pages import ui
from pages.parts import round_news


def show(actor: Actor, council: CouncilSession) -> None:
    """The suggestion as ticked boxes, the reason field and the send button; or, once sent, the proposals' fates."""
    try:
        with ui.db_session() as db:
            plan = pool.nomination(db, actor, council.id)
            news = backtrack.for_session(db, council)
    except CouncilError as err:
        ui.show_error(err)
        return
    if plan.sending is not None:
        st.subheader(ui.tr("round.send.sent_title", title=ui.plain(plan.council_round.title)))
        st.success(ui.tr("round.send.sent", date=fmt_datetime(plan.sending.sent_at, ui.lang())), icon="📨")
        round_news.fates(news)
        return
    st.subheader(ui.tr("round.send.title", title=ui.plain(plan.council_round.title)))
    if plan.council_round.status != "open":
        st.warning(ui.tr("round.pool_closed"), icon="⏳")
        return
    st.caption(ui.tr("round.send.help", n=plan.council_round.per_class, most=plan.cap))
    with st.form("round_nomination"):
        for row in plan.rows:
            support = fmt_count_of(int(row["voters_supporting"]), plan.voters, ui.lang())
            st.checkbox(
                f"{row['rank']}. {row['title']} — {support}",
                value=row["proposal_id"] in plan.suggested,
                key=f"round_nominate_{row['proposal_id']}",
            )
        reason = st.text_input(
            ui.tr("round.send.reason"),
            key="round_reason",
            max_chars=pool.REASON_LIMIT,
            help=ui.tr("round.send.reason_help"),
        )
        sent = st.form_submit_button(ui.tr("round.send.submit"), type="primary", key="round_send")
    if sent:
        chosen = [
            row["proposal_id"] for row in plan.rows if st.session_state.get(f"round_nominate_{row['proposal_id']}")
        ]
        ui.apply(
            lambda db: pool.send(db, actor, council.id, proposal_ids=chosen, reason=reason),
            "round.send.done",
            counted=True,
        )
