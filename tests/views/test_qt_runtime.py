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
