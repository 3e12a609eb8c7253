import csv
import io

from cxdesigner.interchange.csv_form import map_to_csv


def test_one_row_per_touchpoint_with_a_column_per_persona(project):
    jmap = project.maps[0]
    rows = list(csv.reader(io.StringIO(map_to_csv(project, jmap))))
    assert rows[0] == ["order", "stage", "touchpoint", "channel", "department", "device",
                       "Anna satisfaction", "Ben satisfaction"]
    assert rows[1] == ["1", "Booking", "Visit site", "Website", "", "", "4", "2"]
    assert rows[2] == ["2", "Booking", "Book room", "Website", "Sales", "", "3", ""]
    assert len(rows) == 1 + len(jmap.touchpoints)


def test_awkward_titles_are_quoted(project):
    jmap = project.maps[0]
    project.update(jmap.touchpoints[0].id, title='Says "hi", then\nleaves')
    project.set_rating(jmap.id, type(jmap.ratings[next(iter(jmap.ratings))])(
        touchpoint_id=jmap.touchpoints[0].id, persona_id=project.personas[0].id, value=3.25))
    rows = list(csv.reader(io.StringIO(map_to_csv(project, jmap), newline="")))
    assert rows[1][2] == 'Says "hi", then\nleaves'
    assert rows[1][6] == "3.25"
