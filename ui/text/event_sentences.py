"""The sentences of groups, projects and large events (rooms merged), by catalogue key.

Same form as :mod:`ui.text.editing_sentences`: ``f"{domain}.{code}"`` → the
French source, English in ``resources/locale/en/.../cafe.po``.
"""

from __future__ import annotations

from ui.text import N_

SENTENCES = {
    "groups.unknown_group": N_("Le groupe « {group} » n'existe plus."),
    "groups.has_host": N_(
        "« {group} » a un·e capitaine : c'est une table, pas un groupe qui choisit sa question."),
    "groups.unknown_question": N_("La question « {question} » n'existe pas."),
    "groups.question_chosen": N_(
        "Le groupe « {group} » a choisi sa question : changez-la dans la page Groupes et projets."),
    "groups.empty_title": N_("Le projet n'a pas de titre : donnez-lui un titre avant de valider."),
    "groups.too_long": N_("{field} est trop long ({length} {length|caractère|caractères}, {max} au plus)."),
    "groups.not_a_project": N_("« {idea} » est une idée, pas un projet."),
    "event.room_is_event": N_(
        "« {name} » est lui-même un événement (des salles y sont fusionnées) : fusionnez "
        "plutôt les fichiers des salles."),
    "event.unknown_room": N_("La salle « {room} » n'est pas dans cet événement."),
    "event.same_file": N_(
        "« {name} » est le fichier de l'événement lui-même : choisissez les fichiers des salles."),
    "vote.room_tallies": N_(
        "« {idea} » a des gommettes comptées dans les salles : saisissez le compte de chaque "
        "salle dans la page Salles."),
    "vote.bad_rule": N_("Règle de vote inconnue : « {rule} »."),
    "vote.tie.doubles_pending": N_(
        "{count} {count|idée comptée|idées comptées} deux fois par une même salle : gardez le bon compte "
        "(page Salles) avant de faire les actions."),
    "validate.bad_vote_rule": N_("La règle de vote « {rule} » est inconnue."),
}

#: words passed as parameters (see ui.text.messages.WORDS)
WORDS = {
    "setting.laureates": N_("projets lauréats"),
    "project.description": N_("La description du projet"),
    "project.practical": N_("Le détail pratique du projet"),
}
