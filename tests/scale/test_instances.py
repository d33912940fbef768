"""Two app instances on one PostgreSQL: pupils on either vote in one session; nginx keeps a visitor on one instance."""

from __future__ import annotations

import re
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, make_url, text
from websockets.sync.client import connect

from benchmarks import harness

from ..conftest import PG_URL, on_postgres

pytestmark = pytest.mark.skipif(not on_postgres(), reason="several instances share PostgreSQL: run with-postgres.sh")
NGINX_CONF = Path(__file__).resolve().parents[2] / "deploy" / "nginx-klimatradet.conf"


@pytest.fixture(scope="module")
def shared_db(template_database):
    """One database for the module, copied from the migrated template."""
    name = f"council_instances_{uuid.uuid4().hex[:8]}"
    server = create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_database}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    server.dispose()


@pytest.fixture(scope="module")
def instances(shared_db, tmp_path_factory):
    """Two app instances on two ports, one database."""
    logs = tmp_path_factory.mktemp("instances")
    ports = [harness.free_port(), harness.free_port()]
    started = [harness.start_app(shared_db, port, log=logs / f"app{port}.log") for port in ports]
    yield [f"http://127.0.0.1:{port}" for port in ports]
    for process in started:
        harness.stop(process)


@pytest.fixture(scope="module")
def nginx(instances, tmp_path_factory):
    """nginx from apt, running the shipped example with this test's ports."""
    home = tmp_path_factory.mktemp("nginx")
    port = harness.free_port()
    site = NGINX_CONF.read_text()
    site = site.replace("127.0.0.1:8501", instances[0].removeprefix("http://"))
    site = site.replace("127.0.0.1:8502", instances[1].removeprefix("http://"))
    site = re.sub(r"listen 8080;", f"listen 127.0.0.1:{port};", site)
    (home / "site.conf").write_text(site)
    (home / "nginx.conf").write_text(
        f"daemon off;\npid {home}/nginx.pid;\nerror_log {home}/error.log;\nevents {{}}\n"
        f"http {{\n access_log {home}/access.log;\n client_body_temp_path {home};\n proxy_temp_path {home};\n"
        f" include {home}/site.conf;\n}}\n"
    )
    process = subprocess.Popen(["/usr/sbin/nginx", "-p", str(home), "-c", str(home / "nginx.conf")])
    base = f"http://127.0.0.1:{port}"
    harness.wait_healthy(base, process, seconds=20)
    yield base
    process.terminate()
    process.wait(10)


def test_pupils_on_either_instance_vote_in_one_session_and_nothing_is_lost(shared_db, instances):
    council = harness.seed(shared_db, 1)[0]
    outcomes: list[bool] = []

    def pupil(n: int) -> None:
        agent = harness.Agent(instances[n % 2])
        agent.join(council.code)
        outcomes.append(harness.has_key(agent.vote([council.proposal_ids[n % 4]])["tree"], "vote_receipt"))

    threads = [threading.Thread(target=pupil, args=(n,)) for n in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes == [True] * 24
    assert harness.counts(shared_db)[council.session_id] == (24, 24)


def test_nginx_example_proxies_websockets_and_keeps_a_visitor_on_one_instance(shared_db, nginx):
    first = requests.get(nginx, timeout=10)
    assert first.ok and "klimat_route=" in first.headers["Set-Cookie"]
    route = first.cookies["klimat_route"]
    with connect(
        nginx.replace("http", "ws") + "/_stcore/stream",
        additional_headers={"Cookie": f"klimat_route={route}"},
        subprotocols=["streamlit"],
        open_timeout=10,
    ) as socket:
        assert socket.response.status_code == 101
    council = harness.seed(shared_db, 1)[0]
    for n in range(6):
        agent = harness.Agent(nginx, cookies={"klimat_route": f"visitor-{n}"})
        agent.join(council.code)  # three requests that only work on the instance that holds the session
        assert harness.has_key(agent.vote([council.proposal_ids[0]])["tree"], "vote_receipt")
    assert harness.counts(shared_db)[council.session_id] == (6, 6)


def test_without_the_route_cookie_a_session_is_lost_on_the_other_instance(nginx):
    """The control: the cookie is what keeps a visitor's Streamlit session reachable."""
    agent = harness.Agent(nginx, cookies={"klimat_route": "visitor-a"})
    agent.interact()
    lost = 0
    for n in range(12):
        agent.http.cookies.set("klimat_route", f"other-{n}")
        try:
            agent.interact()
        except RuntimeError as err:
            lost += "unknown_session" in str(err)
    time.sleep(0)
    assert lost > 0
