"""What publishing to a team library costs beyond reading and saving the library file.

The library is the hotel template with 100 more personas and 50 more channels. Ours is
``publish`` of one edited persona: the lock taken, the library read with its stamp and
history, the persona replaced, the file saved atomically if unchanged, the lock released.
The floor is the least any publication must do: the library read (``read_project``, with
its history) and saved again unchanged, alternating with ours. Target: within 1.3x the floor.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench_project_file import _paired

from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Channel, Persona, Project
from cxdesigner.storage import read_project, save_project
from cxdesigner.storage.library import publish


def a_library() -> Project:
    library = load_template("hotel")
    for index in range(100):
        library.add(Persona(name=f"Persona {index}", occupation="Occupation " * 5, biography="A life. " * 80))
    for index in range(50):
        library.add(Channel(name=f"Channel {index}"))
    return library


def run() -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path, floor_path = Path(folder) / "library.cxd", Path(folder) / "floor.cxd"
        library = a_library()
        save_project(library, path)
        save_project(library, floor_path)
        project = Project(name="Ours")
        persona = Persona(name="Ours to share", occupation="Consultant")
        project.add(persona)
        publish(project, persona, path)
        edits = iter(range(1_000_000))

        def ours() -> None:
            project.update(persona.id, quote=f"Edit {next(edits)}")
            publish(project, persona, path)

        def floor() -> None:
            opened = read_project(floor_path)
            save_project(opened.project, floor_path, history=opened.history)

        mine, base, ratio = _paired(ours, floor)
    verdict = "ok" if ratio <= 1.3 else "MISSED"
    print(f"Team library: publish one persona to a library of {len(library.personas) + 1} personas: "
          f"{mine * 1000:.0f} ms, open and save alone {base * 1000:.0f} ms, {ratio:.2f}x   "
          f"target: within 1.3x   {verdict}")
    return mine, base, ratio


if __name__ == "__main__":
    run()
