"""The dot vote (gommettes): settings, paper tallies and individual votes.

Two ways of entering a vote exist because both happen in real rooms: the
dots stuck on the posters are counted and typed per idea (*paper*,
``Vote.participant is None``), or each person's dots are typed at the
laptop (*individual*, the per-person limit enforced).  Only the votes of
the current mode count, so switching mode loses nothing.  In a two-stage
vote the themes get their own dots first (:class:`ThemeVote`).

Votes given to an idea that was later merged count for the idea it joined
(see :mod:`workshop.ideas`).  Ranking, ties and actions live in
:mod:`workshop.votes.results`.
"""

from __future__ import annotations

from collections import Counter

from workshop import ideas as idea_ops
from workshop.errors import Word
from workshop.history import touch, touch_attr
from workshop.model import ThemeVote, Vote, Workshop

# The counts are read by the results too: they live apart so that the results
# never import this module, which asks them who is kept (stage two).
from workshop.votes.counts import (  # noqa: F401 - names of this module's surface
    MAX_COUNT,
    VoteError,
    VoteWarning,
    idea_dots,
    parse_count,
    theme_dots,
    voters,
    warnings,
)
from workshop.votes.results import results

MODES = ("paper", "individual")
MAX_DOTS = 50


# -- settings -----------------------------------------------------------------
# setting -> (lowest, highest); its name reaches the reader as the word ``setting.<name>``
SETTING_LIMITS = {
    "dots_per_participant": (1, MAX_DOTS),
    "themes_kept": (1, 20),
    "actions_per_theme": (1, 20),
    "laureates": (1, 50),
}
RULES = ("themes", "laureates")


def set_settings(ws: Workshop, **changes: object) -> None:
    """Change vote settings; every value is checked before any is set."""
    checked: dict[str, object] = {}
    for name, value in changes.items():
        if name in SETTING_LIMITS:
            low, high = SETTING_LIMITS[name]
            label = Word(f"setting.{name}")
            try:
                number = parse_count(value)
            except VoteError:
                raise VoteError("bad_setting", setting=label, low=low, high=high, value=value) from None
            if not low <= number <= high:
                raise VoteError("bad_setting", setting=label, low=low, high=high, value=number)
            checked[name] = number
        elif name == "mode":
            if value not in MODES:
                raise VoteError("bad_mode", mode=value)
            checked[name] = value
        elif name == "rule":
            if value not in RULES:
                raise VoteError("bad_rule", rule=value)
            checked[name] = value
        elif name in ("several_dots_per_idea", "two_stage"):
            checked[name] = bool(value)
        else:
            raise TypeError(f"unknown vote setting {name!r}")
    touch(ws.vote_settings)
    for name, value in checked.items():
        setattr(ws.vote_settings, name, value)


# -- paper tallies ------------------------------------------------------------
def set_tally(ws: Workshop, idea_id: str, dots: object) -> None:
    """The dots counted on the poster for one idea (replaces the previous count).

    The count is for the idea as shown, merged parts included: the paper
    votes of its parts are folded into it.
    """
    count = parse_count(dots)
    target = idea_ops.root(ws, idea_id)
    if count and ws.vote_settings.two_stage:
        _check_second_stage(ws, [target])
    members = {i.id for i in idea_ops.group(ws, target)}
    if any(v.room is not None and v.idea in members for v in ws.votes):
        # an event: the rooms' counts are typed room by room (workshop.event.tallies)
        raise VoteError("room_tallies", idea=idea_ops.idea(ws, target).text)
    touch_attr(ws, "votes")
    ws.votes[:] = [
        v for v in ws.votes
        if not (v.participant is None and v.stage == "actions" and v.idea in members)
    ]
    if count:
        ws.votes.append(Vote(idea=target, dots=count))


def set_theme_tally(ws: Workshop, theme_id: str, dots: object) -> None:
    """The dots counted for one theme in the first stage of a two-stage vote."""
    count = parse_count(dots)
    _check_theme(ws, theme_id)
    touch_attr(ws, "theme_votes")
    ws.theme_votes[:] = [
        v for v in ws.theme_votes if not (v.participant is None and v.theme == theme_id)
    ]
    if count:
        ws.theme_votes.append(ThemeVote(theme=theme_id, dots=count))


