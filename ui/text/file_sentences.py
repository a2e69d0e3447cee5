"""The sentences about files, imports and rotations, by catalogue key.

Same shape as :mod:`ui.text.editing_sentences`: ``f"{domain}.{code}"`` of an
error or a note, French source (gettext msgid) with ``{fields}``.
"""

from __future__ import annotations

from ui.text import N_

SENTENCES = {
    "store.missing": N_("Le fichier « {name} » n'existe pas."),
    "store.exists": N_("Le fichier « {name} » existe déjà ; choisissez un autre nom."),
    "store.unreadable": N_("Le fichier « {name} » ne peut pas être lu : {detail}."),
    "store.empty": N_(
        "Le fichier « {name} » est vide : l'enregistrement a sans doute été interrompu."),
    "store.truncated": N_(
        "Le fichier « {name} » est tronqué : l'enregistrement a sans doute été interrompu."),
    "store.not_json": N_(
        "Le fichier « {name} » n'est pas un fichier d'atelier lisible (contenu abîmé, ligne "
        "{line})."),
    "store.foreign": N_("Le fichier « {name} » n'est pas un atelier Café Conversation."),
    "store.future_version": N_(
        "Le fichier « {name} » vient d'une version plus récente de l'application (format "
        "{version}, celle-ci lit jusqu'au format {supported}) : mettez l'application à jour."),
    "store.bad_shape": N_("Le fichier « {name} » contient une valeur inattendue ({detail})."),
    "store.locked": N_(
        "Le fichier « {name} » est déjà ouvert par une autre fenêtre : il est ouvert en lecture"
        " seule."),
    "store.file_read_only": N_(
        "Le fichier « {name} » est protégé en écriture : il est ouvert en lecture seule, rien "
        "n'y sera enregistré."),
    "store.folder_read_only": N_(
        "Le dossier de « {name} » est en lecture seule : le fichier est ouvert en lecture "
        "seule, rien n'y sera enregistré."),
    "store.closed": N_("« {name} » a été fermé : cette fenêtre n'y enregistre plus rien."),
    "store.no_folder": N_("Le dossier où enregistrer « {name} » n'existe pas."),
    "store.damaged": N_(
        "Le fichier « {name} » est abîmé : restaurez une sauvegarde avant d'enregistrer."),
    "store.write_failed": N_("Impossible d'enregistrer « {name} » : {detail}."),
    "store.backup_failed": N_("Impossible d'écrire une sauvegarde de « {name} » : {detail}."),
    "store.latin1_workshop": N_(
        "Le fichier « {name} » est un atelier Café Conversation qu'un autre programme a "
        "ré-enregistré en Latin-1 (Windows-1252) : l'application ne lit que l'UTF-8 ; "
        "ré-enregistrez-le en UTF-8."),
    "store.not_utf8": N_(
        "Le fichier « {name} » n'est pas du texte UTF-8, donc pas un fichier d'atelier "
        "(un classeur, un PDF, ou un texte dans un autre encodage ?)."),
    "store.too_deep": N_(
        "Le fichier « {name} » n'est pas un atelier lisible : ses données sont imbriquées sur "
        "des milliers de niveaux."),
    "store.bad_number": N_(
        "Le fichier « {name} » n'est pas un atelier lisible : il contient un nombre démesuré "
        "ou qui n'en est pas un (NaN, infini)."),

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
        "Le groupe « {group} » ({size} personnes) ne tient à aucune table (au plus {room} "
        "places libres)."),
    "rotation.group_twice": N_("« {id} » est dans deux groupes à garder ensemble."),
    "rotation.fixed_over": N_(
        "Au tour {round}, la table « {table} » a {count} personnes fixées pour {capacity} "
        "places."),
    "rotation.not_accessible": N_(
        "« {id} » a besoin d'une table accessible mais reste à « {table} », qui ne l'est pas."),
    "rotation.few_seats": N_("Au tour {round}, il y a {people} personnes pour {seats} places."),
    "rotation.few_accessible": N_(
        "Au tour {round}, {people} personnes ont besoin d'une table accessible pour {seats} "
        "places accessibles disponibles."),
    "rotation.played_too_many": N_("{played} tours sont déjà joués sur {rounds} prévus."),

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
        "Au tour {round}, la table « {table} » a {count} personnes pour {capacity} places."),
    "rotation.note.seated_twice": N_("Au tour {round}, « {id} » est placé·e deux fois."),
    "rotation.note.missing": N_("Au tour {round}, « {id} » n'a pas de table."),
    "rotation.note.unknown_person": N_("Au tour {round}, « {id} » n'est pas un·e participant·e."),
    "rotation.note.unknown_table": N_("Au tour {round}, la table « {table} » n'existe pas."),
    "rotation.note.round_count": N_("Le plan a {count} tours au lieu de {rounds}."),
    "rotation.note.played_changed": N_("Le tour {round}, déjà joué, a été modifié."),
    "rotation.note.bound_hosts": N_(
        "Avec des tables de {size} et {tables} tables, deux personnes se retrouveront forcément"
        " : à chaque nouveau tour, les {movers} personnes qui quittent une table n'ont que "
        "{others} autres tables où aller."),
    "rotation.note.bound_tables": N_(
        "Avec des tables de {size} et seulement {tables} tables, deux personnes assises "
        "ensemble se retrouveront forcément à un autre tour."),
    "rotation.note.bound_people": N_(
        "Sur {rounds} tours, chacun·e rencontre au moins {meetings} personnes alors qu'il n'y a"
        " que {others} autres participant·es : des rencontres se répéteront forcément."),
    "rotation.note.bound_together": N_(
        "Les personnes à garder ensemble ou fixées à la même table se retrouvent à chaque tour "
        ": cela fait {count} rencontres répétées."),
    "rotation.note.bound_played": N_(
        "Les tours déjà joués comptent déjà {count} rencontres répétées."),

    "people.read.missing": N_("Le fichier « {name} » n'existe pas."),
    "people.read.unreadable": N_("Le fichier « {name} » ne peut pas être lu : {detail}."),
    "people.read.too_big": N_(
        "Le fichier « {name} » est trop gros pour une liste de participant·es ({size} Mo)."),
    "people.read.encoding": N_(
        "Le fichier « {name} » n'est ni en UTF-8 ni en Windows-1252 : choisissez son encodage."),
    "people.read.bad_encoding": N_(
        "Le fichier « {name} » ne se lit pas avec l'encodage {encoding} : essayez-en un autre."),
    "people.read.unknown_encoding": N_("Encodage inconnu : « {encoding} »."),
    "people.read.empty": N_("Le fichier « {name} » ne contient aucune ligne."),
    "people.read.bad_csv": N_("Le fichier « {name} » est mal formé (ligne {line}) : {detail}."),
    "people.read.bad_xlsx": N_("Le fichier « {name} » n'est pas un classeur Excel lisible."),
    "people.read.old_xls": N_(
        "Le fichier « {name} » est au vieux format Excel (.xls) : enregistrez-le en .xlsx ou en"
        " CSV."),
    "people.read.unsupported": N_("Le fichier « {name} » n'est ni un CSV ni un classeur .xlsx."),

    "people.import.no_name": N_("Ni nom ni prénom : ligne ignorée."),
    "people.import.phone_scientific": N_(
        "Téléphone abîmé par Excel (« {value} ») : non importé, à ressaisir."),
    "people.import.phone_zero_restored": N_(
        "Téléphone sans son 0 initial (« {value} ») : 0 rétabli, à vérifier."),
    "people.import.phone_plus_restored": N_(
        "Téléphone sans son + (« {value} ») : + rétabli, à vérifier."),
    "people.import.phone_odd": N_("Téléphone inhabituel (« {value} ») : gardé tel quel."),
    "people.import.bad_email": N_("Courriel douteux (« {value} ») : gardé tel quel, à vérifier."),
    "people.import.unknown_category": N_(
        "Catégorie inconnue (« {value} ») : mise à « autre », le mot est gardé en note."),
    "people.import.duplicate_existing": N_(
        "Doublon possible : « {name} » ({how}) est déjà dans l'atelier."),
    "people.import.duplicate_in_file": N_(
        "Doublon possible de la ligne {line} (« {name} », {how})."),
    "people.import.skipped_duplicate": N_("Doublon possible non ajouté."),
    "people.import.skipped_by_user": N_("Ligne écartée."),

    "people.privacy.unknown_person": N_("Cette personne n'est plus dans l'atelier."),
    "people.privacy.read_only": N_(
        "L'atelier est ouvert en lecture seule : l'effacement est impossible ici."),

    "cli.import.no_name_column": N_(
        "Aucune colonne de nom reconnue dans « {name} » (colonnes : {headers})."),
    "cli.import.nothing_readable": N_(
        "Aucune ligne lisible dans « {name} » : rien n'a été ajouté."),
    "cli.import.read_only": N_("« {name} » est ouvert ailleurs : fermez-le avant d'importer."),
    "cli.merge.read_only": N_(
        "« {name} » est ouvert ailleurs : fermez-le avant d'y fusionner des salles."),
}
