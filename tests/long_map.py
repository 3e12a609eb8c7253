"""A map far wider than any window, for the tests of what the scene builds near the view."""

from cxdesigner.model import Channel, JourneyMap, PainPoint, Persona, Project, Rating, Stage, Touchpoint

COUNT = 400


def long_map() -> Project:
    """One map of ``COUNT`` touchpoints in four stages, two channels in turn (a seam at each
    change), a pain point under every tenth touchpoint, one persona rating every other one."""
    persona = Persona(name="Claire")
    channels = [Channel(name="Web", color="#1c7ed6"), Channel(name="Desk", color="#e8590c")]
    stages = [Stage(name=f"Stage {n + 1}") for n in range(4)]
    touchpoints = [Touchpoint(title=f"Step {n + 1}", stage_id=stages[n * 4 // COUNT].id,
                              channel_id=channels[n // 3 % 2].id) for n in range(COUNT)]
    jmap = JourneyMap(name="Long", persona_ids=[persona.id], stages=stages, touchpoints=touchpoints,
                      pain_points=[PainPoint(text=f"Slow {n}", touchpoint_ids=[touchpoints[n].id])
                                   for n in range(0, COUNT, 10)])
    for n in range(0, COUNT, 2):
        jmap.ratings[(touchpoints[n].id, persona.id)] = Rating(touchpoints[n].id, persona.id, 4.0)
    return Project(name="Long", personas=[persona], channels=channels, maps=[jmap])
