"""Benchmark: what pupils who are only waiting cost the server — N real Chromium pages idle on the pupil page.

A class is seeded in the chosen phase, the app starts on its own SQLite file, and N browser contexts (one per
pupil) join by the class link and then write a proposal and wait (propose) or vote and look at the receipt
(vote). After they settle, the server process's CPU time (psutil: user + system) is read over --seconds, and the
same before any pupil opened the page (the server's own idle cost, subtracted). Browsers stay out of the
figure: only the server process is measured.

    python benchmarks/idle_pupils.py [--pupils 10] [--seconds 60] [--phase propose|vote] [--profile FILE]

With --profile, py-spy (requirements-dev.txt) samples the server while the pupils idle and writes collapsed
stacks to FILE (sampling costs CPU itself: take the figures from a run without it).

Prints the server's CPU with the pupils idle, per idle pupil per second, and that times 300 as a share of one core.
Goal: 300 idle pupils under 25 % of one core.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import harness
from sqlmodel import Session

from council import auth, proposals, sessions
from council import db as council_db
from council.models import Role

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
READY = {"propose": "[class*='st-key-my_proposal_']", "vote": ".st-key-vote_receipt"}


def seed(db_url: str, pupils: int, phase: str) -> str:
    """A class in `phase` with one proposal on the ballot (and `pupils` proposals' room to write more); its code."""
    engine = council_db.make_engine(db_url)
    with Session(engine, expire_on_commit=False) as db:
        admin = auth.create_first_admin(db, username="admin", password="x" * 10)
        teacher = auth.actor_for(auth.create_user(db, admin, username="t", password="x" * 10, role=Role.teacher))
        council = sessions.create_session(db, teacher, title="Klass 7B", question="Hur halverar vi utsläppen?")
        sessions.advance_phase(db, teacher, council.id)
        writer, _ = sessions.join(db, code=council.join_code)
        first = proposals.submit(db, pupil=writer, title="Fler cykelbanor", body="För klimatet")
        if phase == "vote":
            proposals.publish(db, teacher, first.id)
            sessions.advance_phase(db, teacher, council.id)
    engine.dispose()
    return council.join_code


def arrive(page: Any, base: str, code: str, phase: str, n: int) -> None:
    """One pupil joins by the class link, then writes a proposal (propose) or votes (vote), as in class."""
    page.goto(f"{base}/?code={code}", timeout=120_000)  # the class link joins at once
    if phase == "propose":
        page.locator(".st-key-proposal_title input").fill(f"Förslag {n}", timeout=120_000)
        page.locator(".st-key-proposal_body textarea").fill("För klimatet")
        page.locator(".st-key-proposal_theme input").click()  # a pupil picks a theme (none is preset)
        page.get_by_role("option", name="Vet inte").first.click()
        page.locator(".st-key-proposal_submit button").click()
    else:
        page.locator(".st-key-vote_submit button").wait_for(timeout=120_000)
        page.locator("[class*='st-key-vote_choice_'] label").first.click()
        page.locator(".st-key-vote_submit button").click()
    page.locator(READY[phase]).first.wait_for(timeout=120_000)


def measure(pid: int, seconds: float) -> float:
    """The server's CPU use over `seconds`, as a share of one core."""
    began, spent = time.monotonic(), harness.cpu_seconds([pid])
    time.sleep(seconds)
    return (harness.cpu_seconds([pid]) - spent) / (time.monotonic() - began)


def profile(pid: int, seconds: float, path: str) -> subprocess.Popen:
    """py-spy sampling the server for `seconds`, writing collapsed stacks (one line per stack: frames;... count)."""
    spy = Path(sys.executable).parent / "py-spy"
    command = [str(spy), "record", "--pid", str(pid), "--duration", str(int(seconds)), "--rate", "200"]
    return subprocess.Popen([*command, "--format", "raw", "--output", path], stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--phase", choices=sorted(READY), default="propose")
    parser.add_argument("--profile", default="", help="write py-spy's collapsed stacks of the idle server here")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="idle-pupils-"))
    db_url = f"sqlite:///{work / 'council.db'}"
    code = seed(db_url, args.pupils, args.phase)
    port = harness.free_port()
    server = harness.start_app(db_url, port, log=work / "server.log")
    base = f"http://127.0.0.1:{port}"
    try:
        harness.Agent(base).interact()  # the first run imports the app
        time.sleep(3)
        alone = measure(server.pid, min(20.0, args.seconds))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            pages = []
            for n in range(args.pupils):
                context = browser.new_context(locale="sv-SE", viewport={"width": 1000, "height": 800})
                page = context.new_page()
                arrive(page, base, code, args.phase, n)
                pages.append(page)
            time.sleep(10)  # every page's first runs are over; from here on the pupils only wait
            spy = profile(server.pid, args.seconds, args.profile) if args.profile else None
            idle = measure(server.pid, args.seconds)
            if spy is not None:
                spy.wait()
            alive = sum(page.locator(READY[args.phase]).count() > 0 for page in pages)
            browser.close()
    finally:
        harness.stop(server)
    report(args, alone, idle, alive)


def report(args: Any, alone: float, idle: float, alive: int) -> None:
    per_pupil = max(0.0, idle - alone) / args.pupils
    print(f"phase {args.phase}: {args.pupils} pupils in Chromium idle for {args.seconds:.0f} s ({alive} still showing)")
    print(f"server CPU: {alone * 100:5.1f} % of a core with no pupils, {idle * 100:5.1f} % with them idle")
    print(f"per idle pupil: {per_pupil * 1000:.2f} ms of server CPU per second")
    print(f"300 idle pupils: {per_pupil * 300 * 100:.0f} % of one core (goal: under 25 %)")


if __name__ == "__main__":
    main()
