"""The process ends cleanly after editing: no crash while Qt and Python tear down."""

import os
import subprocess
import sys

EDIT_AND_EXIT = """
import gc
from PySide6.QtWidgets import QApplication
from cxdesigner.editor.commands import MacroCommand, RemoveItemCommand, SetValueCommand, UpdateItemCommand
from cxdesigner.model import RATING
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
import sys
app = QApplication([])
keep = []
for round in range(30):
    document = Document(load_template("hotel"))
    project, jmap = document.project, document.project.maps[0]
    for value in (1, 2, 3):
        document.push(SetValueCommand(project, RATING, jmap.id, jmap.touchpoints[0].id, jmap.persona_ids[0], value, merge=True))
    document.push(MacroCommand(project, "two", [RemoveItemCommand(project, t.id) for t in jmap.touchpoints[:2]]))
    document.push(UpdateItemCommand(project, jmap.id, name="x"))
    document.undo_stack.undo()
    holder = type("Holder", (), {})()
    holder.document, holder.me = document, holder  # a cycle only the collector frees
    keep.append(holder) if round % 3 else None
window = MainWindow(Document(load_template("hotel")), QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show()
app.processEvents()
gc.collect()
print("done")
"""


def test_editing_then_exiting_does_not_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", EDIT_AND_EXIT, str(tmp_path / "s.ini")],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0 and result.stdout.strip() == "done", result.stderr[-2000:]
