"""Python's cyclic garbage collector runs on the GUI thread only.

CPython starts a collection in whichever thread happens to cross the allocation threshold.
With a task runner whose threads allocate heavily (SQL rows, sync pages, exports), that is
often a worker thread, and a collection there can free a cycle holding a Qt object that
Python owns: its C++ destructor then runs on the wrong thread, under the GUI thread's feet
(a crash, sometimes minutes later). Calibre, pyqtgraph and others avoid it the same way:
switch automatic collection off and collect from a timer on the GUI thread, by the same
thresholds CPython would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether a collection is due.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it runs (until ``stop``), cyclic garbage is collected on this thread only.

    Create it on the GUI thread, once, after the QApplication: it turns automatic
    collection off, and back on when stopped. Every ``interval_ms`` it collects what
    CPython would collect at that point (``collect_if_due``).
    """

    def __init__(self, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._long_lived = len(gc.get_objects(generation=2))
        self._looked_at = 0  # gen-1 collections counted when the old objects were last counted
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @classmethod
    def install(cls, app: QObject) -> GuiThreadCollector:
        """The application's collector (a child of ``app``), created on first call."""
        existing = app.findChild(cls)
        return existing if isinstance(existing, cls) else cls(app)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def collect_if_due(self) -> int:
        """Collect the generation CPython would collect now, if any; returns objects freed.

        The oldest generation past its threshold (``gc.get_count()`` against
        ``gc.get_threshold()``) is collected with the younger ones, as the interpreter
        does; like the interpreter, a full collection waits until the objects that
        survived into the oldest generation have grown by a quarter since the last one
        (a full collection walks every object: ~0.1-0.2 s in this application).
        """
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        if not thresholds[0] or counts[0] <= thresholds[0]:
            return 0  # the interpreter, too, looks further only when this is crossed
        if counts[2] > thresholds[2] and self._full_collection_due(counts[2], thresholds[2]):
            freed = gc.collect(2)
            self._long_lived = len(gc.get_objects(generation=2))
            return freed
        return gc.collect(1 if counts[1] > thresholds[1] else 0)

    def _full_collection_due(self, gen1_collections: int, threshold: int) -> bool:
        """Whether the old objects grew by a quarter since the last full collection.

        Counting them takes ~10 ms: after a count that found too few new ones, count again
        only after another threshold's worth of gen-1 collections (the interpreter keeps a
        running count; Python code cannot read it).
        """
        if gen1_collections < self._looked_at + threshold:
            return False
        if len(gc.get_objects(generation=2)) - self._long_lived <= self._long_lived // 4:
            self._looked_at = gen1_collections
            return False
        self._looked_at = 0
        return True

    def stop(self) -> None:
        """Back to CPython's automatic collection (as it was before)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
