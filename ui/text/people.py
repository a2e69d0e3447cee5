"""Words about people written to files: list headers and the access-request record.

:mod:`workshop.people.export` holds the data (which columns, what is held
about a person); the words a reader sees are chosen here, in the current
language, and handed to it.
"""

from __future__ import annotations

from ui.text import N_, catalogue, language
from ui.text.plural import fill as plural_fill
from workshop.model import Workshop
from workshop.people.export import person_record

FIELDS = {
    "first_name": N_("Prénom"),
    "last_name": N_("Nom"),
    "category": N_("Catégorie"),
    "residence": N_("Résidence"),
    "needs": N_("Besoins"),
    "needs_accessible": N_("Table accessible"),
    "present": N_("Présent·e"),
    "notes": N_("Remarques"),
    "email": N_("Courriel"),
    "phone": N_("Téléphone"),
    "consent_contact": N_("Consentement contact"),
    "id": N_("Identifiant"),
    "pinned": N_("Table fixée"),
    "absent_rounds": N_("Absent·e aux tours"),
    "keep_next_year": N_("Accord pour l'atelier de l'an prochain"),
}


def csv_words(lang: str | None = None) -> dict[str, str]:
    """Headers and yes/no for :func:`workshop.people.export.list_csv`."""
    t = catalogue(lang)
    return {**{attr: t.gettext(text) for attr, text in FIELDS.items()},
            "yes": t.gettext("oui"), "no": t.gettext("non")}


def person_report(ws: Workshop, pid: str, lang: str | None = None) -> str:
    """What is held about ``pid`` as plain text a person can read (access request)."""
    t = catalogue(lang)
    words = csv_words(lang)

    def text(value: object) -> str:
        if isinstance(value, bool):
            return words["yes"] if value else words["no"]
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)

    record = person_record(ws, pid)
    person = record["participant"]
    name = f"{person['first_name']} {person['last_name']}".strip()
    lines = [t.gettext("Données détenues sur {name}").format(name=name),
             t.gettext("Atelier : {title} ({date}), {organisation}").format(**record["workshop"]),
             "", t.gettext("Fiche")]
    for attr, value in person.items():
        lines.append(f"  {words.get(attr, attr)} : {text(value)}")
    lines.append("")
    host = t.gettext("Capitaine de la table")
    lines += [f"{host} : {table}" for table in record["hosts"]]
    lines += [t.gettext("Tour {round} : table {table}").format(**seat) for seat in record["seats"]]
    lines += [plural_fill(t.gettext("Vote : {dots} {dots|gommette|gommettes} pour « {on} »"),
                          lang or language(), **vote)
              for vote in record["votes"]]
    referent = t.gettext("Référent·e de l'action")
    lines += [f"{referent} : {title}" for title in record["referent_of"]]
    lines.append(t.gettext("Contraintes de placement avec d'autres personnes : {n}").format(
        n=record["seating_constraints"]))
    return "\n".join(lines) + "\n"
