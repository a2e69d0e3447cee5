"""Sentences about a rotation: broken rules and why repeats are unavoidable.

A :class:`RotationNote` is not raised: it is carried in
:class:`workshop.rotation.stats.Stats` (``violations`` and
``bound_reason``) so the UI can show it in the facilitator's language.
"""

from __future__ import annotations

from workshop.messages import WorkshopError


class RotationNote(WorkshopError):
    """A fact about a rotation, with its sentence in French and English."""

    messages = {
        "host_moved": ("Au tour {round}, la capitaine ou le capitaine « {id} » n'est pas à sa table « {table} ».",
                       "In round {round}, host “{id}” is not at their table “{table}”."),
        "pinned_moved": ("Au tour {round}, « {id} » n'est pas à sa table fixe « {table} ».",
                         "In round {round}, “{id}” is not at their fixed table “{table}”."),
        "not_accessible": ("Au tour {round}, « {id} » est à « {table} », qui n'est pas accessible.",
                           "In round {round}, “{id}” sits at “{table}”, which is not accessible."),
        "keep_apart": ("Au tour {round}, « {a} » et « {b} » sont à la même table « {table} ».",
                       "In round {round}, “{a}” and “{b}” share table “{table}”."),
        "keep_together": ("Au tour {round}, le groupe « {group} » est séparé.",
                          "In round {round}, group “{group}” is split."),
        "over_capacity": ("Au tour {round}, la table « {table} » a {count} personnes pour {capacity} places.",
                          "In round {round}, table “{table}” has {count} people for {capacity} seats."),
        "seated_twice": ("Au tour {round}, « {id} » est placé·e deux fois.",
                         "In round {round}, “{id}” is seated twice."),
        "missing": ("Au tour {round}, « {id} » n'a pas de table.",
                    "In round {round}, “{id}” has no table."),
        "unknown_person": ("Au tour {round}, « {id} » n'est pas un·e participant·e.",
                           "In round {round}, “{id}” is not a participant."),
        "unknown_table": ("Au tour {round}, la table « {table} » n'existe pas.",
                          "In round {round}, table “{table}” does not exist."),
        "round_count": ("Le plan a {count} tours au lieu de {rounds}.",
                        "The plan has {count} rounds instead of {rounds}."),
        "played_changed": ("Le tour {round}, déjà joué, a été modifié.",
                           "Round {round}, already played, has been changed."),
        "bound_hosts": ("Avec des tables de {size} et {tables} tables, deux personnes se retrouveront "
                        "forcément : à chaque nouveau tour, les {movers} personnes qui quittent une table "
                        "n'ont que {others} autres tables où aller.",
                        "With tables of {size} and {tables} tables, two people will meet again: at each "
                        "new round, the {movers} people leaving a table have only {others} other tables "
                        "to go to."),
        "bound_tables": ("Avec des tables de {size} et seulement {tables} tables, deux personnes assises "
                         "ensemble se retrouveront forcément à un autre tour.",
                         "With tables of {size} and only {tables} tables, two people who sat together "
                         "will meet again in another round."),
        "bound_people": ("Sur {rounds} tours, chacun·e rencontre au moins {meetings} personnes alors "
                         "qu'il n'y a que {others} autres participant·es : des rencontres se répéteront "
                         "forcément.",
                         "Over {rounds} rounds everyone meets at least {meetings} people but there are "
                         "only {others} other participants: some meetings will repeat."),
        "bound_together": ("Les personnes à garder ensemble ou fixées à la même table se retrouvent "
                           "à chaque tour : cela fait {count} rencontres répétées.",
                           "People kept together or fixed to the same table meet every round: that "
                           "makes {count} repeated meetings."),
        "bound_played": ("Les tours déjà joués comptent déjà {count} rencontres répétées.",
                         "The rounds already played already hold {count} repeated meetings."),
        "organisation": ("Au tour {round}, la table « {table} » a {count} personnes de « {organisation} » (au plus {max}).",
                         "In round {round}, table “{table}” has {count} people of “{organisation}” (at most {max})."),
        "bound_capitaines": ("Il y a plus de tours que de tables avec capitaine : les personnes qui changent de table "
                             "revoient forcément un·e capitaine, soit au moins {count} rencontres répétées.",
                             "There are more rounds than tables with a host: people who move will meet a host "
                             "again, at least {count} repeated meetings."),
        "bound_host_returns": ("Avec {rounds} tours pour {tables} tables avec capitaine, au moins {count} retours à une "
                               "table déjà vue sont inévitables.",
                               "With {rounds} rounds for {tables} tables with a host, at least {count} returns to a "
                               "table already visited cannot be avoided."),
        "bound_host_played": ("Les tours déjà joués comptent déjà {count} retours à une table avec capitaine.",
                              "The rounds already played already hold {count} returns to a table with a host."),
        "bound_theme_rounds": ("Avec {rounds} tours pour {themes} thèmes, au moins {count} retours à un thème déjà "
                               "discuté sont inévitables.",
                               "With {rounds} rounds for {themes} themes, at least {count} returns to a theme "
                               "already discussed cannot be avoided."),
        "bound_theme_seats": ("Certains thèmes n'ont pas assez de places, sur l'ensemble des tours, pour que tout le "
                              "monde les voie : au moins {count} retours à un thème déjà discuté.",
                              "Some themes have too few seats, over all rounds, for everyone to see them: at least "
                              "{count} returns to a theme already discussed."),
        "bound_theme_access": ("Les tables accessibles ne portent que {themes} thèmes : les personnes qui en ont "
                               "besoin reviendront sur un thème ({count} retours au moins).",
                               "The accessible tables carry only {themes} themes: people who need them will "
                               "return to a theme (at least {count} returns)."),
        "bound_theme_played": ("Les tours déjà joués comptent déjà {count} retours à un thème déjà discuté.",
                               "The rounds already played already hold {count} returns to a theme."),
        "bound_max_repeat": ("Des rencontres répétées étant inévitables, au moins une paire se retrouvera deux fois.",
                             "Since some meetings must repeat, at least one pair will meet twice."),
        "bound_max_people": ("Quelqu'un rencontre au moins {meetings} fois une autre personne alors qu'il n'y a que "
                             "{others} autres participant·es : une paire au moins se retrouve {count} fois.",
                             "Someone has at least {meetings} meetings with only {others} other participants: "
                             "at least one pair meets {count} times."),
        "bound_max_together": ("« {a} » et « {b} » restent à la même table : ils se retrouvent {count} fois.",
                               "“{a}” and “{b}” stay at the same table: they meet {count} times."),
        "bound_max_hosts": ("Avec {rounds} tours pour {tables} tables avec capitaine, une personne qui change de "
                            "table revoit un·e même capitaine {count} fois.",
                            "With {rounds} rounds for {tables} tables with a host, a person who moves meets the "
                            "same host {count} times."),
        "bound_max_played": ("Dans les tours déjà joués, une paire s'est déjà retrouvée {count} fois.",
                             "In the rounds already played, a pair has already met {count} times."),
        "conflict_themes": ("Les plans trouvés opposent les deux priorités : pour que chacun·e voie au moins "
                            "{seen} thèmes, {glued} paires se retrouvent {most} fois ({pairs} paires se "
                            "retrouvent en tout) ; en mettant les personnes d'abord, {other_pairs} paires se "
                            "retrouveraient, au plus {other_most} fois, mais certain·es ne verraient que "
                            "{other_seen} thèmes.",
                            "The plans found set the two priorities against each other: for everyone to see at "
                            "least {seen} themes, {glued} pairs meet {most} times ({pairs} pairs meet again in "
                            "all); with people first, {other_pairs} pairs would meet again, at most "
                            "{other_most} times, but some would see only {other_seen} themes."),
        "conflict_people": ("Les plans trouvés opposent les deux priorités : pour que {pairs} paires seulement se "
                            "retrouvent, certain·es ne voient que {seen} thèmes ; en mettant les thèmes d'abord, "
                            "chacun·e en verrait au moins {other_seen}, mais {other_pairs} paires se "
                            "retrouveraient, jusqu'à {other_most} fois.",
                            "The plans found set the two priorities against each other: for only {pairs} pairs "
                            "to meet again, some see only {seen} themes; with themes first everyone would see "
                            "at least {other_seen}, but {other_pairs} pairs would meet again, up to "
                            "{other_most} times."),
    }
