"""Checks of a workshop's consistency, with messages a facilitator reads."""

from __future__ import annotations

from collections import Counter
from workshop.messages import WorkshopError, language
from workshop.model import STEP_KINDS, Workshop


class ValidationError(WorkshopError):
    messages = {
        "duplicate_id": (
            "L'identifiant « {id} » est utilisé par plusieurs {kind}.",
            "The id “{id}” is used by several {kind}.",
        ),
        "empty_id": ("Un·e {kind} n'a pas d'identifiant.", "A {kind} has no id."),
        "unknown_host": (
            "La table « {table} » a pour capitaine « {host} », qui n'est pas dans les participants.",
            "Table “{table}” has host “{host}”, who is not a participant.",
        ),
        "host_twice": (
            "« {host} » est capitaine de deux tables : {tables}.",
            "“{host}” hosts two tables: {tables}.",
        ),
        "unknown_theme": (
            "La table « {table} » a un thème inconnu : « {theme} ».",
            "Table “{table}” has an unknown theme: “{theme}”.",
        ),
        "bad_capacity": (
            "La table « {table} » doit avoir au moins 1 place (elle en a {capacity}).",
            "Table “{table}” needs at least 1 seat (it has {capacity}).",
        ),
        "unknown_pin": (
            "« {participant} » est fixé·e à une table inconnue : « {table} ».",
            "“{participant}” is pinned to an unknown table: “{table}”.",
        ),
        "bad_rounds": (
            "Le nombre de tours doit être entre 1 et 20 (il vaut {count}).",
            "The number of rounds must be between 1 and 20 (it is {count}).",
        ),
        "seat_unknown": (
            "Le tour {round} place « {participant} » qui n'est pas dans les participants.",
            "Round {round} seats “{participant}”, who is not a participant.",
        ),
        "seat_table_unknown": (
            "Le tour {round} utilise une table inconnue : « {table} ».",
            "Round {round} uses an unknown table: “{table}”.",
        ),
        "unknown_idea": (
            "Un vote porte sur une idée inconnue : « {idea} ».",
            "A vote refers to an unknown idea: “{idea}”.",
        ),
        "negative_dots": (
            "Un vote compte un nombre de gommettes négatif ({dots}).",
            "A vote has a negative number of dots ({dots}).",
        ),
        "unknown_theme_ref": (
            "{what} renvoie à un thème inconnu : « {theme} ».",
            "{what} refers to an unknown theme: “{theme}”.",
        ),
        "unknown_tied": (
            "Une égalité enregistrée porte sur « {item} », qui n'existe plus.",
            "A recorded tie refers to “{item}”, which no longer exists.",
        ),
        "unknown_step_kind": (
            "L'étape « {step} » du déroulé a un type inconnu : « {kind} ».",
            "Run-of-show step “{step}” has an unknown kind: “{kind}”.",
        ),
        "bad_month": (
            "L'action « {action} » a des mois invalides ({start}–{end}).",
            "Action “{action}” has invalid months ({start}–{end}).",
        ),
    }


KIND_WORDS = {
    "participants": ("participant·es", "participants"),
    "themes": ("thèmes", "themes"),
    "tables": ("tables", "tables"),
    "agenda": ("étapes du déroulé", "agenda steps"),
    "ideas": ("idées", "ideas"),
    "actions": ("actions", "actions"),
}


def problems(ws: Workshop) -> list[ValidationError]:
    """Every consistency problem of ``ws`` (empty list when sound)."""
    found: list[ValidationError] = []
    found += _id_problems(ws)
    found += _table_problems(ws)
    found += _participant_problems(ws)
    found += _rotation_problems(ws)
    found += _vote_and_plan_problems(ws)
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
        word = KIND_WORDS[kind][1 if language() == "en" else 0]
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


def _say(french: str, english: str) -> str:
    return english if language() == "en" else french


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
        ValidationError("unknown_theme_ref", what=_say("Un vote", "A vote"), theme=v.theme)
        for v in ws.theme_votes
        if v.theme not in themes
    ]
    found += [
        ValidationError("unknown_theme_ref", what=_say("L'idée", "The idea") + f" « {i.text[:40]} »",
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
    return found
