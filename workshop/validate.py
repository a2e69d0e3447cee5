"""Checks of a workshop's consistency and values: each problem a code with its facts.

Two families.  Consistency: ids are unique, references point at something.
Values: a workshop file may have been edited by hand, written by an older
release or handed over by someone else, so each value's range, form and
length is checked with the *same* rules the editing functions enforce
(their constants and checks are reused, not copied).  The exports never
print a bad value: URLs go through :func:`workshop.plan.printable_url`,
dates are read strictly.

The sentences a facilitator reads live in ``ui.text.messages`` (``validate.*``);
kinds of items are passed as :class:`~workshop.errors.Word` so they are worded too.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from workshop.agenda import MAX_MINUTES, AgendaError, parse_start
from workshop.editing import MAX_CAPACITY, MAX_ROUND_MINUTES, EditError, _colour
from workshop.errors import Word, WorkshopError
from workshop.model import ACTION_STATUSES, STEP_KINDS, Workshop
from workshop.plan import MAX_URL_LENGTH, PlanError, check_pattern, normalise_url
from workshop.votes.ballots import MODES, RULES, SETTING_LIMITS
from workshop.votes.counts import MAX_COUNT


class ValidationError(WorkshopError):
    domain = "validate"


def problems(ws: Workshop) -> list[ValidationError]:
    """Every consistency problem of ``ws`` (empty list when sound)."""
    found: list[ValidationError] = []
    found += _id_problems(ws)
    found += _table_problems(ws)
    found += _participant_problems(ws)
    found += _rotation_problems(ws)
    found += _vote_and_plan_problems(ws)
    found += value_problems(ws)
    return found


def check(ws: Workshop) -> None:
    """Raise the first problem of ``ws``, if any."""
    found = problems(ws)
    if found:
        raise found[0]


def _id_problems(ws: Workshop) -> list[ValidationError]:
    found = []
    lists = {
        "participants": ws.participants,
        "themes": ws.themes,
        "tables": ws.tables,
        "agenda": ws.agenda,
        "ideas": ws.ideas,
        "actions": ws.plan.actions,
    }
    for kind, items in lists.items():
        word = Word(f"kind.{kind}")
        counts = Counter(item.id for item in items)
        if "" in counts:
            found.append(ValidationError("empty_id", kind=word))
        for ident, n in counts.items():
            if n > 1 and ident:
                found.append(ValidationError("duplicate_id", id=ident, kind=word))
    return found


def _table_problems(ws: Workshop) -> list[ValidationError]:
    found = []
    people = {p.id for p in ws.participants}
    themes = {t.id for t in ws.themes}
    hosted: dict[str, list[str]] = {}
    for table in ws.tables:
        if table.host is not None:
            if table.host not in people:
                found.append(ValidationError("unknown_host", table=table.name, host=table.host))
            hosted.setdefault(table.host, []).append(table.name)
        if table.theme is not None and table.theme not in themes:
            found.append(ValidationError("unknown_theme", table=table.name, theme=table.theme))
        if table.capacity < 1:
            found.append(ValidationError("bad_capacity", table=table.name, capacity=table.capacity))
    for host, names in hosted.items():
        if len(names) > 1:
            person = ws.participant(host)
            found.append(
                ValidationError(
                    "host_twice",
                    host=person.full_name if person else host,
                    tables=", ".join(names),
                )
            )
    return found


def _participant_problems(ws: Workshop) -> list[ValidationError]:
    tables = {t.id for t in ws.tables}
    return [
        ValidationError("unknown_pin", participant=p.full_name, table=p.pinned)
        for p in ws.participants
        if p.pinned is not None and p.pinned not in tables
    ]


def _rotation_problems(ws: Workshop) -> list[ValidationError]:
    found = []
    rot = ws.rotation
    if not 1 <= rot.round_count <= 20:
        found.append(ValidationError("bad_rounds", count=rot.round_count))
    people = {p.id for p in ws.participants}
    tables = {t.id for t in ws.tables}
    for index, rnd in enumerate(rot.rounds):
        for table_id, seated in rnd.seating.items():
            if table_id not in tables:
                found.append(ValidationError("seat_table_unknown", round=index + 1, table=table_id))
            for pid in seated:
                if pid not in people:
                    found.append(ValidationError("seat_unknown", round=index + 1, participant=pid))
    return found


def _vote_and_plan_problems(ws: Workshop) -> list[ValidationError]:
    ideas = {i.id for i in ws.ideas}
    themes = {t.id for t in ws.themes}
    found = [
        ValidationError("unknown_idea", idea=v.idea) for v in ws.votes if v.idea not in ideas
    ]
    found += [
        ValidationError("negative_dots", dots=v.dots)
        for v in [*ws.votes, *ws.theme_votes]
        if v.dots < 0
    ]
    found += [
        ValidationError("unknown_theme_ref", what=Word("what.vote"), theme=v.theme)
        for v in ws.theme_votes
        if v.theme not in themes
    ]
    found += [
        ValidationError("unknown_theme_ref", what=Word("what.idea"), idea=i.text[:40],
                        theme=i.theme)
        for i in ws.ideas
        if i.theme is not None and i.theme not in themes
    ]
    for decision in ws.tie_decisions:
        known = themes if decision.stage == "themes" else ideas
        found += [ValidationError("unknown_tied", item=item)
                  for item in decision.tied if item not in known]
    found += [
        ValidationError("unknown_step_kind", step=step.title or step.id, kind=step.kind)
        for step in ws.agenda
        if step.kind not in STEP_KINDS
    ]
    for action in ws.plan.actions:
        if not 1 <= action.start_month <= action.end_month <= 12:
            found.append(
                ValidationError(
                    "bad_month", action=action.title, start=action.start_month, end=action.end_month
                )
            )
        if any(not isinstance(m, int) or not 1 <= m <= 12 for m in action.months):
            found.append(ValidationError("bad_months", action=action.title))
    return found


# -- values, with the editor's rules ---------------------------------------------------
SHOWN = 60             # characters of a bad value quoted in a sentence
MAX_WARNING_S = 15 * 60  # the show's warning threshold: 0 to 15 minutes on the agenda page
YEARS = (2000, 2100)


def _quoted(value: object) -> str:
    text = str(value)
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def value_problems(ws: Workshop) -> list[ValidationError]:
    """Every value of ``ws`` the editor would have refused."""
    found: list[ValidationError] = []
    found += _workshop_values(ws)
    found += _url_values(ws)
    found += _plan_values(ws)
    found += _room_values(ws)
    found += _vote_values(ws)
    return found


def _workshop_values(ws: Workshop) -> list[ValidationError]:
    found = []
    if ws.date.strip():
        try:
            date.fromisoformat(ws.date.strip())
        except ValueError:
            found.append(ValidationError("bad_date", value=_quoted(ws.date)))
    if not 0 <= ws.show.warning_s <= MAX_WARNING_S:
        found.append(ValidationError("bad_warning", value=ws.show.warning_s,
                                     max=MAX_WARNING_S // 60))
    try:
        parse_start(ws.show.planned_start)
    except AgendaError:
        found.append(ValidationError("bad_start", value=_quoted(ws.show.planned_start)))
    for step in ws.agenda:
        if not 1 <= step.minutes <= MAX_MINUTES:
            found.append(ValidationError("step_minutes", step=step.title or step.id,
                                         value=step.minutes, max=MAX_MINUTES))
    return found


def _url_problem(raw: str, field: Word) -> ValidationError | None:
    """The editor's URL rule (``normalise_url``) as one problem, or ``None``."""
    if not raw.strip():
        return None
    try:
        normalise_url(raw)
    except PlanError as exc:
        if exc.code == "url_too_long":
            return ValidationError("long_url", field=field, length=exc.params["length"],
                                   limit=MAX_URL_LENGTH)
        return ValidationError("bad_url", field=field, url=_quoted(raw))
    return None


