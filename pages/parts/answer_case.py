"""One proposal of the case on the answer page: its words, support, arguments and the answers so far."""

import streamlit as st

from council.case import Case, CaseProposal
from council.forwarding_tables import Answer
from council.i18n import fmt_date
from council.smallgroups import format_support
from pages import ui


def show(case: Case, proposal: CaseProposal) -> None:
    """Title, text, theme and addressee, support, arguments for and against, where it came from."""
    st.markdown(f"#### {proposal.rank}. {ui.plain(proposal.title)}")
    labels = [x for x in (proposal.theme, proposal.addressee) if x]
    if labels:
        st.caption(ui.plain(" · ".join(labels)))
    st.write(ui.plain(proposal.body) if proposal.body else ui.tr("answer.no_body"))
    st.markdown(
        ui.tr(
            "answer.support",
            support=format_support(proposal.supporting, case.share_base, ui.lang()),
            place=proposal.rank,
            method=ui.tr(f"method.{case.method}"),
        )
    )
    if proposal.provenance:
        st.caption(ui.plain(proposal.provenance))
    if proposal.origins:  # a municipal round's proposal: where it came from
        originals, classes, schools = proposal.origins
        st.caption(ui.tr("round.export.provenance", originals=originals, classes=classes, schools=schools))
    with st.expander(ui.tr("answer.arguments", pros=len(proposal.arguments_for), cons=len(proposal.arguments_against))):
        for side, texts in (("for", proposal.arguments_for), ("against", proposal.arguments_against)):
            st.markdown(f"**{ui.tr(f'report.side.{side}')}**")
            for text in texts or [ui.tr("report.no_arguments")]:
                st.markdown(f"- {ui.plain(text)}")


def decision_line(answer: Answer) -> str:
    """'Beslutat av Tekniska nämnden 12 mars 2027 (§ 34)', or '' when no decision was recorded."""
    if not (answer.decided_on or answer.decided_by or answer.minutes_paragraph):
        return ""
    key = "decision.delegate" if answer.decided_by_kind == "delegate" else "decision.by"
    parts = [ui.tr(key, by=answer.decided_by) if answer.decided_by else ui.tr("decision.decided")]
    if answer.decided_on:
        parts.append(fmt_date(answer.decided_on, ui.lang()))
    if answer.minutes_paragraph:
        paragraph = answer.minutes_paragraph.strip()
        parts.append(f"({paragraph if paragraph.startswith('§') else '§ ' + paragraph})")
    return " ".join(parts)


def history(earlier: list[Answer]) -> None:
    """The answers this proposal had before, newest first."""
    if not earlier:
        return
    with st.expander(ui.tr("answer.history", n=len(earlier))):
        for old in reversed(earlier):
            when = fmt_date(old.answered_at, ui.lang())
            st.markdown(f"**{when} · {ui.tr('answer.status.' + old.status)}** — {ui.plain(old.text)}")
            if line := decision_line(old):
                st.caption(ui.plain(line))
