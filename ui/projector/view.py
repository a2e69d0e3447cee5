"""What the projector shows, as plain data: the step's content and the clock face.

The step content (title, « Tour 2 / 4 », the tables' questions, who goes
where) changes only with the step or the workshop; the clock face changes
at every repaint and is computed from the countdown, never from ticks.
Levels and their colours are a table of data (as pympress' colour map):
each level also has its own words, so colour is never the only signal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from exports.pdf.typography import french
from workshop import agenda
from workshop.agenda import TableTopic
from workshop.model import Workshop
from workshop.timer import Countdown, format_clock

PLAIN_KINDS = ("welcome", "introduction", "plenary", "vote", "closing")


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    accent: str


#: colour-blind safe: the levels differ in lightness (dark, light, medium),
#: not only in hue, and each has its own text (Okabe–Ito orange and vermillion)
LEVELS = {
    "normal": Palette("#0b1f33", "#ffffff", "#9ec9ff"),
    "warning": Palette("#f0c419", "#111111", "#3d2a00"),
    "over": Palette("#b8420b", "#ffffff", "#ffe2c8"),
}


@dataclass(frozen=True)
class BilanLine:
    """One of last year's actions on the projector: its status in words, and why."""

    title: str
    status: str        # the code, for the badge's colour
    status_text: str
    detail: str        # why it was postponed or abandoned, else the indicator's result


@dataclass(frozen=True)
class BilanCard:
    """One theme of the bilan: the projector shows one at a time."""

    theme: str
    colour: str
    lines: tuple[BilanLine, ...]


@dataclass(frozen=True)
class StepContent:
    kind: str = "empty"           # round, transition, bilan, plain, empty
    step_kind: str = ""
    title: str = ""
    subtitle: str = ""
    topics: tuple[TableTopic, ...] = ()
    people: tuple[tuple[str, str], ...] = ()   # (name shown, table name)
    bilan: tuple[BilanCard, ...] = ()
    seconds: float = 0.0          # the step's length: the bilan's themes share it


@dataclass(frozen=True)
class ClockFace:
    text: str = "00:00"
    level: str = "normal"
    status: str = ""
    paused: bool = False
    over: bool = False
    remaining: float = 0.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Projector", text)


def step_content(ws: Workshop, full_names: bool | None = None) -> StepContent:
    """The static part of the projector for the current step of ``ws``."""
    step = agenda.current_step(ws)
    if step is None:
        return StepContent(title=ws.title)
    full = ws.show.full_names if full_names is None else full_names
    if step.kind == "round":
        number, count = agenda.round_position(ws, step)
        subtitle = _tr("Tour {n} / {count}").format(n=number, count=count)
        return StepContent("round", step.kind, step.title, subtitle,
                           topics=grouped_topics(ws))
    if step.kind == "transition":
        target = agenda.next_round_index(ws, step)
        pairs = agenda.who_goes_where(ws, target)
        people = tuple((p.full_name if full else p.short_name, t.name) for p, t in pairs)
        subtitle = ""
        if target is not None:
            count = max(len([s for s in ws.agenda if s.kind == "round"]), target + 1)
            subtitle = _tr("Vers le tour {n} / {count}").format(n=target + 1, count=count)
        return StepContent("transition", step.kind, _tr("Qui va où ?"), subtitle, people=people)
    if step.kind == "bilan":
        return bilan_content(ws, step)
    return StepContent("plain", step.kind, step.title, ws.title)


def bilan_content(ws: Workshop, step) -> StepContent:
    """Last year's actions theme by theme (this year's when none were carried over)."""
    from exports.bilan_data import summary_line  # the sentence of the documents
    from ui.i18n import current_language
    from ui.models.statuses import status_label
    from ui.text import catalogue
    from workshop import bilan

    src = bilan.source(ws)
    cards = []
    for group in bilan.by_theme(src):
        lines = tuple(BilanLine(a.title, a.status, status_label(a.status),
                                a.status_reason if a.status in ("postponed", "abandoned")
                                and a.status_reason else a.result)
                      for a in group.actions)
        cards.append(BilanCard(group.theme.title or _tr("Sans thème"), group.theme.colour, lines))
    heading = _tr("Programmation {year}").format(year=src.year)
    summary = summary_line(catalogue(current_language()), bilan.summary(src.actions))
    return StepContent("bilan", step.kind, step.title or _tr("Bilan"),
                       f"{heading} · {summary}", bilan=tuple(cards), seconds=step.minutes * 60)


def grouped_topics(ws: Workshop) -> tuple[TableTopic, ...]:
    """One card per theme, naming its tables (several tables often share a theme)."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for topic in agenda.table_topics(ws):
        groups.setdefault((topic.theme, topic.question, topic.colour), []).append(topic.table)
    # French typography on the wall too: « coopérative ? » never leaves its « ? » alone
    return tuple(TableTopic(", ".join(tables), french(theme), french(question), colour)
                 for (theme, question, colour), tables in groups.items())


def clock_face(countdown: Countdown | None, warning_s: float) -> ClockFace:
    """The clock text, level and status words for this instant."""
    if countdown is None:
        return ClockFace(text="", status="")
    remaining = countdown.remaining()
    paused = countdown.started and not countdown.running
    if remaining <= 0 and countdown.started:
        text = "+" + format_clock(-remaining, round_up=False)
        return ClockFace(text, "over", _tr("Temps écoulé"), paused, True, remaining)
    text = format_clock(remaining)
    if not countdown.started:
        return ClockFace(text, "normal", _tr("Prêt"), False, False, remaining)
    if remaining <= warning_s:
        minutes = max(1, math.ceil(remaining / 60))
        status = _tr("Bientôt fini : plus que {n} min").format(n=minutes)
        level = "warning"
    else:
        status, level = "", "normal"
    if paused:
        status = _tr("En pause")
    return ClockFace(text, level, status, paused, False, remaining)
