"""A map as a Mermaid ``journey`` diagram, and such a diagram as a new project.

Mermaid is how many teams draw journeys in wikis and Markdown; this lets them
bring a map there and back. Mermaid has one score from 1 to 5 per task and no
way to say "not rated", so scores are converted to and from the map's scale,
and a few ``%%`` comment lines carry what Mermaid cannot. Documented in
``docs/mermaid.md``.
"""

from __future__ import annotations

import colorsys
import math
import re
from dataclasses import dataclass, field

from cxdesigner.model import JourneyMap, Persona, Project, Rating, SatisfactionScale, Stage, Touchpoint

#: The scale of a Mermaid task score.
MERMAID_SCALE = SatisfactionScale(1.0, 5.0, 1.0, "Very dissatisfied", "Very satisfied")
MAX_CHARS = 5_000_000
MAX_TASKS = 20_000
MAX_SECTIONS = 20_000
MAX_ACTORS = 1_000
MAX_RATINGS = 100_000

#: The score written for a touchpoint nobody rated (Mermaid needs one): the neutral middle.
UNRATED_SCORE = 3
UNRATED_MARKER = "%% unrated"
NEW_TOUCHPOINT_MARKER = "%% new touchpoint"
ACTORS_MARKER = "%% actors:"
LEFT_OUT_MARKER = "%% left out:"
FIRST_STAGE = "Journey"
FALLBACK_PERSONA = "Customer"
FALLBACK_MAP = "Customer journey"

#: Characters Mermaid reads as syntax, and the look-alikes written in their place.
TEXT_ESCAPES = {":": "\uA789", "#": "\uFF03", ";": "\uFF1B", "\n": "\u2424", "\r": "\u240D"}
#: Actors are also separated by commas.
ACTOR_ESCAPES = {**TEXT_ESCAPES, ",": "\u201A"}
#: Each ``%`` of a ``%%`` (which can start a comment) becomes a full-width percent sign.
PERCENT_ESCAPE = "\uFF05"
#: Put before a task name that Mermaid would otherwise read as a keyword.
KEYWORD_GUARD = "\u200B"
KEYWORDS = ("journey", "title", "section", "acctitle", "accdescr")

COLOURS = ["#e4572e", "#3366cc", "#2a9d8f", "#f4a261", "#8e44ad", "#e9c46a", "#d62828", "#4caf50",
           "#ff70a6", "#264653"]


class MermaidError(ValueError):
    """The text is not a Mermaid journey diagram CX Designer can import; ``str()`` says why."""


# -- scores ----------------------------------------------------------------


def to_mermaid_score(value: float, scale: SatisfactionScale) -> int:
    """``value`` on ``scale`` as a Mermaid score: linear, rounded to the nearest whole (halves up)."""
    exact = scale.convert(value, MERMAID_SCALE)
    return int(min(5, max(1, math.floor(exact + 0.5 + 1e-9))))


def from_mermaid_score(score: float, scale: SatisfactionScale) -> float:
    """A Mermaid score as a value on ``scale`` (1 onto its low end, 5 onto its high end)."""
    return MERMAID_SCALE.convert(score, scale)


# -- escapes ---------------------------------------------------------------


def escape(text: str, *, actor: bool = False) -> str:
    """``text`` with every character Mermaid would read as syntax replaced by its look-alike."""
    text = re.sub(r"%{2,}", lambda m: PERCENT_ESCAPE * len(m.group()), text)
    table = ACTOR_ESCAPES if actor else TEXT_ESCAPES
    return "".join(table.get(c, c) for c in text)


def unescape(text: str, *, actor: bool = False) -> str:
    """The inverse of ``escape``: look-alikes back to the characters they stand for."""
    table = ACTOR_ESCAPES if actor else TEXT_ESCAPES
    reverse = {v: k for k, v in table.items()} | {PERCENT_ESCAPE: "%"}
    return "".join(reverse.get(c, c) for c in text)


def _task_name(title: str) -> str:
    name = escape(title).strip()
    return KEYWORD_GUARD + name if name.lower().startswith(KEYWORDS) else name


# -- export ----------------------------------------------------------------


