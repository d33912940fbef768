"""Printable slips for one-time codes: an A4 PDF of ten slips a page, each with code, QR and instructions."""

from __future__ import annotations

import io
from urllib.parse import urlencode, urlsplit

import segno
from fpdf import FPDF

from council.i18n import t

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
COLUMNS, ROWS = 2, 5
MARGIN = 10.0
QR_SIZE = 34.0


def join_link(base_url: str, code: str) -> str:
    """The link that fills in this code on the join page.

    It points at the app's root: for a visitor the join page is the default page, and Streamlit serves
    the default page only at "/" (its own url_path answers "page not found"). An address ending in "/" is
    a root already (council.addresses.app_root: the public address may have a path); of any other, only
    the host is kept.
    """
    parts = urlsplit(base_url or "http://localhost:8501/")
    path = parts.path if parts.path.endswith("/") and not parts.query else "/"
    return f"{parts.scheme}://{parts.netloc}{path}?{urlencode({'code': code})}"


def progress_link(base_url: str, code: str) -> str:
    """The link to "Vad hände med förslagen?" with this code filled in: after the close the class code opens the
    progress page (what the committees answered), no longer the join page."""
    root = join_link(base_url, code).partition("?")[0]
    return f"{root}progress?{urlencode({'code': code})}"


def qr_png(link: str, *, scale: int = 8) -> bytes:
    """A QR code of the link as PNG bytes."""
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=scale, border=2)
    return out.getvalue()


def slips_pdf(codes: list[str], *, base_url: str, title: str = "", lang: str = "sv") -> bytes:
    """Every code on its own slip, with cut lines between the slips."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("Mono", "B", f"{FONT_DIR}/DejaVuSansMono-Bold.ttf")
    width = (pdf.w - 2 * MARGIN) / COLUMNS
    height = (pdf.h - 2 * MARGIN) / ROWS
    for index, code in enumerate(codes):
        if index % (COLUMNS * ROWS) == 0:
            pdf.add_page()
        place = index % (COLUMNS * ROWS)
        x = MARGIN + (place % COLUMNS) * width
        y = MARGIN + (place // COLUMNS) * height
        _slip(pdf, x, y, width, height, code=code, base_url=base_url, title=title, lang=lang)
    return bytes(pdf.output())


def _slip(
    pdf: FPDF, x: float, y: float, w: float, h: float, *, code: str, base_url: str, title: str, lang: str
) -> None:
    """One slip: dashed border to cut along, QR on the left, code and instructions on the right."""
    pdf.set_draw_color(150, 150, 150)
    pdf.set_dash_pattern(dash=2, gap=2)
    pdf.rect(x, y, w, h)
    pdf.set_dash_pattern()
    link = join_link(base_url, code)
    pdf.image(io.BytesIO(qr_png(link)), x=x + 4, y=y + (h - QR_SIZE) / 2, w=QR_SIZE, h=QR_SIZE)
    text_x, text_w = x + QR_SIZE + 8, w - QR_SIZE - 12
    pdf.set_xy(text_x, y + 5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(text_w, 5, t("slip.heading", lang) + (f" · {title[:30]}" if title else ""), new_x="LEFT", new_y="NEXT")
    pdf.set_font("Mono", "B", 20)
    pdf.cell(text_w, 12, f"{code[:5]} {code[5:]}", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    host = urlsplit(link).netloc
    pdf.multi_cell(text_w, 4.2, t("slip.line1", lang, host=host), align="L", new_x="LEFT", new_y="NEXT")
    pdf.multi_cell(text_w, 4.2, t("slip.line2", lang), align="L", new_x="LEFT", new_y="NEXT")
    # Room to copy the rating code from the receipt: it is made when the pupil votes, so it cannot be printed here.
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.multi_cell(text_w, 5.5, t("slip.rating_code", lang), align="L", new_x="LEFT", new_y="NEXT")
