"""PySide6 6.12.0 on CPython 3.11 leaks None/True on each emit and aborts the interpreter.

Emit 100,000 signals in a fresh process (a crash there must not take the test
run with it) and expect it to finish cleanly.
"""

import os
import subprocess
import sys

EMIT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    ping = Signal()
    flag = Signal(bool)

app = QCoreApplication([])
source, seen = Source(), []
source.ping.connect(lambda: seen.append(None))
source.flag.connect(lambda value: None)
for _ in range(50_000):
    source.ping.emit()
    source.flag.emit(True)
print(len(seen))
"""


def test_many_signal_emits_survive():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", EMIT], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "50000"