def map_to_mermaid(project: Project, jmap: JourneyMap) -> str:
    """``jmap`` as Mermaid ``journey`` text: a section per stage, task lines per touchpoint."""
    actors = _actor_names(project, jmap)
    lines = ["journey", f"    title {escape(jmap.name).strip()}"]
    if actors:
        lines.append(f"    {ACTORS_MARKER} {', '.join(actors.values())}")
    dropped = left_out(project, jmap)
    if dropped:
        lines.append(f"    {LEFT_OUT_MARKER} {' '.join('; '.join(dropped).split())}")  # one line, whatever titles hold
    for stage in jmap.stages:
        lines.append(f"    section {escape(stage.name).strip()}")
        previous = None
        for touchpoint in jmap.touchpoints_in(stage.id):
            name = _task_name(touchpoint.title)
            lines.extend(f"        {line}" for line in _task_lines(jmap, touchpoint, name, actors, previous))
            previous = name
    return "\n".join(lines) + "\n"


def left_out(project: Project, jmap: JourneyMap) -> list[str]:
    """What of ``jmap`` a Mermaid journey has no place for, as phrases ("3 pain points")."""
    counted = [(len(jmap.pain_points), "pain point"), (len(jmap.positive_moments), "positive moment"),
               (len(jmap.actions), "action"), (len(jmap.goals), "goal"), (len(jmap.targets), "target"),
               (len(jmap.notes), "note")]
    phrases = [f"{count:,} {noun}{'' if count == 1 else 's'}" for count, noun in counted if count]
    if jmap.custom_lanes:
        titles = ", ".join(lane.title for lane in jmap.custom_lanes)
        phrases.append(f"the map's own lane{'' if len(jmap.custom_lanes) == 1 else 's'} ({titles})")
    if any(t.description or t.customer_action or t.thoughts or t.feelings or t.channel_id or t.department_id
           or t.device for t in jmap.touchpoints):
        phrases.append("touchpoints' details (texts, channels, departments, devices)")
    if jmap.projected_statuses:
        phrases.append("the projected line")
    return phrases


def left_out_sentence(project: Project, jmap: JourneyMap) -> str:
    """One sentence for the person exporting: what Mermaid keeps and what it leaves out ("" when nothing)."""
    dropped = left_out(project, jmap)
    if not dropped:
        return ""
    return (f"Mermaid keeps {jmap.name}'s stages, touchpoints and ratings (scored 1 to 5); "
            f"it has no place for {'; '.join(dropped)}.")


def _actor_names(project: Project, jmap: JourneyMap) -> dict[str, str]:
    """Persona id to actor name, escaped, and numbered ``(2)``, ``(3)``... where two would read the same."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for persona_id in jmap.persona_ids:
        base = escape(project.find(persona_id).name, actor=True).strip()
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base} ({number})"
        taken.add(name)
        names[persona_id] = name
    return names


def _task_lines(jmap: JourneyMap, touchpoint: Touchpoint, name: str, actors: dict[str, str],
                previous: str | None) -> list[str]:
    """One line per distinct score, in the order of the first persona giving it."""
    by_score: dict[int, list[str]] = {}
    for persona_id, actor in actors.items():
        rating = jmap.rating(touchpoint.id, persona_id)
        if rating is not None:
            by_score.setdefault(to_mermaid_score(rating.value, jmap.scale), []).append(actor)
    if not by_score:
        return [UNRATED_MARKER, f"{name}: {UNRATED_SCORE}"]
    marker = [NEW_TOUCHPOINT_MARKER] if name == previous else []
    return marker + [f"{name}: {score}: {', '.join(names)}" for score, names in by_score.items()]


# -- import: reading the lines ---------------------------------------------


@dataclass
class _Task:
    line: int
    name: str  # as written: what consecutive tasks are compared by
    score: int
    actors: list[str]
    unrated: bool = False
    new: bool = False


@dataclass
class _Section:
    name: str
    tasks: list[_Task] = field(default_factory=list)


@dataclass
class _Diagram:
    title: str = ""
    other_title: str = ""  # accTitle or front matter title: the name when there is no title
    description: str = ""
    declared: dict[str, None] = field(default_factory=dict)  # an ordered set
    sections: list[_Section] = field(default_factory=lambda: [_Section(FIRST_STAGE)])
    pending: set[str] = field(default_factory=set)
    task_count: int = 0


def _fail(number: int, sentence: str) -> MermaidError:
    return MermaidError(f"Line {number}: {sentence}")


def mermaid_to_project(text: str, *, name: str | None = None) -> Project:
    """A new project holding the journey of a Mermaid ``journey`` diagram as one map.

    Raises ``MermaidError`` with one plain sentence for anything else.
    """
    if len(text) > MAX_CHARS:
        raise MermaidError(f"The text is too large to import: the limit is {MAX_CHARS:,} characters.")
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    diagram = _read(lines)
    return _build(diagram, name)


def _read(lines: list[str]) -> _Diagram:
    diagram = _Diagram()
    number = _skip_front_matter(lines, diagram)
    number = _header(lines, number)
    while number < len(lines):
        number = _statement(lines, number, diagram)
    return diagram


def _skip_front_matter(lines: list[str], diagram: _Diagram) -> int:
    """The index after a ``---`` front matter block at the very top (0 when there is none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, len(lines)):
        line = lines[index].strip()
        if line == "---":
            return index + 1
        match = re.fullmatch(r"title\s*:\s*(.*)", line, re.I)
        if match:
            diagram.other_title = match.group(1).strip().strip("\"'")
    raise _fail(1, "the front matter opened here is never closed with '---'.")


