"""An event's documents: the combined restitution and the rooms' handouts, read back."""

from __future__ import annotations

import io

import pypdfium2
import pytest
from pypdf import PdfReader

from bench.convention import convention
from exports.event import render_event
from exports.event_data import event_doc, handouts_doc
from ui.text import catalogue
from workshop import ideas as idea_ops
from workshop.event import across
from workshop.event.merge import merge_room
from workshop.model import Workshop
from workshop.votes import ballots
from workshop.votes.results import results


@pytest.fixture(scope="module")
def event() -> Workshop:
    ws = Workshop("convention", "Convention régionale 2027", date="2027-06-12")
    for k, room in enumerate(convention(seat=False)):
        merge_room(ws, room, f"salle-{k + 1}.cafe")
    idea_ops.merge(ws, across.likely_duplicates(ws)[0])  # the shared garden, 5 rooms
    ballots.set_settings(ws, rule="laureates", laureates=3)
    return ws


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_restitution_data_per_question_with_provenance(event):
    doc = event_doc(event, catalogue("fr"))
    assert [r.name for r in doc.rooms] == ["Salle Garonne", "Salle Loire", "Salle Rhône",
                                           "Salle Seine", "Salle Dordogne"]
    assert all(r.participants == 80 and r.projects == 15 for r in doc.rooms)
    assert doc.people == 400 and doc.same_people == 12
    assert [q.title for q in doc.questions][0] == "Vivre ensemble"
    garden = next(p for q in doc.questions for p in q.projects if p.id == "S1.I01")
    assert garden.parts == 5
    assert garden.sources.count("Groupe 1, tour 1") == 5 and "Salle Dordogne" in garden.sources
    assert [w.id for w in doc.laureates] == [i.id for i in results(event).laureates]
    assert any("Salle Rhône a compté deux fois" in line for line in doc.pending)


def test_the_combined_restitution_pdf(event):
    pages = text_of(render_event("event_restitution", event, catalogue("fr")))
    text = "".join(pages)
    assert pages[0].split("\n")[1] == "Restitution de l'événement"  # after the footer
    assert "Les 3 projets qui ont reçu le plus de gommettes sont lauréats" in text
    for question in ("Vivre ensemble", "Transition écologique", "Participation des habitants",
                     "Coopérer entre coopératives"):
        assert question in text
    assert "5 idées regroupées" in text
    assert "En pratique :" in text and "Égalités et départages" in text


def test_the_rooms_handouts_one_room_a_page_at_least(event):
    doc = handouts_doc(event, catalogue("fr"))
    loire = doc.rooms[1]
    (garden,) = [p for g in loire.groups for p in g.projects if "regroupée" in p.text]
    assert garden.text == "creer un JARDIN partage (regroupée avec « Créer un jardin partagé »)"
    pdf = render_event("room_handouts", event, catalogue("fr"))
    pages = text_of(pdf)
    titles = [page.split("\n")[1] for page in pages]  # the line after the footer
    assert [t for t in titles if t.startswith("Salle ")] == [r.room.name for r in doc.rooms]
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=0.5).to_pil()
    assert image.size[0] > 200 and len(image.getcolors(maxcolors=1 << 16)) > 2  # not blank


def test_hostile_text_is_printed_as_text(event):
    import copy

    ws = copy.deepcopy(event)
    project = idea_ops.idea(ws, "S2.I04")
    project.text, project.practical = "<b>Atelier & co", "a<b 0.1 <A <0.9"
    text = "".join(text_of(render_event("event_restitution", ws)))
    assert "<b>Atelier & co" in text
