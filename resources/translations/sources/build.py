"""Write cxdesigner_<language>.ts from cxdesigner.ts and the translations kept here, then compile them.

``make translations`` runs this after lupdate has refreshed cxdesigner.ts. Each language's
translations are a Python dict in ``<language>.py``: ``MESSAGES`` maps an English source to
its translation (a tuple of the language's plural forms for a counted ``%n`` message), and
``IN_CONTEXT`` maps ``(context, source)`` where one context needs other words. A source with
no translation is written ``unfinished`` (and tests/ui/test_translations.py fails), so a
string added in the code shows up here as work to do. The ``.qm`` files are compiled with
pyside6-lrelease and committed beside their sources; a test checks they are up to date.

    python resources/translations/sources/build.py [lrelease]
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = HERE.parent
LANGUAGES = ("es", "de", "fr", "pt_BR")
#: Plural forms Qt expects for each language (lrelease's numerus rules): one, other.
PLURAL_FORMS = {"es": 2, "de": 2, "fr": 2, "pt_BR": 2}
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def dictionary(language: str):
    """The module holding ``language``'s MESSAGES and IN_CONTEXT."""
    spec = importlib.util.spec_from_file_location(f"translations_{language}", HERE / f"{language}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def problems(source: str, translation, numerus: bool, language: str) -> list[str]:
    """What is wrong with one translation: missing placeholders, wrong number of plural forms."""
    forms = list(translation) if isinstance(translation, (tuple, list)) else [translation]
    found = []
    if numerus and len(forms) != PLURAL_FORMS[language]:
        found.append(f"{source!r} needs {PLURAL_FORMS[language]} plural forms in {language}")
    if not numerus and len(forms) != 1:
        found.append(f"{source!r} is not counted: one translation in {language}")
    wanted = sorted(set(PLACEHOLDER.findall(source)) - ({"%n"} if numerus else set()))
    for form in forms:
        if sorted(set(PLACEHOLDER.findall(form)) - ({"%n"} if numerus else set())) != wanted:
            found.append(f"{source!r} → {form!r} ({language}) changes the placeholders {wanted}")
    return found


def fill(language: str) -> tuple[str, list[str]]:
    """The .ts text for ``language``, and the sources it leaves unfinished."""
    words = dictionary(language)
    tree = ET.parse(FOLDER / "cxdesigner.ts")
    root = tree.getroot()
    root.set("language", language)
    root.set("sourcelanguage", "en")
    missing, wrong = [], []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            translation = words.IN_CONTEXT.get((name, source), words.MESSAGES.get(source))
            element = message.find("translation")
            for child in list(element):
                element.remove(child)
            element.text = None
            if translation is None:
                element.set("type", "unfinished")
                missing.append(f"{name}: {source}")
                if numerus:
                    for _ in range(PLURAL_FORMS[language]):
                        ET.SubElement(element, "numerusform")
                continue
            wrong += problems(source, translation, numerus, language)
            element.attrib.pop("type", None)
            if numerus:
                for form in translation:
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = translation
    if wrong:
        raise SystemExit("\n".join(wrong))
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", missing


def lrelease_program(given: str | None = None) -> str:
    return given or shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")


def main(argv: list[str]) -> int:
    lrelease = lrelease_program(argv[1] if len(argv) > 1 else None)
    for language in LANGUAGES:
        text, missing = fill(language)
        ts = FOLDER / f"cxdesigner_{language}.ts"
        ts.write_text(text, encoding="utf-8")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.name}: {len(missing)} unfinished" + "".join(f"\n    {m}" for m in missing[:20]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