# -- individual votes -----------------------------------------------------------
def set_person_votes(ws: Workshop, participant: str, dots: dict[str, object]) -> None:
    """All the dots one person gives to ideas (replaces theirs); limits enforced."""
    for ident in dots:
        idea_ops.idea(ws, ident)
    counts = _person_counts(ws, participant, dots, _idea_label)
    if ws.vote_settings.two_stage:
        _check_second_stage(ws, [i for i, n in counts.items() if n])
    touch_attr(ws, "votes")
    ws.votes[:] = [v for v in ws.votes if not (v.participant == participant and v.stage == "actions")]
    ws.votes += [Vote(idea=i, dots=n, participant=participant) for i, n in counts.items() if n]


def set_person_theme_votes(ws: Workshop, participant: str, dots: dict[str, object]) -> None:
    """All the dots one person gives to themes in the first stage."""
    for theme_id in dots:
        _check_theme(ws, theme_id)
    counts = _person_counts(ws, participant, dots, lambda w, t: w.theme(t).title)
    touch_attr(ws, "theme_votes")
    ws.theme_votes[:] = [v for v in ws.theme_votes if v.participant != participant]
    ws.theme_votes += [ThemeVote(theme=t, dots=n, participant=participant)
                       for t, n in counts.items() if n]


def _person_counts(ws: Workshop, participant: str, dots: dict[str, object], label) -> dict[str, int]:
    person = ws.participant(participant)
    if person is None:
        raise VoteError("unknown_participant", participant=participant)
    counts: Counter[str] = Counter()
    for key, value in dots.items():
        if key in {i.id for i in ws.ideas}:
            key = idea_ops.root(ws, key)
        counts[key] += parse_count(value)
    settings = ws.vote_settings
    total = sum(counts.values())
    if total > settings.dots_per_participant:
        raise VoteError("over_limit", name=person.full_name, dots=settings.dots_per_participant,
                        total=total, extra=total - settings.dots_per_participant)
    if not settings.several_dots_per_idea:
        for key, n in counts.items():
            if n > 1:
                raise VoteError("one_per_idea", name=person.full_name, count=n, idea=label(ws, key))
    return dict(counts)


def _check_second_stage(ws: Workshop, idea_ids: list[str]) -> None:
    kept = set(kept_themes_first_stage(ws))
    for ident in idea_ids:
        item = idea_ops.idea(ws, ident)
        if item.theme not in kept:
            raise VoteError("theme_not_kept", idea=item.text)


def _idea_label(ws: Workshop, idea_id: str) -> str:
    return idea_ops.idea(ws, idea_id).text


def _check_theme(ws: Workshop, theme_id: str) -> None:
    if ws.theme(theme_id) is None:
        raise VoteError("unknown_theme", theme=theme_id)


def person_votes(ws: Workshop, participant: str, stage: str = "actions") -> dict[str, int]:
    """What one person has given (idea or theme id → dots)."""
    if stage == "themes":
        return {v.theme: v.dots for v in ws.theme_votes if v.participant == participant}
    found: Counter[str] = Counter()
    for v in ws.votes:
        if v.participant == participant and v.stage == "actions":
            found[idea_ops.root(ws, v.idea)] += v.dots
    return dict(found)


def clear(ws: Workshop) -> None:
    """Remove every vote of the current mode (both stages) and every tie decision."""
    paper = ws.vote_settings.mode == "paper"
    for name in ("votes", "theme_votes", "tie_decisions"):
        touch_attr(ws, name)
    ws.votes[:] = [v for v in ws.votes if (v.participant is None) != paper]
    ws.theme_votes[:] = [v for v in ws.theme_votes if (v.participant is None) != paper]
    ws.tie_decisions.clear()


# -- totals -------------------------------------------------------------------
def kept_themes_first_stage(ws: Workshop) -> list[str]:
    """Themes kept by the first stage (ties settled); used to guard stage two."""
    return [t.id for t in results(ws).themes if t.kept]
