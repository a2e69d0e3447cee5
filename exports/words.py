"""The words printed on the documents, French first, English second.

Exports never import Qt: the caller passes words already translated
(``export_all(..., words=...)``).  The command line and the UI take them
from here with :func:`words_for`; a caller may override any key.
"""

from __future__ import annotations

from workshop.messages import language

WORDS: dict[str, tuple[str, str]] = {
    "months": ("janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,"
               "décembre", "January,February,March,April,May,June,July,August,September,"
               "October,November,December"),
    "months_short": ("janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc.",
                     "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec"),
    "page": ("page {page} / {pages}", "page {page} / {pages}"),
    "plan_title": ("Programmation annuelle {year}", "Annual action plan {year}"),
    "plan_intro": ("Les actions retenues par les habitants lors de l'atelier du {date}.",
                   "The actions chosen by residents at the workshop of {date}."),
    "organisation": ("Organisation", "Organisation"),
    "residence": ("Résidence", "Residence"),
    "workshop_date": ("Atelier du", "Workshop of"),
    "action": ("Action", "Action"),
    "theme": ("Thème", "Theme"),
    "referents": ("Référents", "Leads"),
    "indicator": ("Indicateur de réussite", "Success indicator"),
    "budget": ("Budget", "Budget"),
    "period": ("Période", "Period"),
    "status": ("Statut", "Status"),
    "follow_up": ("Suivre cette action", "Follow this action"),
    "general_follow_up": ("Suivre toutes les actions de l'année", "Follow every action of the year"),
    "no_actions": ("Aucune action n'est encore inscrite à la programmation.",
                   "No action is in the plan yet."),
    "to_be_named": ("à désigner", "to be named"),
    "status.planned": ("prévue", "planned"),
    "status.in_progress": ("en cours", "in progress"),
    "status.done": ("réalisée", "done"),
    "status.abandoned": ("abandonnée", "abandoned"),
    "report_title": ("Compte rendu de l'atelier", "Workshop report"),
    "report_anonymous": ("version sans noms", "version without names"),
    "participation": ("Participation", "Participation"),
    "participants_count": ("{count} participant·es inscrit·es, {present} présent·es.",
                           "{count} registered participants, {present} present."),
    "participants_only": ("{count} participant·es.", "{count} participants."),
    "category": ("Catégorie", "Category"),
    "count": ("Nombre", "Number"),
    "rounds_line": ("{rounds} tours de {minutes} minutes autour de {tables} tables.",
                    "{rounds} rounds of {minutes} minutes around {tables} tables."),
    "round": ("Tour {n}", "Round {n}"),
    "seated": ("{count} personnes assises", "{count} people seated"),
    "ideas_votes": ("Les idées et leurs votes", "Ideas and their votes"),
    "ideas_intro": ("Toutes les idées sont rapportées, retenues ou non, avec leurs gommettes.",
                    "Every idea is reported, kept or not, with its dots."),
    "idea": ("Idée", "Idea"),
    "dots": ("Gommettes", "Dots"),
    "kept": ("Retenue", "Kept"),
    "not_kept": ("Non retenue", "Not kept"),
    "theme_kept": ("thème retenu", "theme kept"),
    "theme_not_kept": ("thème non retenu", "theme not kept"),
    "theme_dots": ("{dots} gommettes", "{dots} dots"),
    "no_ideas": ("Aucune idée notée pour ce thème.", "No idea noted for this theme."),
    "ties": ("Égalités et départages", "Ties and how they were settled"),
    "tie_runoff": ("Égalité entre {tied} : départagée par un second vote ({runoff}). Retenu : {chosen}.",
                   "Tie between {tied}: settled by a run-off vote ({runoff}). Kept: {chosen}."),
    "tie_decision": ("Égalité entre {tied} : décision de l'assemblée ({reason}). Retenu : {chosen}.",
                     "Tie between {tied}: decided by the meeting ({reason}). Kept: {chosen}."),
    "tie_open": ("Égalité entre {tied} : pas encore départagée.",
                 "Tie between {tied}: not settled yet."),
    "no_ties": ("Aucune égalité n'a dû être départagée.", "No tie had to be settled."),
    "the_plan": ("La programmation annuelle", "The annual plan"),
    "facilitator": ("Animation : {name}", "Facilitator: {name}"),
    "hosts_title": ("Fiche capitaine", "Table host sheet"),
    "host": ("Capitaine : {name}", "Host: {name}"),
    "host_none": ("Capitaine : à désigner", "Host: to be named"),
    "host_role": ("Vous restez à cette table pendant tous les tours et accueillez chaque groupe.\n"
                  "Au début de chaque tour, résumez en deux minutes ce qui a été dit avant.",
                  "You stay at this table for every round and welcome each group.\n"
                  "At the start of each round, sum up in two minutes what was said before."),
    "question": ("Question", "Question"),
    "who_comes": ("Qui vient à chaque tour", "Who comes in each round"),
    "nobody": ("personne", "nobody"),
    "notes": ("Notes", "Notes"),
    "no_rotation": ("Le plan de table n'est pas encore calculé.",
                    "The seating plan has not been computed yet."),
    "itinerary_title": ("Mon parcours", "My route"),
    "itinerary_host": ("Capitaine : je reste à {table}", "Host: I stay at {table}"),
    "absent": ("absent·e", "absent"),
    "cut_here": ("découper", "cut"),
    "attendance_title": ("Feuille d'émargement", "Attendance sheet"),
    "last_name": ("Nom", "Last name"),
    "first_name": ("Prénom", "First name"),
    "signature": ("Signature", "Signature"),
    "number": ("N°", "No."),
    "data_note": ("Vos nom et signature servent seulement à attester votre présence à cet atelier ; "
                  "la feuille est conservée par l'organisation et n'est transmise à personne.",
                  "Your name and signature only record your presence at this workshop; the sheet "
                  "is kept by the organisation and shared with no one."),
    "extra_lines": ("Personnes non inscrites", "People not registered"),
    "category.locataire": ("Locataires", "Tenants"),
    "category.accédant": ("Accédants", "Home buyers"),
    "category.salarié": ("Salariés", "Staff"),
    "category.partenaire": ("Partenaires", "Partners"),
    "category.élu": ("Élus", "Elected members"),
    "category.autre": ("Autres", "Others"),
    "category.": ("Sans catégorie", "No category"),
    "one.locataire": ("Locataire", "Tenant"),
    "one.accédant": ("Accédant", "Home buyer"),
    "one.salarié": ("Salarié", "Staff"),
    "one.partenaire": ("Partenaire", "Partner"),
    "one.élu": ("Élu", "Elected member"),
    "one.autre": ("Autre", "Other"),
}


def words_for(lang: str | None = None) -> dict[str, str]:
    """Every word in one language (``fr`` unless English is asked for)."""
    index = 1 if (lang or language()) == "en" else 0
    return {key: pair[index] for key, pair in WORDS.items()}
