"""The projector's screens: what the room sees at each step and level."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from exports.pdf.typography import french
from ui.projector.window import ProjectorWindow
from ui.projector.screens import PAGE_SECONDS
from ui.projector.view import LEVELS, clock_face, step_content
from workshop import agenda
from workshop.demo import crowd, seat_in_turn
from workshop.timer import Countdown


class Clocks:
    def __init__(self) -> None:
        self.t = 500.0

    def __call__(self) -> float:
        return self.t


def go(ws, kind: str, nth: int = 0) -> None:
    ws.show.step = [i for i, s in enumerate(ws.agenda) if s.kind == kind][nth]


@pytest.fixture
def projector(qtbot):
    win = ProjectorWindow()
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    return win


def painted(win) -> list[str]:
    win.grab()
    return win.current.painted


def test_round_screen_shows_round_clock_and_questions(projector, demo):
    seat_in_turn(demo)
    go(demo, "round", 1)
    projector.show_content(step_content(demo))
    projector.show_face(clock_face(Countdown(1200), 120))
    texts = painted(projector)
    assert "Tour 2 / 3" in texts
    assert "20:00" in texts
    assert projector.current.topics_shown
    for theme in demo.themes:  # set the French way: a no-break space before « ? »
        assert french(theme.question) in texts


def test_clock_size_follows_the_window_height(projector, demo, qtbot):
    go(demo, "round")
    demo.themes.clear()                   # no questions: the clock takes the room
    projector.show_content(step_content(demo))
    projector.show_face(clock_face(Countdown(1200), 120))
    painted(projector)
    big = projector.current.clock_px
    projector.resize(960, 540)
    qtbot.waitUntil(lambda: projector.height() == 540)
    painted(projector)
    assert big >= 0.5 * 1080
    assert projector.current.clock_px == pytest.approx(big / 2, rel=0.05)


def test_questions_are_left_out_when_they_do_not_fit(projector, demo, qtbot):
    for theme in demo.themes:
        theme.question = "Une question très longue, " * 25
    go(demo, "round")
    projector.show_content(step_content(demo))
    texts = painted(projector)
    assert not projector.current.topics_shown
    assert demo.themes[0].question not in texts


def test_plain_steps_show_title_and_timer(projector, demo):
    for kind in ("welcome", "plenary", "vote", "closing"):
        go(demo, kind)
        step = agenda.current_step(demo)
        projector.show_content(step_content(demo))
        projector.show_face(clock_face(Countdown(step.minutes * 60), 120))
        texts = painted(projector)
        assert step.title in texts and f"{step.minutes:02d}:00" in texts


def test_sixty_names_are_paged_and_everyone_appears_once(qtbot, demo):
    crowd(demo, 60)
    go(demo, "transition")
    clock = Clocks()
    win = ProjectorWindow()
    qtbot.addWidget(win)
    win.screens["transition"].page_clock = clock
    win.resize(1280, 720)
    win.show()
    win.show_content(step_content(demo))
    screen = win.current
    layout = screen.name_layout()
    assert layout.pages >= 2
    assert layout.px >= 0.036 * 720              # never shrunk below readable
    seen = []
    for page in range(layout.pages):
        clock.t = screen._shown_at + page * PAGE_SECONDS + 0.1
        texts = painted(win)
        assert f"page {page + 1} / {layout.pages}" in " ".join(texts)
        seen += screen.shown_people
    names = [name for name, _ in seen]
    assert len(names) == 60 and len(set(names)) == 60
    assert names == sorted(names, key=agenda.name_key)
    clock.t += PAGE_SECONDS                      # then it starts again from page 1
    painted(win)
    assert screen.page == 0


def test_transition_tells_each_person_their_next_table(projector, demo):
    seat_in_turn(demo)
    go(demo, "transition", 1)                    # towards round 3 (index 2)
    projector.show_content(step_content(demo))
    texts = painted(projector)
    assert "Qui va où ?" in texts and "Vers le tour 3 / 3" in texts
    seating = demo.rotation.rounds[2].seating
    helene = next(p for p in demo.participants if p.first_name == "Hélène")
    table = next(demo.table(t) for t, people in seating.items() if helene.id in people)
    shown = dict(projector.current.shown_people)
    assert shown[helene.short_name] == table.name
    assert helene.full_name not in shown


def test_full_names_option(projector, demo):
    seat_in_turn(demo)
    demo.show.full_names = True
    go(demo, "transition")
    projector.show_content(step_content(demo))
    painted(projector)
    names = [n for n, _ in projector.current.shown_people]
    assert "Hélène Moreau" in names


def test_warning_and_end_change_colour_and_words(projector, demo):
    clock = Clocks()
    go(demo, "round")
    projector.show_content(step_content(demo))
    countdown = Countdown(600, clock=clock)
    countdown.start()
    faces = []
    for elapsed in (100, 500, 600, 663.5):
        clock.t = 500 + elapsed
        face = clock_face(countdown, 120)
        projector.show_face(face)
        image = projector.grab().toImage()
        faces.append((face, image.pixelColor(3, 3).name(), painted(projector)))
    (normal, c1, t1), (warn, c2, t2), (end, c3, t3), (over, c4, t4) = faces
    assert (normal.level, c1) == ("normal", LEVELS["normal"].background)
    assert (warn.level, c2) == ("warning", LEVELS["warning"].background)
    assert "Bientôt fini : plus que 2 min" in t2 and "01:40" in t2
    assert (end.level, c3, end.text) == ("over", LEVELS["over"].background, "+00:00")
    assert "Temps écoulé" in t3
    assert over.text == "+01:03" and "+01:03" in t4     # overtime counts up
    assert projector.current.clock_px > 0


def test_paused_and_ready_words(demo):
    clock = Clocks()
    countdown = Countdown(300, clock=clock)
    assert clock_face(countdown, 120).status == "Prêt"
    countdown.start()
    clock.t += 10
    countdown.pause()
    face = clock_face(countdown, 120)
    assert face.paused and face.status == "En pause" and face.text == "04:50"


def test_escape_leaves_fullscreen(projector, qtbot):
    projector.showFullScreen()
    qtbot.waitUntil(projector.isFullScreen)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    qtbot.waitUntil(projector.isFullScreen)


def test_custom_widget_replaces_the_step_and_goes_back(projector, demo):
    go(demo, "vote")
    projector.show_content(step_content(demo))
    results = QLabel("Résultats du vote")
    projector.show_custom(results)
    assert projector.stack.currentWidget() is results
    go(demo, "closing")                   # the step moves on underneath
    projector.show_content(step_content(demo))
    assert projector.stack.currentWidget() is results
    projector.show_custom(None)
    assert projector.stack.currentWidget() is projector.current
    assert "Clôture et suites" in painted(projector)


def test_theme_cards_wear_their_colour_at_one_size(demo):
    from ui.projector.view import step_content

    demo.show.step = [s.kind for s in demo.agenda].index("round")
    content = step_content(demo)
    colours = {t.colour for t in content.topics}
    assert colours == {t.colour for t in demo.themes if any(x.theme == t.id for x in demo.tables)}
    assert all("\u00a0?" in t.question for t in content.topics if "?" in t.question)
