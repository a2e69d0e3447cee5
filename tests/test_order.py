"""Names in the French order everywhere: « Œuvray » with the O, « Émilie » with the E."""

from workshop.model import Participant
from workshop.people.order import name_key, person_key


def test_ligatures_accents_and_case_are_folded():
    names = ["Simon", "Œuvray", "émilie", "Zoé", "Eric", "Ödön", "oeuf", "Æsa", "adam"]
    assert sorted(names, key=name_key) == [
        "adam", "Æsa", "émilie", "Eric", "Ödön", "oeuf", "Œuvray", "Simon", "Zoé"]


def test_people_by_last_name_then_first_name():
    people = [Participant("P1", "Zoé", "Œuvray"), Participant("P2", "Anne", "Simon"),
              Participant("P3", "Élodie", "oeuvray"), Participant("P4", "Bob", "Ébert")]
    assert [p.id for p in sorted(people, key=person_key)] == ["P4", "P3", "P1", "P2"]


def test_the_attendance_sheet_and_the_list_follow_that_order(demo):
    import io

    from pypdf import PdfReader

    from exports import render
    from ui.text import catalogue

    demo.participants[0].last_name = "Simon"
    demo.participants[1].last_name = "Œuvray"
    text = "".join(page.extract_text() for page in
                   PdfReader(io.BytesIO(render("attendance", demo, catalogue("fr")))).pages)
    assert text.index("Œuvray") < text.index("Simon")
