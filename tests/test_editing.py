"""The domain edits the window makes: results and refusals."""

from __future__ import annotations

import copy

import pytest

from tests.said import raises_saying
from ui.text import set_language
from ui.text.messages import describe
from workshop import editing
from workshop.editing import EditError
from workshop.model import Round


@pytest.fixture(autouse=True)
def french():
    set_language("fr")
    yield
    set_language(None)


def seated(demo, rounds=2):
    """The demo with a simple rotation: everyone at table i % 6, hosts at home."""
    hosts = {t.host: t.id for t in demo.tables}
    others = [p.id for p in demo.participants if p.id not in hosts]
    demo.rotation.rounds = []  # replaces the demo's own plan
    for r in range(rounds):
        seating = {t.id: [t.host] for t in demo.tables}
        for i, pid in enumerate(others):
            seating[demo.tables[(i + r) % len(demo.tables)].id].append(pid)
        demo.rotation.rounds.append(Round(seating=seating))
    return demo


def test_update_workshop_strips_and_checks(demo):
    editing.update_workshop(demo, title="  Atelier  ", date="2027-01-09", place="Salle B")
    assert (demo.title, demo.date, demo.place) == ("Atelier", "2027-01-09", "Salle B")
    with raises_saying(EditError, "titre ne peut pas être vide"):
        editing.update_workshop(demo, title=" ", place="ailleurs")
    assert demo.place == "Salle B"
    with raises_saying(EditError, "n'est pas une date valide"):
        editing.update_workshop(demo, date="2027-02-30")


def test_plan_year_bounds(demo):
    editing.set_plan_year(demo, 2028)
    assert demo.plan.year == 2028
    with pytest.raises(EditError):
        editing.set_plan_year(demo, 1999)


def test_add_update_delete_participant(demo):
    person = editing.add_participant(demo, " Yvette ", last_name="Martin", category="élu")
    assert person.id not in {p.id for p in demo.participants[:-1]}
    assert (person.full_name, person.category) == ("Yvette Martin", "élu")
    editing.update_participant(demo, person.id, present=True, notes="vient à vélo")
    assert demo.participant(person.id).present
    with raises_saying(EditError, "nom ne peut pas être vide"):
        editing.update_participant(demo, person.id, first_name="  ", notes="x")
    assert demo.participant(person.id).notes == "vient à vélo"
    editing.delete_participant(demo, person.id)
    assert demo.participant(person.id) is None
    with pytest.raises(EditError):
        editing.update_participant(demo, person.id, notes="?")


def test_deleting_a_capitaine_clears_the_table_and_every_seat(demo):
    seated(demo)
    host = demo.tables[0].host
    editing.delete_participant(demo, host)
    assert demo.tables[0].host is None
    assert all(host not in ids for r in demo.rotation.rounds for ids in r.seating.values())


def test_one_person_hosts_one_table(demo):
    host_of_t1 = demo.tables[0].host
    with pytest.raises(EditError) as caught:
        editing.set_host(demo, demo.tables[1].id, host_of_t1)
    assert "Hélène Moreau est déjà capitaine de « Table 1 — Les Tilleuls »" in describe(caught.value, "fr")
    assert describe(caught.value, "en").startswith("Hélène Moreau already hosts")
    editing.set_host(demo, demo.tables[1].id, "P02")
    assert demo.tables[1].host == "P02"
    editing.set_host(demo, demo.tables[1].id, None)
    assert demo.tables[1].host is None


def test_themes_and_tables(demo):
    theme = editing.add_theme(demo, "Jardins partagés", "Où planter ?", "#2E8B57")
    assert theme.colour == "#2e8b57"
    with raises_saying(EditError, "couleur"):
        editing.update_theme(demo, theme.id, colour="vert")
    table = editing.add_table(demo, "", theme=theme.id, capacity=8)
    assert table.name == "Table 7" and table.theme == theme.id
    with raises_saying(EditError, "entre 1 et 50 places"):
        editing.update_table(demo, table.id, capacity=0)
    count = len(demo.tables)
    with pytest.raises(EditError):
        editing.add_table(demo, "Trop grande", capacity=99)
    assert len(demo.tables) == count
    editing.delete_theme(demo, theme.id)
    assert demo.table(table.id).theme is None
    editing.delete_table(demo, table.id)
    assert demo.table(table.id) is None


def test_round_settings(demo):
    seated(demo, rounds=3)
    editing.set_round_settings(demo, round_count=2, round_minutes=15)
    assert (demo.rotation.round_count, len(demo.rotation.rounds)) == (2, 2)
    assert demo.rotation.round_minutes == 15
    with raises_saying(EditError, "entre 1 et 20"):
        editing.set_round_settings(demo, round_count=21)
    with pytest.raises(EditError):
        editing.set_round_settings(demo, round_minutes=0)


def test_move_and_swap(demo):
    seated(demo)
    seating = demo.rotation.rounds[1].seating
    a, b = seating["T1"][1], seating["T2"][1]
    editing.swap_people(demo, 1, a, b)
    assert a in seating["T2"] and b in seating["T1"]
    editing.move_person(demo, 1, a, "T3")
    assert a in seating["T3"] and a not in seating["T2"]
    assert sorted(sum(seating.values(), [])) == sorted(p.id for p in demo.participants)


