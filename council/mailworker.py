"""The background sender: one thread per process and database drains the outbox and queues due reminders.
Several instances may run one each: rows are claimed with a conditional UPDATE (outbox.claim)."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session

from council import mail, notify, outbox
from council.mail import SmtpSettings

log = logging.getLogger("council.mail")
POLL_SECONDS = 10.0
SCHEDULE_SECONDS = 300.0

_workers: dict[str, MailWorker] = {}
_lock = threading.Lock()


class MailWorker(threading.Thread):
    """Every few seconds (or at once when woken): queue due reminders now and then, and send what is due."""

    def __init__(
        self,
        engine: Engine,
        settings: SmtpSettings,
        *,
        app_url: str = "",
        poll: float = POLL_SECONDS,
        schedule_every: float = SCHEDULE_SECONDS,
        send: Callable[[list], list] | None = None,
    ) -> None:
        super().__init__(name="council-mail", daemon=True)
        self.engine, self.settings, self.poll, self.schedule_every = engine, settings, poll, schedule_every
        self.app_url = settings.app_url or app_url.rstrip("/")
        self.worker_id = uuid.uuid4().hex[:12]
        self.send = send or (lambda rows: mail.send_all(settings, rows))
        self._wake, self._stop = threading.Event(), threading.Event()
        self._last_schedule = 0.0

    def run(self) -> None:
        while not self._stop.is_set():
            try:
                self.once()
            except Exception:  # a database hiccup must not end the thread: log it and try again next time
                log.exception("mail worker round failed")
            self._wake.wait(self.poll)
            self._wake.clear()

    def once(self) -> int:
        """One round: schedule reminders if it is time, then send what is due; returns how many were tried."""
        with Session(self.engine, expire_on_commit=False) as db:
            if time.monotonic() - self._last_schedule >= self.schedule_every:
                self._last_schedule = time.monotonic()
                notify.schedule(db, app_url=self.app_url)
            return len(outbox.drain(db, self.send, worker=self.worker_id))

    def wake(self) -> None:
        """Send now rather than at the next poll (a page just queued something)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()


def start_once(engine: Engine, settings: SmtpSettings, **options: object) -> MailWorker:
    """The one worker of this process for this database, started on first call."""
    key = engine.url.render_as_string(hide_password=True)
    with _lock:
        worker = _workers.get(key)
        if worker is None or not worker.is_alive():
            worker = MailWorker(engine, settings, **options)  # type: ignore[arg-type]
            worker.start()
            _workers[key] = worker
            log.info("mail worker %s started", worker.worker_id)
    return worker


def wake_all() -> None:
    """Wake every running worker of this process."""
    for worker in list(_workers.values()):
        worker.wake()


def stop_all() -> None:
    """Stop every worker of this process (tests)."""
    with _lock:
        for worker in _workers.values():
            worker.stop()
        _workers.clear()
