"""Guards against Qt-binding bugs that would abort the application after a while."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_signals_carrying_bools_do_not_leak_references_to_true() -> None:
    # PySide6 6.12.0 decremented True's reference count on every such emit: after enough
    # signals (a morning of work) the interpreter aborts. pyproject.toml excludes it.
    probe = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Emitter(QObject):
            flag = Signal(bool)
            anything = Signal(int, object, object)
        emitter = Emitter()
        emitter.flag.connect(lambda value: None)
        emitter.anything.connect(lambda a, b, c: None)
        before = sys.getrefcount(True)
        for number in range(3000):
            emitter.flag.emit(number % 2 == 0)
            emitter.anything.emit(number, (1, True), None)
        print(before - sys.getrefcount(True))
    """)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) <= 0


_COLLECTION_PROBE = textwrap.dedent("""
    import sys, threading, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    if sys.argv[1] == "collector":
        from workbench.models.collector import GuiThreadCollector
        GuiThreadCollector.install(app)
    freed_in = []

    class Marker:
        def __del__(self):
            freed_in.append(threading.current_thread().name)

    def allocate():  # what a worker thread does all day: make (cyclic) garbage
        for _ in range(100):
            junk = [[] for _ in range(1000)]
            for item in junk:
                item.append(item)

    widget = QWidget()
    QTimer(widget).start(1000)
    widget.cycle, widget.marker = widget, Marker()
    del widget  # unreachable now, but only the cyclic collector can free it
    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    deadline = time.monotonic() + 5
    while not freed_in and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print(freed_in)
""")


def _freed_in(mode: str) -> str:
    result = subprocess.run([sys.executable, "-c", _COLLECTION_PROBE, mode],
                            capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-500:]
    return result.stdout.strip()


def test_qt_objects_in_garbage_cycles_are_freed_on_the_gui_thread() -> None:
    # CPython collects in whichever thread crosses the allocation threshold: without the
    # collector, a worker thread destroys a GUI-thread widget (and its running timer).
    assert _freed_in("automatic") == "['worker']"
    # With it (as the application runs), collection happens on the GUI thread only.
    assert _freed_in("collector") == "['MainThread']"


def test_the_collector_collects_what_is_due_and_gives_collection_back(qapp) -> None:  # type: ignore[no-untyped-def]
    import gc

    from workbench.models.collector import GuiThreadCollector

    installed = GuiThreadCollector.install(qapp)  # the tests run with it, as the app does
    assert GuiThreadCollector.install(qapp) is installed and installed.active
    assert not gc.isenabled()
    gc.collect()
    assert installed.collect_if_due() == 0  # nothing allocated: nothing due
    for _ in range(2000):
        cycle: list[object] = []
        cycle.append(cycle)
    del cycle
    assert installed.collect_if_due() >= 1000  # young cycles, freed
    second = GuiThreadCollector(interval_ms=10_000)
    second.stop()  # it found automatic collection off, and leaves it off
    assert not gc.isenabled() and not second.active
    gc.enable()
    try:
        third = GuiThreadCollector(interval_ms=10_000)
        assert not gc.isenabled()
        third.stop()  # it found it on, and turns it back on
        assert gc.isenabled()
    finally:
        gc.disable()


def test_a_runner_deleted_with_its_window_drops_late_results(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from shiboken6 import isValid

    from workbench.models.tasks import TaskRunner

    window = QObject()
    runner = TaskRunner(window)
    relay = runner._relay
    release, results = threading.Event(), []
    future = runner.run(lambda: release.wait(5), on_done=results.append)
    assert future is not None and runner.busy
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(runner) and not isValid(relay)  # destroyed here, on this thread
    release.set()
    future.exception(timeout=5)  # the job ended (its result had nowhere to go)
    qtbot.wait(50)
    assert results == [] and not runner.busy


def test_old_garbage_is_collected_too(qapp) -> None:  # type: ignore[no-untyped-def]
    """Full collections are rationed (as CPython does) but happen: cycles that grew old
    before they became garbage are freed once enough new old objects have piled up."""
    import gc

    from workbench.models.collector import GuiThreadCollector

    collector = GuiThreadCollector.install(qapp)
    freed: list[int] = []

    class Marker:
        def __del__(self) -> None:
            freed.append(1)

    old = []
    for _ in range(100):
        cycle: list[object] = [Marker()]
        cycle.append(cycle)
        old.append(cycle)
    gc.collect(1)  # they survive into the oldest generation
    assert gc.is_tracked(old[0]) and any(o is old[0] for o in gc.get_objects(generation=2))
    del old, cycle  # garbage now, but only a full collection finds it
    keep = []  # the application keeps making long-lived objects
    for _ in range(5000):
        if freed:
            break
        keep.extend([] for _ in range(200))
        for _ in range(5):
            junk: list[object] = []
            junk.append(junk)
        collector.collect_if_due()
    assert len(freed) == 100
