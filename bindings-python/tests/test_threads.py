"""The GIL is released during core work, and progress reaches Python from worker threads."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Iterator, List

import pytest

import datamigrate
from estates import estate


@pytest.fixture(scope="module")
def big_estate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    # About 100 kB, 600 objects: seconds of work in a debug build, far over the ticker's 0.5 ms.
    (folder / "estate.sql").write_text(estate(300), encoding="utf-8")
    return folder


@pytest.fixture()
def no_forced_switches() -> Iterator[None]:
    """With a huge switch interval a thread only gets the GIL when the holder gives it up (a
    blocking call, or the core's `detach`), so ticks counted across a call prove the release."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


class Ticker:
    """Another Python thread that counts; sleeping between ticks gives the GIL back each time."""

    def __init__(self) -> None:
        self.ticks = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.is_set():
            self.ticks += 1
            self.stop.wait(0.0005)

    def __enter__(self) -> "Ticker":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def test_other_threads_run_during_migrate(big_estate: Path, tmp_path: Path, no_forced_switches: None) -> None:
    with Ticker() as ticker:
        before = ticker.ticks
        result = datamigrate._native.migrate(str(big_estate), str(tmp_path / "out"), "duckdb", 1, False, None)
        during = ticker.ticks - before
    assert '"views":300' in result.replace(" ", "")
    assert during > 0, "no other Python thread ran while migrate was working: the GIL was held"


def test_other_threads_run_during_transpile(no_forced_switches: None) -> None:
    sql = estate(400)
    with Ticker() as ticker:
        before = ticker.ticks
        datamigrate._native.transpile(sql, "snowflake")
        during = ticker.ticks - before
    assert during > 0


def test_progress_events_reach_python(small_estate: Path, tmp_path: Path) -> None:
    events: List[datamigrate.Progress] = []
    threads = set()

    def on_progress(p: datamigrate.Progress) -> None:
        events.append(p)
        threads.add(threading.get_ident())

    result = datamigrate.migrate(small_estate, tmp_path / "out", jobs=2, on_progress=on_progress)
    assert events and all(isinstance(e, datamigrate.Progress) for e in events)
    phases = [e.phase for e in events]
    assert "convert" in phases and "write" in phases
    assert all(0 <= e.done <= e.total and e.elapsed_ms >= 0 for e in events)
    last_convert = [e for e in events if e.phase == "convert"][-1]
    assert last_convert.done == last_convert.total == len(result.objects)
    assert threads


def test_progress_in_assess(small_estate: Path) -> None:
    events: List[datamigrate.Progress] = []
    datamigrate.assess(small_estate, on_progress=events.append)
    assert any(e.phase == "parse" for e in events)


def test_callback_exception_is_raised_after_the_run(small_estate: Path, tmp_path: Path) -> None:
    calls = 0

    def boom(p: datamigrate.Progress) -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("callback failed")

    # One worker: with several, calls already under way on other threads may still finish.
    with pytest.raises(RuntimeError, match="callback failed"):
        datamigrate.migrate(small_estate, tmp_path / "out", jobs=1, on_progress=boom)
    assert calls == 1, "the callback is not called again after it raised"
    assert (tmp_path / "out" / "dbt_project.yml").is_file(), "the run still finished"


def test_callback_that_gives_up_the_gil_does_not_deadlock(tmp_path: Path) -> None:
    """Regression: the binding held a Rust lock while the callback ran; a callback that released
    the GIL (a contended lock, a sleep) let another worker take the GIL and block on that lock."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "estate.sql").write_text(estate(150), encoding="utf-8")
    lock = threading.Lock()
    events: List[str] = []

    def on_progress(p: datamigrate.Progress) -> None:
        with lock:
            time.sleep(0.0002)  # gives the GIL up inside the callback
            events.append(p.phase)

    done: List[datamigrate.MigrationResult] = []
    worker = threading.Thread(
        target=lambda: done.append(datamigrate.migrate(tmp_path / "in", tmp_path / "out", jobs=4, on_progress=on_progress)),
        daemon=True,
    )
    worker.start()
    # A hang guard, not a speed check: a deadlock would otherwise stall the whole suite.
    worker.join(timeout=600)
    assert done, "migrate did not return: deadlock between the progress callback and the workers"
    assert "convert" in events and done[0].stats.converted == len(done[0].objects)


def test_concurrent_calls_from_threads(small_estate: Path, tmp_path: Path) -> None:
    results: List[int] = []

    def work(i: int) -> None:
        results.append(len(datamigrate.migrate(small_estate, tmp_path / f"out{i}", jobs=1).objects))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [results[0]] * 4 and results[0] > 0
