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
    }