def _header(lines: list[str], index: int) -> int:
    """The index after the ``journey`` line; comments and blank lines may come before it."""
    while index < len(lines):
        line = lines[index].strip()
        if line and not line.startswith(("%%", "#")):
            if line.split("#")[0].strip().lower() != "journey":
                raise _fail(index + 1, "a Mermaid journey diagram starts with the word 'journey'.")
            return index + 1
        index += 1
    raise MermaidError("The text holds no Mermaid journey diagram: it is empty.")


def _statement(lines: list[str], index: int, diagram: _Diagram) -> int:
    """Read the statement at ``lines[index]``; returns the index of the next one."""
    number, line = index + 1, lines[index].strip()
    if not line:
        return index + 1
    if line.startswith("%%"):
        _comment(line, number, diagram)
        return index + 1
    match = re.fullmatch(r"acc(title|descr)\s*:(.*)", line, re.I | re.S)
    if match:
        kind, value = match.group(1).lower(), match.group(2).strip()
        if kind == "title":
            diagram.other_title = value
        else:
            diagram.description = value
        return index + 1
    if re.match(r"accdescr\s*\{", line, re.I):
        return _description_block(lines, index, diagram)
    line = line.split("#")[0].strip()
    if ";" in line:
        raise _fail(number, "Mermaid journey diagrams do not allow ';' outside comments.")
    if line:
        _plain_statement(line, number, diagram)
    return index + 1


def _comment(line: str, number: int, diagram: _Diagram) -> None:
    """Our markers; any other comment is ignored."""
    body = line[2:].strip()
    lowered = " ".join(body.lower().split())
    if lowered in ("unrated", "new touchpoint"):
        diagram.pending.add(lowered)
    elif lowered.startswith("actors:"):
        diagram.declared.update(dict.fromkeys(_actors(body.split(":", 1)[1])))
        if len(diagram.declared) > MAX_ACTORS:
            raise _fail(number, f"the diagram names more than {MAX_ACTORS:,} actors, more than can be imported.")


def _actors(text: str) -> list[str]:
    """The distinct actor names of a comma-separated list, unescaped, in order."""
    names = (unescape(actor.strip(), actor=True) for actor in text.split(","))
    return list(dict.fromkeys(name for name in names if name))


def _description_block(lines: list[str], index: int, diagram: _Diagram) -> int:
    """An ``accDescr { ... }`` block, possibly over several lines (each looked at once)."""
    start = index
    parts = [lines[index].split("{", 1)[1]]
    while "}" not in parts[-1]:
        index += 1
        if index >= len(lines):
            raise _fail(start + 1, "the accDescr block opened here is never closed with '}'.")
        parts.append(lines[index])
    parts[-1] = parts[-1].split("}", 1)[0]
    diagram.description = "\n".join(part.strip() for part in "\n".join(parts).strip().split("\n"))
    return index + 1


def _plain_statement(line: str, number: int, diagram: _Diagram) -> None:
    keyword = re.match(r"(journey|title|section)(\s|$)", line, re.I)
    word = keyword.group(1).lower() if keyword else ""
    rest = line[len(word):].strip()
    if word == "journey":
        raise _fail(number, "the word 'journey' may only open the diagram.")
    if word == "title":
        diagram.title = unescape(rest)
    elif word == "section":
        _section(rest, number, diagram)
    else:
        _task(line, number, diagram)


