"""The sentences of the errors met while editing a workshop, by catalogue key.

``key`` = ``f"{domain}.{code}"`` of a :class:`workshop.errors.WorkshopError`;
the value is the French source (the gettext msgid), ``{fields}`` filled from
the error's parameters.  English is in ``resources/locale/en/.../cafe.po``.
Kept apart from :mod:`ui.text.file_sentences` only to keep each table short.
"""

from __future__ import annotations

from ui.text import N_

SENTENCES = {
    "validate.duplicate_id": N_("L'identifiant « {id} » est utilisé par plusieurs {kind}."),
    "validate.empty_id": N_("Un·e {kind} n'a pas d'identifiant."),
    "validate.unknown_host": N_(
        "La table « {table} » a pour capitaine « {host} », qui n'est pas dans les participants."),
    "validate.host_twice": N_("« {host} » est capitaine de deux tables : {tables}."),
    "validate.unknown_theme": N_("La table « {table} » a un thème inconnu : « {theme} »."),
    "validate.bad_capacity": N_(
        "La table « {table} » doit avoir au moins 1 place (elle en a {capacity})."),
    "validate.unknown_pin": N_("« {participant} » est fixé·e à une table inconnue : « {table} »."),
    "validate.bad_rounds": N_("Le nombre de tours doit être entre 1 et 20 (il vaut {count})."),
    "validate.seat_unknown": N_(
        "Le tour {round} place « {participant} » qui n'est pas dans les participants."),
    "validate.seat_table_unknown": N_("Le tour {round} utilise une table inconnue : « {table} »."),
    "validate.unknown_idea": N_("Un vote porte sur une idée inconnue : « {idea} »."),
    "validate.negative_dots": N_("Un vote compte un nombre de gommettes négatif ({dots})."),
    "validate.unknown_theme_ref": N_("{what} renvoie à un thème inconnu : « {theme} »."),
    "validate.unknown_tied": N_("Une égalité enregistrée porte sur « {item} », qui n'existe plus."),
    "validate.unknown_step_kind": N_(
        "L'étape « {step} » du déroulé a un type inconnu : « {kind} »."),
    "validate.bad_month": N_("L'action « {action} » a des mois invalides ({start}–{end})."),
    "validate.bad_date": N_(
        "La date de l'atelier « {value} » n'est pas une date (AAAA-MM-JJ) : elle est imprimée "
        "telle quelle."),
    "validate.bad_warning": N_(
        "L'alerte de fin d'étape vaut {value} {value|seconde|secondes} : elle doit être entre 0 et {max} "
        "minutes."),
    "validate.bad_start": N_(
        "L'heure de début prévue « {value} » n'est pas une heure (14:00, 9h30…)."),
    "validate.step_minutes": N_(
        "L'étape « {step} » dure {value} {value|minute|minutes} : il faut entre 1 et {max} {max|minute|minutes}."),
    "validate.bad_url": N_(
        "{field} « {url} » n'est pas une adresse web http(s) acceptable : elle n'est ni imprimée"
        " ni mise en QR code."),
    "validate.long_url": N_(
        "{field} fait {length} {length|caractère|caractères} : au plus {limit}, pour que son QR code reste lisible "
        "à sa taille imprimée ; elle n'est ni imprimée ni mise en QR code."),
    "validate.bad_pattern": N_("Le modèle d'adresse de suivi « {value} » n'est pas valable."),
    "validate.bad_year": N_(
        "L'année de la programmation ({value}) doit être entre {low} et {high}."),
    "validate.bad_first_month": N_(
        "Le premier mois de la programmation ({value}) doit être entre 1 et 12."),
    "validate.bad_status": N_("L'action « {action} » a un statut inconnu : « {status} »."),
    "validate.bad_colour": N_("Le thème « {theme} » a une couleur invalide : « {value} »."),
    "validate.too_many_seats": N_("La table « {table} » a {capacity} {capacity|place|places} : au plus {max}."),
    "validate.bad_round_minutes": N_(
        "Les tours durent {value} {value|minute|minutes} : il faut entre 1 et {max} {max|minute|minutes}."),
    "validate.bad_played": N_("{value} {value|tour|tours} sont marqués joués sur {max} {max|tour|tours} planifiés."),
    "validate.vote_setting": N_(
        "Le réglage du vote « {setting} » vaut {value} : il faut entre {low} et {high}."),
    "validate.bad_vote_mode": N_("Le mode de vote « {mode} » est inconnu."),
    "validate.too_many_dots": N_("Un vote compte {dots} {dots|gommette|gommettes} : au plus {max}."),
    "validate.bad_months": N_("L'action « {action} » a des mois choisis hors de 1 à 12."),

    "edit.empty_name": N_("Le nom ne peut pas être vide."),
    "edit.empty_title": N_("Le titre ne peut pas être vide."),
    "edit.unknown_participant": N_("Cette personne n'existe plus dans l'atelier."),
    "edit.contact_needs_consent": N_(
        "{person} n'a pas accepté d'être contacté·e : cochez d'abord son consentement pour "
        "noter un courriel ou un téléphone."),
    "edit.bad_email": N_(
        "« {value} » n'est pas une adresse de courriel (exemple : prenom.nom@exemple.fr)."),
    "edit.bad_phone": N_(
        "« {value} » n'est pas un numéro de téléphone (chiffres, espaces, + au début)."),
    "edit.unknown_table": N_("Cette table n'existe plus."),
    "edit.unknown_theme": N_("Ce thème n'existe plus."),
    "edit.already_host": N_(
        "{person} est déjà capitaine de « {table} » : une personne anime une seule table."),
    "edit.bad_capacity": N_("Une table a entre 1 et {max} {max|place|places} (vous avez indiqué {value})."),
    "edit.bad_rounds": N_(
        "Le nombre de tours doit être entre 1 et {max} (vous avez indiqué {value})."),
    "edit.bad_minutes": N_("Un tour dure entre 1 et {max} {max|minute|minutes} (vous avez indiqué {value})."),
    "edit.bad_priority": N_(
        "La priorité du plan de table est « themes » ou « people » (pas « {value} »)."),
    "edit.bad_year": N_("L'année doit être entre 2000 et 2100 (vous avez indiqué {value})."),
    "edit.bad_date": N_("La date « {value} » n'est pas une date valide."),
    "edit.bad_colour": N_("La couleur « {value} » n'est pas reconnue (exemple : #2e8b57)."),
    "edit.round_locked": N_("Le tour {round} a déjà eu lieu : il est verrouillé."),
    "edit.no_round": N_("Le tour {round} n'existe pas."),
    "edit.host_moves": N_("{person} est capitaine de « {table} » et reste à sa table."),
    "edit.not_seated": N_("{person} n'est placé·e à aucune table au tour {round}."),
    "edit.bad_played": N_("On peut verrouiller de 0 à {max} {max|tour|tours} (vous avez indiqué {value})."),

    "agenda.minutes": N_(
        "La durée d'une étape doit être un nombre entier de minutes entre 1 et {max}."),
    "agenda.kind": N_("Type d'étape inconnu : « {kind} »."),
    "agenda.step": N_("Cette étape n'existe plus dans le déroulé."),
    "agenda.start": N_(
        "Heure de début illisible : « {text} » (écrivez par exemple 14:00 ou 14h30)."),

    "ideas.empty_text": N_("Le texte de l'idée est vide : tapez l'idée avant de valider."),
    "ideas.unknown_idea": N_("L'idée « {idea} » n'existe plus (elle a peut-être été supprimée)."),
    "ideas.unknown_theme": N_("Le thème « {theme} » n'existe pas."),
    "ideas.unknown_table": N_("La table « {table} » n'existe pas."),
    "ideas.bad_round": N_("Le tour {round} n'existe pas : choisissez un tour entre 1 et {count}."),
    "ideas.merge_too_few": N_("Choisissez au moins deux idées à regrouper."),
    "ideas.not_merged": N_(
        "L'idée « {idea} » ne regroupe pas d'autres idées : il n'y a rien à séparer."),

    "plan.url_empty": N_("L'adresse est vide."),
    "plan.url_control": N_(
        "L'adresse contient un caractère invisible (tabulation, retour à la ligne…) : retapez-"
        "la."),
    "plan.url_space": N_("L'adresse contient une espace : une adresse web n'en a jamais."),
    "plan.url_scheme": N_(
        "Seules les adresses web en http ou https sont acceptées (pas « {scheme} »)."),
    "plan.url_no_host": N_(
        "L'adresse doit contenir un nom de site, par exemple https://exemple.coop/suivi."),
    "plan.url_credentials": N_(
        "L'adresse ne doit pas contenir d'identifiant ni de mot de passe (partie avant « @ »)."),
    "plan.url_host": N_(
        "« {host} » n'est pas un nom de site valable (il faut par exemple exemple.coop)."),
    "plan.url_port": N_("Le port de l'adresse n'est pas valable."),
    "plan.url_too_long": N_(
        "L'adresse est trop longue ({length} {length|caractère|caractères}, {limit} au plus) : utilisez une "
        "adresse courte."),
    "plan.pattern_field": N_(
        "Le modèle d'adresse doit contenir {field} (remplacé par le nom de chaque action)."),
    "plan.month_range": N_("Le mois doit être entre 1 et 12 (reçu : {month})."),
    "plan.month_order": N_("L'action ne peut pas finir avant de commencer."),
    "plan.status": N_("Statut inconnu : « {status} »."),
    "plan.reason_needed": N_(
        "Dites pourquoi l'action est abandonnée : la transparence compte pour les habitants."),
    "plan.title_empty": N_("Une action doit avoir un titre."),
    "plan.unknown_action": N_("Action inconnue : « {id} »."),
    "plan.unknown_field": N_("Champ inconnu : « {field} »."),
    "bilan.unknown_action": N_("Action inconnue dans le bilan : « {id} »."),
    "status.unknown": N_("Statut inconnu : « {status} »."),
    "status.reason_needed": N_(
        "Dites pourquoi l'action est abandonnée : la transparence compte pour les habitants."),
    "referent.empty": N_("Un·e référent·e doit avoir un nom."),
    "referent.role_too_long": N_("Le rôle affiché tient en {limit} {limit|caractère|caractères} au plus."),
    "site.write": N_("Impossible d'écrire le site dans « {folder} » : {reason}. L'ancien site "
                     "est resté tel quel."),
    "site.not_a_folder": N_("« {folder} » est un fichier : choisissez un dossier pour le site."),
    "site.foreign_folder": N_(
        "« {folder} » contient d'autres fichiers : le site remplace son dossier en entier, "
        "choisissez un dossier vide ou un site déjà écrit par Café Conversation."),

    "vote.not_a_number": N_(
        "« {text} » n'est pas un nombre de gommettes : tapez un nombre entier (0, 1, 2…)."),
    "vote.negative": N_("Un nombre de gommettes ne peut pas être négatif ({value})."),
    "vote.too_large": N_("{value} {value|gommette|gommettes}, c'est plus que possible : vérifiez le nombre tapé."),
    "vote.bad_setting": N_(
        "« {setting} » doit être un nombre entre {low} et {high} (pas {value})."),
    "vote.bad_mode": N_("Mode de vote inconnu : « {mode} »."),
    "vote.unknown_participant": N_(
        "La personne « {participant} » n'est pas dans la liste des participant·es."),
    "vote.unknown_theme": N_("Le thème « {theme} » n'existe pas."),
    "vote.over_limit": N_("{name} a {dots} {dots|gommette|gommettes} à placer, pas {total} : retirez-en {extra}."),
    "vote.one_per_idea": N_(
        "Une seule gommette par idée est permise : {name} en met {count} sur « {idea} »."),
    "vote.theme_not_kept": N_(
        "Le thème de « {idea} » n'a pas été retenu au premier tour : on ne vote pas pour ses "
        "idées."),

    "vote.warning.over_total": N_(
        "{stage} : {cast} {cast|gommette|gommettes} comptées, mais {people} {people|personne|personnes} × {dots} {dots|gommette|gommettes} n'en "
        "donnent que {available}. Recomptez les affiches."),
    "vote.warning.over_people": N_(
        "« {idea} » a {count} {count|gommette|gommettes} pour {people} {people|personne|personnes} alors qu'une seule gommette par"
        " idée est permise."),
    "vote.warning.nobody_present": N_(
        "Personne n'est marqué·e présent·e : le contrôle se fait sur les {people} {people|inscrit·e|inscrit·es}."),

    "vote.tie.runoff_tied": N_(
        "Le second vote est encore à égalité ({tied}) : revotez ou décidez avec une raison."),
    "vote.tie.runoff_unknown": N_(
        "« {item} » n'est pas à égalité : le second vote ne porte que sur les ex æquo."),
    "vote.tie.wrong_choice": N_(
        "Choisissez exactement {places} parmi les ex æquo (vous en avez choisi {count})."),
    "vote.tie.no_reason": N_(
        "Donnez la raison de la décision : elle figurera dans le compte rendu."),
    "vote.tie.ties_pending": N_(
        "Il reste {count} {count|égalité|égalités} à départager avant de créer les actions."),
    "vote.tie.no_actions": N_("Aucune idée n'est retenue : saisissez d'abord les votes."),

    "harvest.unknown_table": N_("Cette table n'existe plus : rien n'a été enregistré."),
    "harvest.bad_round": N_(
        "L'atelier n'a pas de tour {round} (il en a {count}) : rien n'a été enregistré."),
    "harvest.no_round": N_("Choisissez le tour dont ce résumé parle."),
    "harvest.summary_too_long": N_(
        "Le résumé fait {length} caractères, {most} au plus : gardez l'essentiel, le détail va"
        " dans les idées."),
    "harvest.no_file": N_("Aucun fichier de photo n'a été donné."),
    "harvest.unknown_photo": N_("Cette photo n'est plus dans l'atelier."),
}
