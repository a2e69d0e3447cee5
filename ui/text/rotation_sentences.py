"""The sentences of the seating plan: refused problems, notes about a plan, bounds and conflicts.

French templates (gettext msgids) for the codes :mod:`workshop.rotation` reports
(``rotation.*``, ``rotation.note.*``); English in the catalogue.
"""

from ui.text import N_

SENTENCES: dict[str, str] = {
    "rotation.no_file": N_("Le fichier « {name} » n'existe pas."),
    "rotation.bad_file": N_("Le fichier « {name} » n'est pas du JSON lisible (ligne {line})."),
    "rotation.bad_json": N_("Le problème de rotation est mal formé : {detail}."),
    "rotation.bad_rounds": N_("Le nombre de tours doit être entre 1 et 40 (il vaut {count})."),
    "rotation.no_tables": N_("Il faut au moins une table pour faire un plan de table."),
    "rotation.duplicate": N_("L'identifiant « {id} » est utilisé deux fois."),
    "rotation.unknown_person": N_("« {id} » ({where}) n'est pas dans la liste des participant·es."),
    "rotation.unknown_table": N_("La table « {id} » ({where}) n'existe pas."),
    "rotation.bad_capacity": N_(
        "La table « {table} » doit avoir au moins 1 place (elle en a {capacity})."),
    "rotation.host_twice": N_("« {id} » est capitaine de deux tables."),
    "rotation.host_pinned": N_("« {id} » est capitaine de « {table} » mais fixé·e à « {pinned} »."),
    "rotation.fixed_apart": N_(
        "« {a} » et « {b} » doivent être séparé·es mais restent tous deux à « {table} »."),
    "rotation.together_apart": N_(
        "« {a} » et « {b} » sont à la fois à garder ensemble et à séparer."),
    "rotation.together_split": N_(
        "Le groupe « {group} » doit rester ensemble, mais ses membres sont fixés à deux tables "
        "({tables})."),
    "rotation.group_too_big": N_(
        "Le groupe « {group} » ({size} {size|personne|personnes}) ne tient à aucune table (au plus {room} "
        "places libres)."),
    "rotation.group_twice": N_("« {id} » est dans deux groupes à garder ensemble."),
    "rotation.fixed_over": N_(
        "Au tour {round}, la table « {table} » a {count} {count|personne fixée|personnes fixées} pour {capacity} "
        "places."),
    "rotation.not_accessible": N_(
        "« {id} » a besoin d'une table accessible mais reste à « {table} », qui ne l'est pas."),
    "rotation.few_seats": N_("Au tour {round}, il y a {people} {people|personne|personnes} pour {seats} {seats|place|places}."),
    "rotation.few_accessible": N_(
        "Au tour {round}, {people} {people|personne|personnes} ont besoin d'une table accessible pour {seats} "
        "places accessibles disponibles."),
    "rotation.played_too_many": N_("{played} {played|tour|tours} sont déjà joués sur {rounds} prévus."),
    "rotation.note.host_moved": N_(
        "Au tour {round}, la capitaine ou le capitaine « {id} » n'est pas à sa table « {table} "
        "»."),
    "rotation.note.pinned_moved": N_(
        "Au tour {round}, « {id} » n'est pas à sa table fixe « {table} »."),
    "rotation.note.not_accessible": N_(
        "Au tour {round}, « {id} » est à « {table} », qui n'est pas accessible."),
    "rotation.note.keep_apart": N_(
        "Au tour {round}, « {a} » et « {b} » sont à la même table « {table} »."),
    "rotation.note.keep_together": N_("Au tour {round}, le groupe « {group} » est séparé."),
    "rotation.note.over_capacity": N_(
        "Au tour {round}, la table « {table} » a {count} {count|personne|personnes} pour {capacity} {capacity|place|places}."),
    "rotation.note.seated_twice": N_("Au tour {round}, « {id} » est placé·e deux fois."),
    "rotation.note.missing": N_("Au tour {round}, « {id} » n'a pas de table."),
    "rotation.note.unknown_person": N_("Au tour {round}, « {id} » n'est pas un·e participant·e."),
    "rotation.note.unknown_table": N_("Au tour {round}, la table « {table} » n'existe pas."),
    "rotation.note.round_count": N_("Le plan a {count} {count|tour|tours} au lieu de {rounds}."),
    "rotation.note.played_changed": N_("Le tour {round}, déjà joué, a été modifié."),
    "rotation.note.bound_hosts": N_(
        "Avec des tables de {size} et {tables} {tables|table|tables}, deux personnes se retrouveront forcément"
        " : à chaque nouveau tour, les {movers} {movers|personne|personnes} qui quittent une table n'ont que "
        "{others} {others|autre table|autres tables} où aller."),
    "rotation.note.bound_tables": N_(
        "Avec des tables de {size} et seulement {tables} {tables|table|tables}, deux personnes assises "
        "ensemble se retrouveront forcément à un autre tour."),
    "rotation.note.bound_people": N_(
        "Sur {rounds} {rounds|tour|tours}, chacun·e rencontre au moins {meetings} {meetings|personne|personnes} alors qu'il n'y a"
        " que {others} {others|autre participant·e|autres participant·es} : des rencontres se répéteront forcément."),
    "rotation.note.bound_together": N_(
        "Les personnes à garder ensemble ou fixées à la même table se retrouvent à chaque tour "
        ": cela fait {count} {count|rencontre répétée|rencontres répétées}."),
    "rotation.note.bound_played": N_(
        "Les tours déjà joués comptent déjà {count} {count|rencontre répétée|rencontres répétées}."),
    "rotation.note.organisation": N_(
        "Au tour {round}, la table « {table} » a {count} {count|personne|personnes} de « {organisation} "
        "» (au plus {max})."),
    "rotation.note.bound_capitaines": N_(
        "Il y a plus de tours que de tables avec capitaine : les personnes qui changent "
        "de table revoient forcément un·e capitaine, soit au moins {count} {count|rencontre|rencontres} "
        "répétées."),
    "rotation.note.bound_host_returns": N_(
        "Avec {rounds} {rounds|tour|tours} pour {tables} {tables|table|tables} avec capitaine, au moins {count} "
        "retours à une table déjà vue sont inévitables."),
    "rotation.note.bound_host_played": N_(
        "Les tours déjà joués comptent déjà {count} {count|retour|retours} à une table avec capitaine."),
    "rotation.note.bound_theme_rounds": N_(
        "Avec {rounds} {rounds|tour|tours} pour {themes} {themes|thème|thèmes}, au moins {count} {count|retour|retours} à un thème "
        "déjà discuté sont inévitables."),
    "rotation.note.bound_theme_seats": N_(
        "Certains thèmes n'ont pas assez de places, sur l'ensemble des tours, pour que "
        "tout le monde les voie : au moins {count} {count|retour|retours} à un thème déjà discuté."),
    "rotation.note.bound_theme_access": N_(
        "Les tables accessibles ne portent que {themes} {themes|thème|thèmes} : les personnes qui en "
        "ont besoin reviendront sur un thème ({count} {count|retour|retours} au moins)."),
    "rotation.note.bound_theme_played": N_(
        "Les tours déjà joués comptent déjà {count} {count|retour|retours} à un thème déjà discuté."),
    "rotation.note.bound_max_repeat": N_(
        "Des rencontres répétées étant inévitables, au moins une paire se retrouvera "
        "deux fois."),
    "rotation.note.bound_max_people": N_(
        "Quelqu'un rencontre au moins {meetings} fois une autre personne alors qu'il "
        "n'y a que {others} {others|autre participant·e|autres participant·es} : une paire au moins se retrouve "
        "{count} fois."),
    "rotation.note.bound_max_together": N_(
        "« {a} » et « {b} » restent à la même table : ils se retrouvent {count} fois."),
    "rotation.note.bound_max_hosts": N_(
        "Avec {rounds} {rounds|tour|tours} pour {tables} {tables|table|tables} avec capitaine, une personne qui "
        "change de table revoit un·e même capitaine {count} fois."),
    "rotation.note.bound_max_played": N_(
        "Dans les tours déjà joués, une paire s'est déjà retrouvée {count} fois."),
    "rotation.note.conflict_themes": N_(
        "Les plans trouvés opposent les deux priorités : pour que chacun·e voie au "
        "moins {seen} {seen|thème|thèmes}, {glued} {glued|paire|paires} se retrouvent {most} fois ({pairs} {pairs|paire|paires} "
        "se retrouvent en tout) ; en mettant les personnes d'abord, {other_pairs} "
        "paires se retrouveraient, au plus {other_most} fois, mais certain·es ne "
        "verraient que {other_seen} {other_seen|thème|thèmes}."),
    "rotation.note.conflict_people": N_(
        "Les plans trouvés opposent les deux priorités : pour que {pairs} {pairs|paire|paires} "
        "seulement se retrouvent, certain·es ne voient que {seen} {seen|thème|thèmes} ; en mettant "
        "les thèmes d'abord, chacun·e en verrait au moins {other_seen}, mais "
        "{other_pairs} {other_pairs|paire|paires} se retrouveraient, jusqu'à {other_most} fois."),
    "rotation.unknown_key": N_(
        "« {key} » ({where}) n'est pas une clé connue du problème de rotation."),
    "rotation.not_object": N_("« {where} » doit être un objet {{…}} (ici : {value})."),
    "rotation.not_list": N_("« {where} » doit être une liste […] (ici : {value})."),
    "rotation.not_bool": N_("« {where} » doit valoir true ou false (ici : {value})."),
    "rotation.not_int": N_("« {where} » doit être un nombre entier (ici : {value})."),
    "rotation.not_text": N_("« {where} » doit être un texte non vide (ici : {value})."),
    "rotation.capacity_too_big": N_(
        "La table « {table} » a {capacity} {capacity|place|places} : c'est au plus {max} par table."),
    "rotation.bad_absent": N_(
        "« {id} » est absent·e au tour {round}, qui n'existe pas (tours 1 à {rounds})."),
    "rotation.bad_priority": N_(
        "La priorité doit être « themes » (thèmes d'abord) ou « people » (personnes "
        "d'abord), pas « {value} »."),
    "rotation.bad_spread": N_(
        "Le nombre de personnes d'une même organisation par table doit être au moins 1 "
        "(il vaut {value})."),
    "rotation.bad_seed": N_(
        "La graine du hasard doit être un nombre entier entre 0 et {max} (ici : "
        "{value})."),
    "rotation.bad_time_limit": N_(
        "Le temps de calcul doit être entre 0 et {max} {max|seconde|secondes} (ici : {value})."),
    "rotation.pair_twice": N_("La paire à séparer nomme deux fois « {id} »."),
    "rotation.group_repeat": N_(
        "Le groupe à garder ensemble « {group} » nomme deux fois « {id} »."),
    "rotation.played_twice": N_("Au tour {round}, déjà joué, « {id} » est placé·e deux fois."),
    "rotation.played_over": N_(
        "Au tour {round}, déjà joué, la table « {table} » a {count} {count|personne|personnes} pour "
        "{capacity} {capacity|place|places}."),
    "rotation.organisation_fixed": N_(
        "À la table « {table} », {count} {count|personne|personnes} de « {organisation} » sont fixées "
        "alors qu'il en faut au plus {max}."),
    "rotation.organisation_group": N_(
        "Le groupe « {group} » compte {count} {count|personne|personnes} de « {organisation} », plus que "
        "les {max} permises à une table."),
    "rotation.organisation_many": N_(
        "Au tour {round}, « {organisation} » compte {count} {count|personne|personnes} : avec au plus "
        "{max} par table et {tables} {tables|table|tables}, il n'y a de place que pour {room}."),
}
