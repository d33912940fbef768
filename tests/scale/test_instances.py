"""Two app instances on one PostgreSQL: pupils on either vote in one session; nginx keeps a visitor on one instance."""

from __future__ import annotations

import re
import ssl
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, make_url, text
from websockets.exceptions import InvalidStatus
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


def self_signed(home: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1, made with Debian's openssl."""
    cert, key = home / "cert.pem", home / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def nginx_ports(instances, tmp_path_factory):
    """nginx from apt, running the shipped example with this test's ports: (plain http base, https base)."""
    home = tmp_path_factory.mktemp("nginx")
    port, tls_port = harness.free_port(), harness.free_port()
    cert, key = self_signed(home)
    site = NGINX_CONF.read_text()
    site = site.replace("127.0.0.1:8501", instances[0].removeprefix("http://"))
    site = site.replace("127.0.0.1:8502", instances[1].removeprefix("http://"))
    site = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", site)
    site = re.sub(r"listen 443 ssl;", f"listen 127.0.0.1:{tls_port} ssl;", site)
    site = site.replace("/etc/ssl/klimatradet/fullchain.pem", str(cert))
    site = site.replace("/etc/ssl/klimatradet/privkey.pem", str(key))
    (home / "site.conf").write_text(site)
    (home / "nginx.conf").write_text(
        f"daemon off;\npid {home}/nginx.pid;\nerror_log {home}/error.log;\nevents {{}}\n"
        f"http {{\n access_log {home}/access.log;\n client_body_temp_path {home};\n proxy_temp_path {home};\n"
        f" include {home}/site.conf;\n}}\n"
    )
    process = subprocess.Popen(["/usr/sbin/nginx", "-p", str(home), "-c", str(home / "nginx.conf")])
    base = f"https://127.0.0.1:{tls_port}"
    wait_healthy_tls(base, process)
    yield f"http://127.0.0.1:{port}", base
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="module")
def nginx(nginx_ports):
    """The https address of the example."""
    return nginx_ports[1]


def wait_healthy_tls(base: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert process.poll() is None, "nginx exited"
        try:
            if requests.get(f"{base}/_stcore/health", timeout=2, verify=False).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError("nginx did not answer over TLS")


def agent(base: str, **cookies: str) -> harness.Agent:
    """A browser-less visitor through nginx's https (the test certificate is self-signed)."""
    visitor = harness.Agent(base, cookies=cookies)
    visitor.http.verify = False
    return visitor


def no_verify() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


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
    first = requests.get(nginx, timeout=10, verify=False)
    assert first.ok and "klimat_route=" in first.headers["Set-Cookie"]
    route = first.cookies["klimat_route"]
    with connect(
        nginx.replace("https", "wss") + "/_stcore/stream",
        additional_headers={"Cookie": f"klimat_route={route}", "Origin": nginx},
        subprotocols=["streamlit"],
        open_timeout=10,
        ssl=no_verify(),
    ) as socket:
        assert socket.response.status_code == 101
    council = harness.seed(shared_db, 1)[0]
    for n in range(6):
        visitor = agent(nginx, klimat_route=f"visitor-{n}")
        visitor.join(council.code)  # three requests that only work on the instance that holds the session
        assert harness.has_key(visitor.vote([council.proposal_ids[0]])["tree"], "vote_receipt")
    assert harness.counts(shared_db)[council.session_id] == (6, 6)


def test_without_the_route_cookie_a_session_is_lost_on_the_other_instance(nginx):
    """The control: the cookie is what keeps a visitor's Streamlit session reachable."""
    visitor = agent(nginx, klimat_route="visitor-a")
    visitor.interact()
    lost = 0
    for n in range(12):
        visitor.http.cookies.set("klimat_route", f"other-{n}")
        try:
            visitor.interact()
        except RuntimeError as err:
            lost += "unknown_session" in str(err)
    time.sleep(0)
    assert lost > 0


def test_nginx_example_speaks_tls_with_hsts_and_the_security_headers(nginx_ports):
    plain, tls = nginx_ports
    moved = requests.get(f"{plain}/login", timeout=10, allow_redirects=False)
    assert moved.status_code == 301 and moved.headers["Location"].startswith("https://")
    page = requests.get(f"{tls}/login", timeout=10, verify=False)
    assert "max-age=" in page.headers["Strict-Transport-Security"]
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["Referrer-Policy"] == "no-referrer" and page.headers["X-Content-Type-Options"] == "nosniff"
    assert "," not in page.headers["Content-Security-Policy"]  # sent once, not once by nginx and once by the app


def test_nginx_example_hides_metrics_and_refuses_big_bodies(nginx):
    assert requests.get(f"{nginx}/_stcore/metrics", timeout=10, verify=False).status_code == 404
    big = requests.put(f"{nginx}/_stcore/upload_file/x/y", data=b"x" * (3 * 1024 * 1024), timeout=20, verify=False)
    assert big.status_code == 413


def test_through_nginx_a_websocket_from_another_site_is_refused(nginx):
    with pytest.raises(InvalidStatus) as refused:
        connect(
            nginx.replace("https", "wss") + "/_stcore/stream",
            additional_headers={"Origin": "https://127.0.0.1:9999"},
            subprotocols=["streamlit"],
            open_timeout=10,
            ssl=no_verify(),
        )
    assert refused.value.response.status_code == 403