def test_capitaines_stay_and_played_rounds_are_locked(demo):
    seated(demo)
    host = demo.tables[0].host
    with raises_saying(EditError, "capitaine de « Table 1 — Les Tilleuls » et reste"):
        editing.move_person(demo, 1, host, "T2")
    editing.set_played(demo, 1)
    before = copy.deepcopy(demo.rotation.rounds[0])
    guest = demo.rotation.rounds[0].seating["T1"][1]
    with raises_saying(EditError, "Le tour 1 a déjà eu lieu"):
        editing.move_person(demo, 0, guest, "T2")
    assert demo.rotation.rounds[0] == before
    with raises_saying(EditError, "Le tour 3 n'existe pas"):
        editing.move_person(demo, 2, guest, "T2")
    with pytest.raises(EditError):
        editing.set_played(demo, 3)


def test_set_rounds_keeps_played_rounds(demo):
    seated(demo)
    editing.set_played(demo, 1)
    held = copy.deepcopy(demo.rotation.rounds[0])
    editing.set_rounds(demo, [{"T1": ["P01"]}, {"T1": ["P01", "P02"]}, {"T2": ["P06"]}])
    assert demo.rotation.rounds[0] == held
    assert [r.seating for r in demo.rotation.rounds[1:]] == [{"T1": ["P01", "P02"]},
                                                             {"T2": ["P06"]}]


def everything_naming(ws, pid):
    """Every place of the workshop that still holds ``pid`` (as a value)."""
    import dataclasses

    found = []

    def walk(value, where):
        if value == pid:
            found.append(where)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]")
        elif isinstance(value, dict):
            for key, item in value.items():
                if key == pid:
                    found.append(f"{where} key")
                walk(item, f"{where}.{key}")
        elif dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                if f.name != "id":
                    walk(getattr(value, f.name), f"{where}.{f.name}")

    walk(ws, "ws")
    return found


def test_deleting_a_person_leaves_no_reference_anywhere(demo):
    from workshop.model import Action, ThemeVote, Vote

    seated(demo)
    pid = demo.participants[-1].id  # the last one: a new person gets the id back
    demo.rotation.keep_apart = [[pid, "P04"], ["P02", "P04"]]
    demo.votes.append(Vote(idea="I01", dots=2, participant=pid))
    demo.theme_votes.append(ThemeVote(theme="cadre", dots=1, participant=pid))
    demo.plan.actions.append(Action(id="A99", title="Compost", referents=[pid, "Syndic"]))
    editing.set_host(demo, "T2", pid)
    demo.rotation.keep_together.append([pid, "P05", "P06"])
    dots = sum(v.dots for v in demo.votes)
    assert len(everything_naming(demo, pid)) >= 7
    editing.delete_participant(demo, pid)
    assert everything_naming(demo, pid) == []
    assert demo.table("T2").host is None
    assert demo.rotation.keep_apart == [["P02", "P04"]]  # « apart from P04 » alone: gone
    assert demo.rotation.keep_together == [["P05", "P06"]]
    assert demo.plan.actions[-1].referents == ["Syndic"]
    # their dots stay counted, without a name
    assert sum(v.dots for v in demo.votes) == dots
    assert demo.votes[-1].participant is None and demo.theme_votes[-1].participant is None
    # the id is reused by the next person: they inherit nothing
    newcomer = editing.add_participant(demo, "Yvette")
    assert newcomer.id == pid
    assert everything_naming(demo, pid) == []


def test_privacy_erasure_uses_the_same_walk(demo):
    from workshop import references
    from workshop.people import privacy

    assert privacy.drop_references is references.drop_references
    seated(demo)
    privacy.erase_person(demo, "P02")
    assert everything_naming(demo, "P02") == []


def test_contacts_need_consent(demo):
    person = editing.add_participant(demo, "Yvette", last_name="Martin")
    with raises_saying(EditError, "Yvette Martin n'a pas accepté d'être contacté·e"):
        editing.update_participant(demo, person.id, email="yvette@exemple.fr", notes="x")
    assert (person.email, person.notes) == ("", "")
    editing.update_participant(demo, person.id, consent_contact=True,
                               email=" yvette@exemple.fr ", phone="0612345678")
    assert (person.email, person.phone) == ("yvette@exemple.fr", "06 12 34 56 78")
    with raises_saying(EditError, "n'est pas une adresse de courriel"):
        editing.update_participant(demo, person.id, email="yvette chez free")
    with raises_saying(EditError, "n'est pas un numéro de téléphone"):
        editing.update_participant(demo, person.id, phone="demander à l'accueil")
    assert (person.email, person.phone) == ("yvette@exemple.fr", "06 12 34 56 78")
    editing.set_contact_consent(demo, person.id, False)
    assert (person.consent_contact, person.email, person.phone) == (False, "", "")
    # unticking through update_participant clears them too
    editing.update_participant(demo, person.id, consent_contact=True, email="y@exemple.fr")
    editing.update_participant(demo, person.id, consent_contact=False)
    assert person.email == ""
    # a person whose contacts came without consent (an old file) can still be edited
    person.email = "ancien@exemple.fr"
    editing.update_participant(demo, person.id, notes="vient à pied", email="")
    assert (person.notes, person.email) == ("vient à pied", "")


def test_residence_is_edited_like_other_fields(demo):
    editing.update_participant(demo, "P03", residence="  Les Tilleuls, bât. B ")
    assert demo.participant("P03").residence == "Les Tilleuls, bât. B"


def test_new_themes_get_distinct_colour_blind_safe_colours():
    from workshop.model import Workshop

    ws = Workshop("w", "Atelier")
    colours = [editing.add_theme(ws, f"Thème {n}").colour for n in range(8)]
    assert len(set(colours)) == 8 and set(colours) == set(editing.THEME_COLOURS)
    editing.delete_theme(ws, ws.themes[2].id)
    assert editing.add_theme(ws, "Encore").colour == colours[2]  # the free one first
    assert editing.add_theme(ws, "Choisie", colour="#123456").colour == "#123456"
