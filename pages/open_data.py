"""Open data at stable addresses, served beside the app by app.py's st.App: /open-data/rounds/<slug>/<file>.

Not a page: Starlette calls round_file for each request (in a worker thread, as it is a plain function), outside
any Streamlit script run. The bytes come from council/rounds/public.py, the same as the page's download buttons.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy.engine import Engine
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from council import db as council_db
from council.errors import NotFound
from council.rounds import public


@cache
def _engine() -> Engine:
    """This process's engine for open data (the pages keep their own in st.cache_resource)."""
    return council_db.make_engine()


def round_file(request: Request) -> Response:
    """One round's answers as CSV, CSV for Excel or JSON; 404 for a round that is not public."""
    slug, name = request.path_params["slug"], request.path_params["file"]
    try:
        with council_db.session_scope(_engine()) as db:
            body, media = public.open_data(db, slug, name)
    except NotFound:
        return PlainTextResponse("Not found", status_code=404)
    headers = {
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "public, max-age=300",
        "Content-Disposition": f'inline; filename="klimatrunda-{slug}-{name}"',
    }
    return Response(body, media_type=media, headers=headers)


ROUTES = [Route("/open-data/rounds/{slug}/{file}", round_file, methods=["GET"])]
