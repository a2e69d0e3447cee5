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
    "people.read.not_text": N_(
        "Le fichier « {name} » n'est pas du texte : enregistrez la liste depuis le tableur en "
        "CSV ou en .xlsx."),
    "people.read.protected": N_(
        "Le classeur « {name} » est protégé par un mot de passe (ou au vieux format .xls) : "
        "enregistrez-le sans mot de passe, en .xlsx ou en CSV."),
    "people.read.too_wide": N_(
        "Le fichier « {name} » a des valeurs au-delà de la colonne {limit} (ligne {line}) : "
        "ce n'est sans doute pas une liste de participant·es."),
    "people.read.too_many_rows": N_(
        "Le fichier « {name} » a plus de {limit} {limit|ligne|lignes} : ce n'est sans doute pas une liste "
        "de participant·es."),
    "people.read.too_many_cells": N_(
        "Le fichier « {name} » a plus de {limit} {limit|case|cases} : ce n'est sans doute pas une liste de "
        "participant·es."),
    "people.read.cell_too_long": N_(
        "Le fichier « {name} » a une case de plus de {limit} {limit|caractère|caractères} (ligne {line}) : ce "
        "n'est sans doute pas une liste de participant·es."),
    "people.read.part_too_big": N_(
        "Le classeur « {name} » se décompresse en un morceau de {size} Mo : ce n'est sans "
        "doute pas une liste de participant·es ; copiez la liste dans un classeur neuf ou "
        "enregistrez-la en CSV."),
    "people.read.bloated": N_(
        "Le classeur « {name} » contient plus de {limit} {limit|case|cases} vides mises en forme : copiez "
        "la liste dans un classeur neuf ou enregistrez-la en CSV."),
    "people.read.too_many_parts": N_(
        "Le classeur « {name} » contient plus de {limit} {limit|élément|éléments} : ce n'est sans doute pas "
        "une liste de participant·es."),

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
    "people.import.not_utf8": N_(
        "Caractères illisibles en UTF-8 sur cette ligne, lus en Windows-1252 : vérifiez les "
        "accents."),
    "people.import.control_chars": N_(
        "Caractères invisibles (octets nuls, de contrôle) retirés de cette ligne."),
    "people.import.unclosed_quote": N_(
        "Guillemet jamais refermé : la ligne est lue seule, sans ce guillemet, à vérifier."),
    "people.import.quote_swallowed": N_(
        "Le nom s'étend sur plusieurs lignes du fichier (un guillemet mal placé ?) : non "
        "ajouté, corrigez ces lignes dans le tableur."),

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

    "photos.unreadable": N_(
        "« {name} » n'est pas une image lisible (JPEG ou PNG) : rien n'a été ajouté."),
    "photos.heic_unsupported": N_(
        "« {name} » est une photo HEIC d'iPhone, que cette installation ne lit pas : "
        "exportez-la en JPEG (ou réglez l'iPhone sur « Le plus compatible »)."),
    "photos.missing": N_("La photo « {name} » n'existe pas (déplacée ou supprimée ?)."),
    "photos.too_big": N_(
        "« {name} » est trop lourde pour une photo (plus de 200 Mo, ou bien trop de pixels) :"
        " rien n'a été ajouté."),
    "photos.unwritable": N_(
        "La photo « {name} » n'a pas pu être rangée à côté de l'atelier ({detail}) : rien "
        "n'a été ajouté."),
}
