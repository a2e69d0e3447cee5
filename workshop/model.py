"""The domain: plain dataclasses for one workshop (atelier).

Every entity has a stable string id.  Nothing here knows about files or
screens: storage lives in :mod:`workshop.storage.store`, checks in
:mod:`workshop.validate`.  New fields must have defaults so that files
written before they existed still load (see :mod:`workshop.storage.serial`).
"""

# No ``from __future__ import annotations`` here, on purpose: with real
# annotations the 17 dataclasses are built ≈ 4 ms faster at start-up, and
# workshop.storage.serial reads their types without compiling strings.  So a class
# must be defined before a field or signature of this module names it.
from dataclasses import dataclass, field

CATEGORIES = ("locataire", "accédant", "salarié", "partenaire", "élu", "autre")

STEP_KINDS = (
    "welcome",
    "introduction",
    "round",
    "transition",
    "plenary",
    "vote",
    "closing",
    "bilan",
)

#: the one list of an action's statuses, for the plan page and the bilan alike
#: (prévue, en cours, réalisée, reportée, abandonnée); words live in the catalogues
ACTION_STATUSES = ("planned", "in_progress", "done", "postponed", "abandoned")


@dataclass
class Participant:
    """A person at the workshop.  Contacts are optional and need consent."""

    id: str
    first_name: str
    last_name: str = ""
    category: str = ""
    needs_accessible: bool = False
    needs: str = ""
    present: bool = False
    notes: str = ""
    email: str = ""
    phone: str = ""
    consent_contact: bool = False
    pinned: str | None = None
    absent_rounds: list[int] = field(default_factory=list)
    residence: str = ""
    # agreed to be carried into next year's workshop (off: only an anonymous count goes)
    keep_next_year: bool = False
    organisation: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def short_name(self) -> str:
        """First name and initial: what a projector shows by default."""
        if not self.last_name:
            return self.first_name
        return f"{self.first_name} {self.last_name[0]}."


@dataclass
class Theme:
    """A question discussed at one or more tables."""

    id: str
    title: str
    question: str = ""
    colour: str = "#4a90d9"


@dataclass
class Table:
    """A place in the room; its host (capitaine) never moves."""

    id: str
    name: str
    theme: str | None = None
    host: str | None = None
    capacity: int = 6
    accessible: bool = True
    # a group (a table without capitaine) that chose its question: its theme is fixed
    theme_chosen: bool = False


@dataclass
class Round:
    """One timed conversation period: who sits at which table."""

    seating: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Rotation:
    """The plan de table: settings and the seating of every round."""

    round_count: int = 4
    round_minutes: int = 20
    rounds: list[Round] = field(default_factory=list)
    played: int = 0
    keep_apart: list[list[str]] = field(default_factory=list)
    keep_together: list[list[str]] = field(default_factory=list)
    seed: int = 0
    # "themes": everyone sees as many themes as possible, then the fewest repeated
    # meetings; "people": the other way round (issue 18)
    priority: str = "themes"
    # at most max_per_organisation people sharing this participant field at a table
    # (e.g. "residence"); "" or 0: no such rule
    organisation_field: str = ""
    max_per_organisation: int = 0


@dataclass
class AgendaStep:
    """One step of the run of show (déroulé)."""

    id: str
    kind: str
    title: str = ""
    minutes: int = 10
    round_index: int | None = None


@dataclass
class CountdownState:
    """A countdown as saved in the file: wall-clock based, so it survives a restart.

    ``elapsed_s`` is the time elapsed when the state was written, at wall-clock
    time ``saved_at`` (``time.time()``); a running countdown adds the time since.
    """

    duration_s: float = 0.0
    elapsed_s: float = 0.0
    running: bool = False
    started: bool = False
    saved_at: float = 0.0


@dataclass
class ShowState:
    """The run of show being played: current step, its countdown, projector options."""

    step: int = 0
    countdown: CountdownState | None = None
    warning_s: int = 120
    full_names: bool = False
    planned_start: str = ""


@dataclass
class IdeaSource:
    """Where (part of) an idea was noted."""

    table: str | None = None
    round: int | None = None


@dataclass
class Idea:
    """A proposal noted at a table; belongs to a theme."""

    id: str
    text: str
    theme: str | None = None
    table: str | None = None
    round: int | None = None
    sources: list[IdeaSource] = field(default_factory=list)
    merged_into: str | None = None
    # "project": a group's project (``text`` is its title); see workshop.groups
    kind: str = "idea"
    description: str = ""
    practical: str = ""


@dataclass
class RoundSummary:
    """What a table's capitaine said of one round (typed afterwards, or at the plenary)."""

    table: str
    round: int
    text: str = ""


@dataclass
class NappePhoto:
    """A photo of a table's paper tablecloth (nappe), kept in the workshop's photo folder.

    ``faces``: people can be recognised on it (taken with their agreement).
    """

    id: str
    table: str | None = None
    round: int | None = None
    file: str = ""
    width: int = 0
    height: int = 0
    faces: bool = False


@dataclass
class Vote:
    """Dots (gommettes) given to an idea, by one person or counted on paper."""

    idea: str
    dots: int
    participant: str | None = None
    stage: str = "actions"
    # an event's paper tally: the room it was counted in (``RoomRecord.key``) and
    # whether it came with the room's file (a merge replaces those) or was typed here
    room: str | None = None
    from_room_file: bool = False


@dataclass
class ThemeVote:
    """Dots given to a theme in the first stage of a two-stage vote."""

    theme: str
    dots: int
    participant: str | None = None