def _section(rest: str, number: int, diagram: _Diagram) -> None:
    if ":" in rest:
        raise _fail(number, "a section name cannot contain ':'.")
    name = unescape(rest).strip()
    if not name:
        raise _fail(number, "a section needs a name after the word 'section'.")
    if len(diagram.sections) > MAX_SECTIONS:
        raise _fail(number, f"the diagram has more than {MAX_SECTIONS:,} sections, more than can be imported.")
    diagram.sections.append(_Section(name))
    diagram.pending.clear()


def _task(line: str, number: int, diagram: _Diagram) -> None:
    written, colon, data = line.partition(":")
    written = written.strip()
    if not colon:
        raise _fail(number, "this is neither a title, a section nor a task with a score such as 'Pays: 4: Ann'.")
    if not unescape(written).removeprefix(KEYWORD_GUARD).strip():
        raise _fail(number, "the task has no name before its colon.")
    parts = data.split(":")
    if len(parts) > 2:
        raise _fail(number, "a task holds a name, a score and actors, separated by two colons at most.")
    score = parts[0].strip()
    if not re.fullmatch(r"0*[1-5]", score):
        raise _fail(number, "the score must be a whole number from 1 to 5.")
    actors = _actors(parts[1]) if len(parts) == 2 else []
    diagram.task_count += 1
    if diagram.task_count > MAX_TASKS:
        raise _fail(number, f"the diagram has more than {MAX_TASKS:,} tasks, more than can be imported.")
    unrated = "unrated" in diagram.pending and not actors
    diagram.sections[-1].tasks.append(_Task(number, written, int(score), actors, unrated=unrated,
                                            new="new touchpoint" in diagram.pending))
    diagram.pending.clear()


# -- import: building the project ------------------------------------------


@dataclass
class _Builder:
    jmap: JourneyMap
    personas: dict[str, Persona] = field(default_factory=dict)
    current: Touchpoint | None = None
    current_name: str | None = None
    closed: bool = False  # the current touchpoint is unrated: nothing joins it

    def persona(self, name: str, number: int) -> Persona:
        if name not in self.personas:
            if len(self.personas) >= MAX_ACTORS:
                raise _fail(number, f"the diagram names more than {MAX_ACTORS:,} actors, more than can be imported.")
            self.personas[name] = Persona(name=name, color=_colour(len(self.personas)))
            self.jmap.persona_ids.append(self.personas[name].id)
        return self.personas[name]


def _build(diagram: _Diagram, name: str | None) -> Project:
    title = diagram.title.strip() or diagram.other_title.strip() or FALLBACK_MAP
    jmap = JourneyMap(name=title, description=diagram.description, scale=MERMAID_SCALE)
    builder = _Builder(jmap)
    for actor in diagram.declared:
        builder.persona(actor, 1)
    sections = diagram.sections if diagram.sections[0].tasks or len(diagram.sections) == 1 else diagram.sections[1:]
    for section in sections:
        stage = Stage(name=section.name)
        jmap.stages.append(stage)
        builder.current = None
        for task in section.tasks:
            _add_task(builder, stage, task)
    project_name = (name or "").strip() or title
    return Project(name=project_name, personas=list(builder.personas.values()), maps=[jmap])


def _add_task(builder: _Builder, stage: Stage, task: _Task) -> None:
    jmap = builder.jmap
    actors = task.actors or ([] if task.unrated else [FALLBACK_PERSONA])
    people = [builder.persona(actor, task.line) for actor in actors]
    current = builder.current
    joins = (current is not None and not builder.closed and not task.new and not task.unrated
             and task.name == builder.current_name
             and not any((current.id, p.id) in jmap.ratings for p in people))
    if not joins:
        title = unescape(task.name).removeprefix(KEYWORD_GUARD).strip()
        current = builder.current = Touchpoint(title=title, stage_id=stage.id)
        builder.current_name, builder.closed = task.name, task.unrated
        jmap.touchpoints.append(current)
    if len(jmap.ratings) + len(people) > MAX_RATINGS:
        raise _fail(task.line, f"the diagram holds more than {MAX_RATINGS:,} ratings, more than can be imported.")
    for persona in people:
        jmap.ratings[(current.id, persona.id)] = Rating(touchpoint_id=current.id, persona_id=persona.id,
                                                        value=float(task.score))


def _colour(index: int) -> str:
    """A distinct colour for the ``index``-th persona: a palette, then hues a golden angle apart."""
    if index < len(COLOURS):
        return COLOURS[index]
    hue = (index * 0.618033988749895) % 1.0
    red, green, blue = colorsys.hsv_to_rgb(hue, 0.65, 0.8 if index % 2 else 0.6)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"