def _url_values(ws: Workshop) -> list[ValidationError]:
    found = [_url_problem(ws.plan.general_url, Word("field.general_url"))]
    for action in ws.plan.actions:
        found.append(_url_problem(action.url, Word("field.action_url")))
        if found[-1] is not None:
            found[-1].params["action"] = _quoted(action.title)
    if ws.plan.url_pattern.strip():
        try:
            check_pattern(ws.plan.url_pattern)
        except PlanError:
            found.append(ValidationError("bad_pattern", value=_quoted(ws.plan.url_pattern)))
    return [problem for problem in found if problem is not None]


def _plan_values(ws: Workshop) -> list[ValidationError]:
    found = []
    plan = ws.plan
    if not YEARS[0] <= plan.year <= YEARS[1]:
        found.append(ValidationError("bad_year", value=plan.year, low=YEARS[0], high=YEARS[1]))
    if not 1 <= plan.first_month <= 12:
        found.append(ValidationError("bad_first_month", value=plan.first_month))
    for action in plan.actions:
        if action.status not in ACTION_STATUSES:
            found.append(ValidationError("bad_status", action=_quoted(action.title),
                                         status=_quoted(action.status)))
    return found


def _room_values(ws: Workshop) -> list[ValidationError]:
    found = []
    for theme in ws.themes:
        try:
            _colour(theme.colour)
        except EditError:
            found.append(ValidationError("bad_colour", theme=_quoted(theme.title),
                                         value=_quoted(theme.colour)))
    for table in ws.tables:
        if table.capacity > MAX_CAPACITY:
            found.append(ValidationError("too_many_seats", table=_quoted(table.name),
                                         capacity=table.capacity, max=MAX_CAPACITY))
    rot = ws.rotation
    if not 1 <= rot.round_minutes <= MAX_ROUND_MINUTES:
        found.append(ValidationError("bad_round_minutes", value=rot.round_minutes,
                                     max=MAX_ROUND_MINUTES))
    if not 0 <= rot.played <= len(rot.rounds):
        found.append(ValidationError("bad_played", value=rot.played, max=len(rot.rounds)))
    return found


def _vote_values(ws: Workshop) -> list[ValidationError]:
    found = []
    settings = ws.vote_settings
    for name, (low, high) in SETTING_LIMITS.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            found.append(ValidationError("vote_setting", setting=Word(f"setting.{name}"),
                                         value=value, low=low, high=high))
    if settings.mode not in MODES:
        found.append(ValidationError("bad_vote_mode", mode=_quoted(settings.mode)))
    if settings.rule not in RULES:
        found.append(ValidationError("bad_vote_rule", rule=_quoted(settings.rule)))
    found += [ValidationError("too_many_dots", dots=v.dots, max=MAX_COUNT)
              for v in [*ws.votes, *ws.theme_votes] if v.dots > MAX_COUNT]
    return found
