"""The projector's « Bilan » step: last year's actions with their status, one theme at a time."""

from __future__ import annotations

from tests.test_projector import Clocks, go, painted, projector  # noqa: F401 - fixture
from ui.projector.view import clock_face, step_content
from workshop.timer import Countdown

THEMES = ["Cadre de vie et espaces extérieurs", "Convivialité et lien entre voisins",
          "Communication avec la coopérative"]


def shown_at(projector, demo, elapsed_s: float | None, paused_after: float | None = None):
    """What the room sees ``elapsed_s`` into the 15-minute bilan (None: not started)."""
    go(demo, "bilan")
    clock = Clocks()
    countdown = Countdown(15 * 60, clock=clock)
    if elapsed_s is not None:
        countdown.start()
        if paused_after is not None:
            clock.t += paused_after
            countdown.pause()
        clock.t += elapsed_s
    projector.show_content(step_content(demo))
    projector.show_face(clock_face(countdown, 120))
    return painted(projector)


def test_the_bilan_step_shows_the_first_theme_with_statuses_in_words(projector, demo):
    texts = shown_at(projector, demo, None)
    assert projector.current is projector.screens["bilan"]
    assert "Bilan de l'année écoulée" in texts and "15:00" in texts
    assert any("Programmation 2026" in t and "3 actions sur 6 réalisées" in t
               and "thème 1 / 3" in t for t in texts)
    assert THEMES[0] in texts and not set(THEMES[1:]) & set(texts)
    assert ["réalisée", "Fleurir l'entrée de la résidence", "12 habitants à la plantation"] == \
        texts[texts.index(THEMES[0]) + 1:texts.index(THEMES[0]) + 4]


def test_the_themes_share_the_step_s_time(projector, demo):
    assert THEMES[1] in shown_at(projector, demo, 5 * 60 + 1)
    third = shown_at(projector, demo, 10 * 60 + 1)
    assert THEMES[2] in third
    assert "reportée" in third
    assert "Reporté à 2027 : à écrire avec le nouveau règlement intérieur" in third
    assert THEMES[2] in shown_at(projector, demo, 20 * 60)  # over time: the last one stays
    # paused after two minutes, the first theme stays however long the pause
    assert THEMES[0] in shown_at(projector, demo, 30 * 60, paused_after=2 * 60)


def test_abandoned_says_why_and_done_says_the_result(projector, demo):
    texts = shown_at(projector, demo, 6 * 60)
    assert "abandonnée" in texts
    assert any(t.startswith("Peu utilisé et souvent arraché") for t in texts)
    assert "40 participants" in texts


def test_without_last_year_the_step_shows_this_plan(projector, demo):
    demo.bilan.actions.clear()
    demo.agenda[1].kind = "bilan"  # the step stays in the run of show
    texts = shown_at(projector, demo, None)
    assert any("Programmation 2027" in t and "Aucune action réalisée sur 6" in t
               for t in texts)
    assert "prévue" in texts


def test_the_show_engine_brings_the_bilan_to_the_projector(app, qtbot):
    engine = app.services.show_engine
    engine.go_to([s.kind for s in engine.workshop.agenda].index("bilan"))
    assert engine.content().kind == "bilan" and len(engine.content().bilan) == 3
    window = app.services.projector.open()
    qtbot.addWidget(window)
    assert window.current is window.screens["bilan"]
    window.grab()
    assert THEMES[0] in window.current.painted
    app.services.projector.close()