@dataclass
class TieDecision:
    """How a tie at a cut-off (themes kept, actions per theme) was settled.

    ``stage`` is ``"themes"`` or ``"actions"`` (then ``theme`` says which);
    ``tied`` holds the tied theme or idea ids, ``places`` how many of them
    are kept.  ``method`` is ``"runoff"`` (``runoff`` holds the dots of
    the run-off vote) or ``"decision"`` (``reason`` says why).
    """

    id: str
    stage: str
    tied: list[str] = field(default_factory=list)
    places: int = 1
    theme: str | None = None
    method: str = "runoff"
    runoff: dict[str, int] = field(default_factory=dict)
    chosen: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class VoteSettings:
    dots_per_participant: int = 5
    themes_kept: int = 3
    actions_per_theme: int = 2
    several_dots_per_idea: bool = True
    mode: str = "paper"
    two_stage: bool = False
    # "themes": themes_kept × actions_per_theme; "laureates": the N winning projects
    rule: str = "themes"
    laureates: int = 3


@dataclass
class StatusChange:
    """One dated change of an action's status (the plan page and the bilan share them)."""

    date: str
    status: str
    reason: str = ""


@dataclass
class Action:
    """A kept idea turned into a planned action of the annual plan."""

    id: str
    title: str
    theme: str | None = None
    idea: str | None = None
    description: str = ""
    referents: list[str] = field(default_factory=list)
    start_month: int = 1
    end_month: int = 12
    # chosen positions in the period (a meal each quarter: [1, 4, 7, 10]);
    # empty: every month from start_month to end_month, as before this field
    months: list[int] = field(default_factory=list)
    budget: str = ""
    indicator: str = ""
    url: str = ""
    status: str = "planned"
    status_reason: str = ""
    # the bilan: what was done, the indicator's result, when any of it last changed
    done: str = ""
    result: str = ""
    updated: str = ""
    history: list[StatusChange] = field(default_factory=list)


@dataclass
class PastAction(Action):
    """An action of last year's plan, carried into this workshop's bilan."""


@dataclass
class Referent:
    """How a référent (as typed in the actions) appears on the public follow-up site.

    Named publicly only when that person agreed (``public``); otherwise by role only.
    """

    name: str
    role: str = ""
    public: bool = False


@dataclass
class AnnualPlan:
    """The programmation annuelle: kept actions over a 12-month period."""

    year: int = 2027
    first_month: int = 1
    url_pattern: str = ""
    general_url: str = ""
    actions: list[Action] = field(default_factory=list)
    residence: str = ""  # printed in the header; empty: the first part of ``place``
    contact: str = ""  # who to ask about the plan (printed on it); empty: the organisation
    referent_details: list[Referent] = field(default_factory=list)


@dataclass
class Bilan:
    """Last year's plan, carried into this workshop: its actions and where they come from.

    Last year's participants leave only anonymous counts here (``people``, by
    category); those who agreed to be kept were copied as participants.
    """

    source_title: str = ""
    source_date: str = ""
    organisation: str = ""
    residence: str = ""
    year: int = 0
    first_month: int = 1
    themes: list[Theme] = field(default_factory=list)
    actions: list[PastAction] = field(default_factory=list)
    people: dict[str, int] = field(default_factory=dict)
    kept_people: int = 0


@dataclass
class RoomRecord:
    """One room merged into an event (see :mod:`workshop.event`).

    A room is known by its workshop's ``workshop_id``, ``title`` and ``place``;
    what it brought carries ids prefixed with ``key`` (``S2.P014``).  ``themes``
    maps the room's theme ids to the event's; ``given`` remembers, per idea, the
    theme and the merge the room gave last time, so that a new merge of the
    room keeps what was decided at the event since; ``settled`` lists the ideas
    whose count for this room was corrected at the event (the room's count of
    them is no longer brought).
    """

    key: str
    name: str
    workshop_id: str = ""
    title: str = ""
    place: str = ""
    file_name: str = ""
    themes: dict[str, str] = field(default_factory=dict)
    given: dict[str, list[str]] = field(default_factory=dict)
    settled: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:  # noqa: A003 - the name every item's id has (undo reports it)
        return self.key


@dataclass
class Workshop:
    """One event, one file."""

    id: str
    title: str
    date: str = ""
    place: str = ""
    organisation: str = ""
    facilitator: str = ""
    participants: list[Participant] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    rotation: Rotation = field(default_factory=Rotation)
    agenda: list[AgendaStep] = field(default_factory=list)
    ideas: list[Idea] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    theme_votes: list[ThemeVote] = field(default_factory=list)
    tie_decisions: list[TieDecision] = field(default_factory=list)
    vote_settings: VoteSettings = field(default_factory=VoteSettings)
    plan: AnnualPlan = field(default_factory=AnnualPlan)
    show: ShowState = field(default_factory=ShowState)
    # people erased on request, counted by category: history stays, names go
    erased_counts: dict[str, int] = field(default_factory=dict)
    bilan: Bilan = field(default_factory=Bilan)
    # an event gathering several rooms' workshops (workshop.event): empty otherwise
    rooms: list[RoomRecord] = field(default_factory=list)
    # the harvest of the tables (workshop.harvest): capitaines' summaries, photos of nappes
    summaries: list[RoundSummary] = field(default_factory=list)
    photos: list[NappePhoto] = field(default_factory=list)

    def participant(self, pid: str) -> Participant | None:
        return next((p for p in self.participants if p.id == pid), None)

    def theme(self, tid: str | None) -> Theme | None:
        return next((t for t in self.themes if t.id == tid), None)

    def table(self, tid: str | None) -> Table | None:
        return next((t for t in self.tables if t.id == tid), None)


def new_id(prefix: str, taken: set[str] | list[str]) -> str:
    """The first free id of the form PREFIX + number (P01, T7, ...)."""
    taken = set(taken)
    n = len(taken) + 1
    while f"{prefix}{n:02d}" in taken:
        n += 1
    return f"{prefix}{n:02d}"
