"""Domain errors and notes as one sentence in the reader's language.

The domain (``workshop/``) reports a code and parameters
(:class:`workshop.errors.Notice`); :func:`describe` finds the French template
of its ``key``, translates it with the gettext catalogue and fills it.  A
parameter that is a :class:`workshop.errors.Word` is a key of :data:`WORDS`
and is translated too (« participant·es » / "participants").
"""

from __future__ import annotations

from workshop.errors import Notice, Word

from ui.text import N_, catalogue, language
from ui.text.plural import fill
from ui.text.editing_sentences import SENTENCES as EDITING
from ui.text.event_sentences import SENTENCES as EVENTS
from ui.text.event_sentences import WORDS as EVENT_WORDS
from ui.text.file_sentences import SENTENCES as FILES
from ui.text.rotation_sentences import SENTENCES as ROTATION

MESSAGES: dict[str, str] = {**EDITING, **FILES, **ROTATION, **EVENTS}

#: words passed as parameters; a word may use the notice's other parameters
WORDS: dict[str, str] = {
    "kind.participants": N_("participant·es"),
    "kind.themes": N_("thèmes"),
    "kind.tables": N_("tables"),
    "kind.agenda": N_("étapes du déroulé"),
    "kind.ideas": N_("idées"),
    "kind.actions": N_("actions"),
    "what.vote": N_("Un vote"),
    "what.idea": N_("L'idée « {idea} »"),
    "stage.themes": N_("Vote des thèmes"),
    "stage.actions": N_("Vote des actions"),
    "setting.dots_per_participant": N_("gommettes par personne"),
    "setting.themes_kept": N_("thèmes retenus"),
    "setting.actions_per_theme": N_("actions par thème"),
    "how.name": N_("même nom"),
    "how.email": N_("même courriel"),
    "field.general_url": N_("L'adresse de suivi générale"),
    "field.action_url": N_("L'adresse de suivi de l'action « {action} »"),
    **EVENT_WORDS,
}


def describe(notice: Notice, lang: str | None = None) -> str:
    """The sentence of an error or a note, in ``lang`` (default: the current language).

    An unknown key gives the log form (key and parameters) rather than
    nothing: a missing sentence shows up in tests instead of hiding a fault.
    """
    template = MESSAGES.get(notice.key)
    if template is None:
        return str(notice)
    t = catalogue(lang)
    params = {name: t.gettext(WORDS[value]).format(**notice.params)
              if isinstance(value, Word) and value in WORDS else value
              for name, value in notice.params.items()}
    # counted words ({n|place|places}) take the form of the language they are in
    return fill(t.gettext(template), lang or language(), **params)
