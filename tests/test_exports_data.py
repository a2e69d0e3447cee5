"""The plain data objects the documents are built from, checked on their own."""

from __future__ import annotations

from exports import data
from workshop.people.order import name_key, person_key
from tests.test_exports_builder import realistic_workshop
from ui.text import catalogue
from workshop.agenda import build_agenda
from workshop.model import Round

FR = catalogue("fr")


def test_header_reads_in_french_and_finds_the_residence():
    ws = realistic_workshop()
    head = data.header(ws, FR)
    assert head.date_text == "5 décembre 2026"
    assert head.residence == "Résidence Les Tilleuls"
    # the date first: when the footer is too long, the title is what gives way
    assert head.footer == "5 décembre 2026 — Atelier vie coopérative — Résidence Les Tilleuls"
    ws.plan.residence = "Les Tilleuls, bâtiments A et B"
    assert data.header(ws, FR).residence == "Les Tilleuls, bâtiments A et B"
    assert data.date_text("le 5 décembre", FR) == "le 5 décembre"
    assert data.date_text("2026-12-05", catalogue("en")) == "5 December 2026"
    assert data.date_text("2027-03-01", FR) == "1er mars 2027"
    assert data.date_text("2027-03-01", catalogue("en")) == "1 March 2027"
    assert data.date_text("2026-00-05", FR) == "2026-00-05"


def test_plan_doc_places_each_action_in_the_period():
    ws = realistic_workshop()
    ws.plan.first_month = 9
    doc = data.plan_doc(ws, FR)
    assert doc.year_label == "2027–2028"
    assert doc.months[0] == "sept. 2027" and doc.months[4] == "janv. 2028"
    assert doc.months[1] == "oct."
    party = doc.rows[0]
    assert (party.start, party.end) == (5, 6)
    assert party.period == "janv. → févr. 2028"
    assert party.colour == "#d2691e" and party.theme == "Convivialité et lien entre voisins"
    assert party.referents == ["Aïcha H.", "Noël L."]
    assert party.url == "https://exemple.coop/suivi/fete-des-voisins-au-printemps"
    assert doc.rows[5].status == "abandonnée" and doc.rows[5].abandoned
    assert doc.general_url == "https://exemple.coop/suivi"
    assert doc.adopted == "5 décembre 2026"
    assert doc.contact == "Coopérative d'habitants Les Tilleuls (Coop'HLM)"  # none set: the organisation
    ws.plan.actions[0].months = [1, 4, 7, 10]  # a meal each quarter
    ws.plan.actions[1].start_month = ws.plan.actions[1].end_month = 10
    ws.plan.actions[2].status = "postponed"
    ws.plan.contact = "Accueil, 02 40 00 00 00"
    doc = data.plan_doc(ws, FR)
    assert doc.rows[0].months == [1, 4, 7, 10]
    assert doc.rows[0].period == "sept., déc. 2027, mars, juin 2028"
    assert doc.rows[1].period == "juin 2028"  # not « juin 2028 → juin 2028 »
    assert doc.rows[2].status == "reportée" and doc.contact == "Accueil, 02 40 00 00 00"


def test_anonymous_report_holds_no_name():
    ws = realistic_workshop()
    doc = data.report_doc(ws, FR, anonymous=True)
    assert doc.header.facilitator == ""
    assert all(row.referents == [] for row in doc.plan.rows)
    named = data.report_doc(ws, FR)
    assert named.header.facilitator == "Claire Dubois"
    assert named.plan.rows[0].referents


def test_report_counts_people_and_reports_ideas_not_kept():
    ws = realistic_workshop()
    doc = data.report_doc(ws, FR)
    assert doc.participants == 30 and doc.present == 26
    assert dict(doc.categories)["Locataires"] == 10
    assert dict(doc.categories)["Salarié·es"] == 5
    # after check-in, only the people who came sat at a table (not the 30 registered)
    assert doc.rounds == [("Tour 1", 26), ("Tour 2", 26), ("Tour 3", 26)]
    assert (doc.rule.voters, doc.rule.themes_kept, doc.rule.actions_per_theme) == (26, 3, 2)
    ideas = [i for t in doc.themes for i in t.ideas]
    assert len(ideas) == 9  # the merged idea counts for its target, not on its own
    garden = next(i for i in ideas if i.text == "Un jardin partagé")
    assert garden.dots == 13 and garden.kept
    assert [i.text for i in ideas if not i.kept] == [
        "Plus d'éclairage le soir", "Un repas partagé mensuel", "Un panneau d'affichage"]
    assert any("second vote" in line and "Une boîte à livres" in line for line in doc.ties)


def test_host_sheets_list_newcomers_without_the_host():
    ws = realistic_workshop()
    doc = data.host_doc(ws, FR)
    assert len(doc.sheets) == 6
    first = doc.sheets[0]
    assert first.host == ws.participants[0].full_name
    assert first.question.startswith("Comment rendre")
    for rnd in first.rounds:
        assert first.host not in rnd.names
    total = sum(len(rnd.names) for sheet in doc.sheets for rnd in sheet.rounds)
    assert total == 3 * (30 - 6)
    ws.show.planned_start = "14h"
    ws.agenda = build_agenda(ws)
    assert [rnd.time for rnd in data.host_doc(ws, FR).sheets[0].rounds] == [
        "14\u00a0h\u00a025", "14\u00a0h\u00a048", "15\u00a0h\u00a011"]


def test_itinerary_cards_give_a_table_per_round():
    ws = realistic_workshop()
    ws.rotation.rounds.append(Round({}))  # a round where one person is missing
    doc = data.itinerary_doc(ws, FR)
    assert len(doc.cards) == 30
    expected = sorted(ws.participants, key=person_key)  # the French order (Œ as OE)
    assert [c.name for c in doc.cards] == [p.full_name for p in expected]
    host_card = next(c for c in doc.cards if c.name == ws.participants[0].full_name)
    assert host_card.hosting == "Table 1 — Les Tilleuls"  # said once: a capitaine stays
    assert host_card.hosting_theme == "Cadre de vie et espaces extérieurs"
    mover = next(c for c in doc.cards if not c.hosting)
    assert [r.label for r in mover.rounds] == ["Tour 1", "Tour 2", "Tour 3", "Tour 4"]
    assert mover.rounds[-1].table == ""  # printed « absent·e »
    assert mover.rounds[0].theme and mover.rounds[0].number.isdigit()
    ws.participants[3].absent_rounds = [1]  # away for round 2: no table that round
    away = next(c for c in data.itinerary_doc(ws, FR).cards
                if c.name == ws.participants[3].full_name)
    assert away.rounds[1].table == "" and away.rounds[0].table


def test_attendance_is_sorted_by_last_name():
    ws = realistic_workshop()
    doc = data.attendance_doc(ws, FR)
    keys = [(name_key(last), name_key(first)) for last, first, _c in doc.rows]
    assert keys == sorted(keys) and len(doc.rows) == 30  # the French order (Œ as OE)
    # the same inclusive words as the other documents (« Salarié·e » for Sylvie)
    assert {c for _l, _f, c in doc.rows} == {"Locataire", "Accédant·e", "Salarié·e",
                                             "Partenaire", "Élu·e"}
