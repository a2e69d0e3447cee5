"""The annual-plan domain: URL checks, pattern filling, months, editing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.text.messages import describe
from workshop.model import Action, Workshop
from workshop.plan import (
    PlanError,
    action_span,
    add_action,
    calendar_month,
    normalise_url,
    period_months,
    remove_action,
    set_general_url,
    set_url_pattern,
    slug,
    update_action,
    url_from_pattern,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("https://exemple.coop/suivi", "https://exemple.coop/suivi"),
    ("  https://exemple.coop/suivi  ", "https://exemple.coop/suivi"),
    ("exemple.coop/suivi/fete", "https://exemple.coop/suivi/fete"),
    ("HTTPS://Exemple.COOP", "https://exemple.coop/"),
    ("http://exemple.coop:80/a", "http://exemple.coop/a"),
    ("https://exemple.coop:8443/a", "https://exemple.coop:8443/a"),
    ("https://exemple.coop/suivi/fête", "https://exemple.coop/suivi/f%C3%AAte"),
    ("https://bücher.de/", "https://xn--bcher-kva.de/"),
    ("www.exemple.coop:8080/x", "https://www.exemple.coop:8080/x"),
    ("https://exemple.coop/a?b=1&c=2#d", "https://exemple.coop/a?b=1&c=2#d"),
])
def test_good_urls_are_normalised(raw, expected):
    assert normalise_url(raw) == expected


@pytest.mark.parametrize(("raw", "code"), [
    ("", "url_empty"),
    ("   ", "url_empty"),
    ("javascript:alert(1)", "url_scheme"),
    (" javascript:alert(1)", "url_scheme"),
    ("java\tscript:alert(1)", "url_control"),
    ("https://exemple.coop/\x00", "url_control"),
    ("https://exemple.coop/\u202etxt", "url_control"),
    ("data:text/html,<b>x</b>", "url_scheme"),
    ("file:///etc/passwd", "url_scheme"),
    ("ftp://exemple.coop/", "url_scheme"),
    ("mailto:contact@exemple.coop", "url_scheme"),
    ("https:exemple.fr", "url_no_host"),
    ("https://", "url_no_host"),
    ("https://jean:secret@exemple.coop/", "url_credentials"),
    ("https://jean@exemple.coop/", "url_credentials"),
    ("https://exemple .coop/", "url_space"),
    ("https://exemple.coop/mon suivi", "url_space"),
    ("https://exemple/", "url_host"),
    ("http://localhost/", "url_host"),
    ("http://192.168.1.10/", "url_host"),
    ("https://ex_ample.coop/", "url_host"),
    ("https://exemple.coop:99999/", "url_port"),
    ("https://[exemple.coop/", "url_host"),
    ("[", "url_host"),
    ("https://exemple.coop/" + "a" * 400, "url_too_long"),
])
def test_bad_urls_are_refused_with_a_clear_message(raw, code):
    with pytest.raises(PlanError) as info:
        normalise_url(raw)
    assert info.value.code == code
    french = describe(info.value, "fr")
    assert french.endswith(".") and "{" not in french
    assert describe(info.value, "en") != french


@given(st.text(max_size=60))
def test_whatever_is_accepted_is_plain_http_and_stable(raw):
    try:
        url = normalise_url(raw)
    except PlanError:
        return
    assert url.startswith(("http://", "https://"))
    assert url.isascii() and url.isprintable() and " " not in url
    assert normalise_url(url) == url


def test_slug_is_short_ascii_and_readable():
    assert slug("Fête des voisins : « tous ensemble » !") == "fete-des-voisins-tous-ensemble"
    assert slug("Œuvre commune à Łódź") == "oeuvre-commune-a-lodz"
    assert slug("!!!", "A03") == "a03"
    assert len(slug("mot " * 40)) <= 40


def test_pattern_fills_one_url_per_action_without_duplicates():
    taken: set[str] = set()
    a = Action("A01", "Fête des voisins")
    b = Action("A02", "Fête des voisins")
    pattern = "https://exemple.coop/suivi/{action}"
    assert url_from_pattern(pattern, a, taken) == "https://exemple.coop/suivi/fete-des-voisins"
    assert url_from_pattern(pattern, b, taken) == "https://exemple.coop/suivi/fete-des-voisins-2"
    with pytest.raises(PlanError) as info:
        url_from_pattern("https://exemple.coop/suivi", a)
    assert info.value.code == "pattern_field"
    with pytest.raises(PlanError):
        url_from_pattern("javascript:{action}", a)


def test_set_url_pattern_keeps_urls_typed_by_hand():
    ws = Workshop("w", "Atelier")
    ws.plan.actions = [Action("A01", "Jardin partagé", url="https://autre.fr/jardin"),
                       Action("A02", "Boîte à livres")]
    changed = set_url_pattern(ws, "exemple.coop/s/{action}")
    assert changed == ["A02"]
    assert ws.plan.actions[0].url == "https://autre.fr/jardin"
    assert ws.plan.actions[1].url == "https://exemple.coop/s/boite-a-livres"
    set_url_pattern(ws, "https://exemple.coop/s/{action}", overwrite=True)
    assert ws.plan.actions[0].url == "https://exemple.coop/s/jardin-partage"


def test_period_months_cross_the_year():
    months = period_months(2027, 9)
    assert months[0] == (2027, 9) and months[3] == (2027, 12) and months[4] == (2028, 1)
    assert months[-1] == (2028, 8) and len(months) == 12
    assert calendar_month(2027, 9, 5) == (2028, 1)
    with pytest.raises(PlanError):
        calendar_month(2027, 9, 13)


def test_action_span_is_clamped_and_ordered():
    assert action_span(Action("A", "x", start_month=3, end_month=5)) == (3, 5)
    assert action_span(Action("A", "x", start_month=0, end_month=40)) == (1, 12)
    assert action_span(Action("A", "x", start_month=9, end_month=2)) == (2, 9)


def test_editing_checks_everything_before_writing():
    ws = Workshop("w", "Atelier")
    action = add_action(ws, "  Jardin partagé ", theme="cadre")
    assert action.id == "A01" and action.title == "Jardin partagé"
    update_action(ws, "A01", start_month=3, end_month=6, referents="Karim B.\n\nHélène M.",
                  url=" exemple.coop/jardin ", status="in_progress")
    assert (action.start_month, action.end_month) == (3, 6)
    assert action.referents == ["Karim B.", "Hélène M."]
    assert action.url == "https://exemple.coop/jardin"
    for bad, code in [({"end_month": 2}, "month_order"), ({"start_month": 13}, "month_range"),
                      ({"status": "abandoned"}, "reason_needed"), ({"status": "fini"}, "status"),
                      ({"url": "javascript:x", "title": "Autre"}, "url_scheme"),
                      ({"title": "  "}, "title_empty"), ({"colour": "red"}, "unknown_field")]:
        with pytest.raises(PlanError) as info:
            update_action(ws, "A01", **bad)
        assert info.value.code == code
    assert action.title == "Jardin partagé" and action.status == "in_progress"
    update_action(ws, "A01", status="abandoned", status_reason="Pas de terrain disponible")
    assert action.status == "abandoned"
    with pytest.raises(PlanError):
        update_action(ws, "A09", title="x")
    remove_action(ws, "A01")
    assert ws.plan.actions == []


def test_new_action_gets_a_url_from_the_pattern():
    ws = Workshop("w", "Atelier")
    set_url_pattern(ws, "https://exemple.coop/suivi/{action}")
    assert add_action(ws, "Fête des voisins").url == "https://exemple.coop/suivi/fete-des-voisins"
    assert add_action(ws, "Fête des voisins").url.endswith("fete-des-voisins-2")


def test_general_url_is_normalised_or_refused():
    ws = Workshop("w", "Atelier")
    assert set_general_url(ws, "Exemple.coop/suivi") == "https://exemple.coop/suivi"
    with pytest.raises(PlanError):
        set_general_url(ws, "file:///C:/suivi.html")
    assert set_general_url(ws, "") == ""


def test_an_action_can_happen_in_chosen_months_and_undo_puts_them_back():
    from workshop.history import History
    from workshop.plan import action_months, set_action_months

    ws = Workshop("w", "Atelier")
    action = add_action(ws, "Repas partagé")
    assert action.months == [] and action_months(action) == list(range(1, 13))
    history = History()
    history.run(ws, "mois", lambda w: set_action_months(w, action.id, [10, 1, 7, 4, 4]))
    assert action.months == [1, 4, 7, 10] and action_months(action) == [1, 4, 7, 10]
    assert (action.start_month, action.end_month) == (1, 10)  # an older release sees the span
    history.undo()
    assert action.months == [] and (action.start_month, action.end_month) == (1, 12)
    with pytest.raises(PlanError) as err:
        set_action_months(ws, action.id, [0, 13])
    assert "entre 1 et 12" in describe(err.value)
    set_action_months(ws, action.id, [2, 5, 8, 11])
    update_action(ws, action.id, start_month=4)  # a later start drops the months before it
    assert action.months == [5, 8, 11]
    set_action_months(ws, action.id, [])
    assert action_months(action) == list(range(4, 12))


def test_postponed_is_a_status_and_the_contact_is_one_line():
    from workshop.history import History
    from workshop.model import ACTION_STATUSES
    from workshop.plan import set_contact

    assert ACTION_STATUSES == ("planned", "in_progress", "done", "postponed", "abandoned")
    ws = Workshop("w", "Atelier")
    action = add_action(ws, "Bancs")
    update_action(ws, action.id, status="postponed")
    assert action.status == "postponed"
    history = History()
    history.run(ws, "contact", lambda w: set_contact(w, "  Accueil\n02 40 00 00 00 "))
    assert ws.plan.contact == "Accueil 02 40 00 00 00"
    history.undo()
    assert ws.plan.contact == ""


def test_a_file_without_chosen_months_still_opens_and_bad_months_are_reported():
    from workshop.storage.serial import from_data, to_data
    from workshop.validate import problems

    ws = Workshop("w", "Atelier")
    add_action(ws, "Bancs")
    data = to_data(ws)
    del data["plan"]["actions"][0]["months"], data["plan"]["contact"]  # last release's shape
    old = from_data(Workshop, data)
    assert old.plan.actions[0].months == [] and old.plan.contact == ""
    old.plan.actions[0].months = [3, 14]
    assert any(e.code == "bad_months" for e in problems(old))
