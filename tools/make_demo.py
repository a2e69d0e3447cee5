"""Write the demo workshops (fictional people) into ``resources/``.

``demo_workshop.json`` is this year's café (December 2026, plan 2027); it
opens with the bilan of ``demo_last_year.json``, last year's café (November
2025, plan 2026), whose actions went through the year: done, in progress,
postponed, abandoned.  Run ``python tools/make_demo.py`` after changing
them; the JSON files are committed so the app needs nothing but them at run
time.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop.model import (  # noqa: E402
    Participant,
    Rotation,
    Round,
    Table,
    Theme,
    Workshop,
)
from workshop import bilan, carry_over, ideas, plan, referents  # noqa: E402
from workshop.votes import ballots as votes  # noqa: E402
from workshop.votes import results as vote_results  # noqa: E402
from workshop.agenda import build_agenda  # noqa: E402
from workshop.rotation import plan_rotation, problem_from_workshop  # noqa: E402
from workshop.storage.store import encode, workshop_to_tables  # noqa: E402
from tools.make_nappes import add_harvest  # noqa: E402

PEOPLE = [
    ("Hélène", "Moreau", "salarié"), ("Karim", "Benali", "locataire"),
    ("Françoise", "Leroy", "accédant"), ("Mamadou", "Diallo", "locataire"),
    ("Sylvie", "Garnier", "salarié"), ("Jean-Pierre", "Fournier", "accédant"),
    ("Aïcha", "Haddad", "locataire"), ("Noël", "Lefèvre", "élu"),
    ("Chloé", "Rousseau", "locataire"), ("Thomas", "Girard", "partenaire"),
    ("Nathalie", "Bonnet", "accédant"), ("Rémi", "Dupont", "locataire"),
    ("Zoé", "Lambert", "locataire"), ("Œlian", "Mercier", "accédant"),
    ("Fatou", "Ndiaye", "locataire"), ("Gérard", "Faure", "locataire"),
    ("Inès", "Chevalier", "salarié"), ("Lucas", "Blanc", "locataire"),
    ("Élodie", "Guérin", "partenaire"), ("Mehdi", "Bouzid", "accédant"),
    ("Josiane", "Perrin", "locataire"), ("Antoine", "Morel", "locataire"),
    ("Léa", "François", "accédant"), ("Bernard", "Roux", "locataire"),
    ("Sophie", "Vincent", "salarié"), ("Yannick", "Le Gall", "locataire"),
    ("Maëlle", "Fontaine", "locataire"), ("Didier", "Caron", "accédant"),
    ("Amandine", "Muller", "partenaire"), ("Ousmane", "Traoré", "locataire"),
]

THEMES = [
    Theme("cadre", "Cadre de vie et espaces extérieurs",
          "Comment rendre nos espaces communs et extérieurs plus agréables à vivre ?",
          "#2e8b57"),
    Theme("voisins", "Convivialité et lien entre voisins",
          "Qu'est-ce qui nous aiderait à mieux nous connaître et à nous entraider ?",
          "#d2691e"),
    Theme("coop", "Communication avec la coopérative",
          "Comment être mieux informés et mieux associés aux décisions de la coopérative ?",
          "#4169e1"),
]

# Capitaines: staff and volunteer coopérateurs who animate a table.
TABLES = [
    ("T1", "Table 1 — Les Tilleuls", "cadre", "P01", True),
    ("T2", "Table 2 — Les Érables", "cadre", "P06", False),
    ("T3", "Table 3 — Les Cerisiers", "voisins", "P05", True),
    ("T4", "Table 4 — Les Chênes", "voisins", "P11", True),
    ("T5", "Table 5 — Les Platanes", "coop", "P17", True),
    ("T6", "Table 6 — Les Saules", "coop", "P25", False),
]


def build(last: Workshop | None = None) -> Workshop:
    last = last or build_last_year()
    people = [
        Participant(id=f"P{i + 1:02d}", first_name=first, last_name=last, category=cat)
        for i, (first, last, cat) in enumerate(PEOPLE)
    ]
    people[8].needs_accessible = True
    people[8].needs = "Fauteuil roulant"
    people[20].needs_accessible = True
    people[20].needs = "Se déplace avec une canne"
    people[15].notes = "Arrive vers 10 h (après le premier tour)"
    people[15].absent_rounds = [0]
    tables = [
        Table(id=tid, name=name, theme=theme, host=host, capacity=6, accessible=acc)
        for tid, name, theme, host, acc in TABLES
    ]
    ws = Workshop(
        id="demo-tilleuls-2026",
        title="Atelier vie coopérative — Résidence Les Tilleuls",
        date="2026-12-05",
        place="Résidence Les Tilleuls, salle commune, 12 rue des Tilleuls, 44000 Nantes",
        organisation="Coopérative d'habitants Les Tilleuls (Coop'HLM)",
        facilitator="Claire Dubois",
        participants=people,
        themes=list(THEMES),
        tables=tables,
        rotation=Rotation(round_count=3, round_minutes=20, keep_apart=[["P02", "P04"]]),
    )
    for index in KEEP_NEXT_YEAR:
        ws.participants[index].keep_next_year = True
    # the café opens with the bilan of last year's plan (the run of show gets its step)
    ws.bilan = carry_over.bilan_of(last, {p.id for p in last.participants if p.keep_next_year})
    add_rotation(ws)
    ws.agenda = build_agenda(ws, {"welcome": "Accueil café et émargement",
                                  "introduction": "Introduction : la méthode et les thèmes",
                                  "plenary": "Synthèse en plénière",
                                  "vote": "Vote aux gommettes",
                                  "closing": "Clôture et suites"})
    add_vote(ws)
    carry_details(ws, last)
    add_harvest(ws)  # the capitaines' summaries and two photos of nappes (tools/make_nappes.py)
    return ws


def add_rotation(ws: Workshop) -> None:
    """The seating plan the engine finds for the demo (zero repeated encounters)."""
    result = plan_rotation(problem_from_workshop(ws), seed=0, time_limit=5.0)
    ws.rotation.rounds = [Round(seating=dict(r)) for r in result.rounds]


# (table, round from 1, text, dots counted on the poster, merged into #n of this theme).
# Each theme's list: the duplicates point at the idea they were grouped with.
IDEAS = {
    "cadre": [
        ("T1", 1, "Installer des bancs et des tables de pique-nique dans la cour", 14, None),
        ("T1", 1, "Créer un potager partagé au pied du bâtiment B", 12, None),
        ("T2", 1, "Mieux éclairer le parking et l'allée des garages", 8, None),
        ("T2", 1, "Des bancs dans la cour pour les anciens", 0, 0),
        ("T1", 2, "Un local vélos fermé et sécurisé", 7, None),
        ("T1", 2, "Planter des arbres fruitiers le long de la clôture", 2, None),
        ("T2", 2, "Un composteur collectif pour les déchets verts", 3, None),
        ("T2", 2, "Un jardin partagé avec des bacs surélevés accessibles", 0, 1),
        ("T1", 3, "Refaire le marquage du parking, avec les places PMR", 1, None),
        ("T1", 3, "Une aire de jeux ombragée pour les petits", 4, None),
        ("T2", 3, "Nettoyer et fleurir l'entrée de la résidence", 2, None),
        ("T2", 3, "Poser des potelets contre le stationnement devant les poubelles", 1, None),
        ("T2", 3, "Un abri vélos sécurisé près du hall", 0, 4),
    ],
    "voisins": [
        ("T3", 1, "Une fête des voisins chaque année en juin", 13, None),
        ("T3", 1, "Un panneau « coups de main » dans le hall (bricolage, courses, garde)", 9, None),
        ("T4", 1, "Un repas partagé chaque trimestre dans la salle commune", 9, None),
        ("T4", 1, "Accueillir les nouveaux arrivants avec un livret et un parrain", 5, None),
        ("T3", 2, "Une boîte à livres dans le hall", 3, None),
        ("T3", 2, "Ouvrir la salle commune le samedi après-midi", 1, None),
        ("T4", 2, "Des ateliers entre voisins : couture, réparation de vélos, cuisine", 4, None),
        ("T4", 2, "Une fête de la résidence avec les enfants", 0, 0),
        ("T3", 3, "Un groupe de messagerie par cage d'escalier", 1, None),
        ("T3", 3, "Des visites de convivialité aux personnes âgées isolées", 3, None),
        ("T4", 3, "Un tableau des savoir-faire de chacun", 0, 1),
        ("T4", 3, "Une sortie collective par an (plage, musée)", 2, None),
        ("T4", 3, "Un troc de plantes et de graines au printemps", 1, None),
    ],
    "coop": [
        ("T5", 1, "Une lettre d'information trimestrielle, sur papier et par courriel", 10, None),
        ("T5", 1, "Afficher les comptes rendus du conseil d'administration dans les halls", 1, None),
        ("T6", 1, "Une permanence mensuelle de la coopérative sur place", 8, None),
        ("T6", 1, "Suivre en ligne les demandes d'intervention (fuites, pannes)", 6, None),
        ("T5", 2, "Former les nouveaux coopérateurs au fonctionnement de la coop", 2, None),
        ("T5", 2, "Une réunion publique chaque année sur les travaux prévus", 4, None),
        ("T5", 2, "Un espace coopérateurs en ligne avec les documents utiles", 0, None),
        ("T6", 2, "Un journal de la résidence écrit par les habitants", 0, 0),
        ("T6", 2, "Traduire les documents importants (arabe, anglais, turc)", 2, None),
        ("T5", 3, "Associer les habitants au choix des entreprises de travaux", 3, None),
        ("T5", 3, "Un numéro unique pour joindre la coopérative", 2, None),
        ("T6", 3, "Expliquer les charges ligne par ligne chaque année", 3, None),
        ("T6", 3, "Des référents d'escalier, relais de la coopérative", 1, None),
        ("T6", 3, "Une permanence le soir pour celles et ceux qui travaillent", 0, 2),
    ],
}

# The tie at the action cut of "voisins" (9 dots each), settled by a run-off.
RUNOFF = ({"voisins": (2, 1)}, (17, 11),
          "Second vote à main levée entre les deux idées ex æquo, en plénière")


def add_vote(ws: Workshop) -> None:
    """The ideas noted at the tables, the counted paper vote and its one tie."""
    for rows in IDEAS.values():
        made = []
        for table, round_, text, _dots, _into in rows:
            made.append(ideas.add(ws, text, table, round_ - 1))
        for (*_, into), item in zip(rows, made):
            if into is not None:
                ideas.merge(ws, [made[into].id, item.id])
        for (*_, dots, _into), item in zip(rows, made):
            if dots:
                votes.set_tally(ws, item.id, dots)
    (tie,) = vote_results.results(ws).ties
    positions, counts, how = RUNOFF
    first, second = positions["voisins"]
    voisins = [i.id for i in ws.ideas if i.theme == "voisins"]
    runoff = {voisins[first]: counts[0], voisins[second]: counts[1]}
    vote_results.settle_by_runoff(ws, tie, runoff, how)
    vote_results.make_actions(ws)
    add_plan(ws)


# The annual plan of the 6 actions: (start, end month of 2027), référents, indicator.
PLAN = [
    (3, 5, ["Karim Benali", "Hélène Moreau (salariée)"], "Bancs et tables posés avant l'été"),
    (3, 10, ["Françoise Leroy", "Mamadou Diallo"], "10 foyers inscrits au potager"),
    (5, 6, ["Aïcha Haddad", "Noël Lefèvre"], "80 voisins à la fête"),
    (1, 12, ["Chloé Rousseau"], "4 repas, 25 personnes en moyenne"),
    (1, 12, ["Sylvie Garnier (salariée)", "Rémi Dupont"], "4 lettres parues"),
    (2, 12, ["Inès Chevalier (salariée)"], "10 permanences tenues"),
]


def add_plan(ws: Workshop) -> None:
    """Who carries each action, when, how success is seen, where to follow it."""
    plan.set_url_pattern(ws, "https://exemple.coop/suivi/{action}")
    plan.set_general_url(ws, "https://exemple.coop/suivi")
    for action, (start, end, names, indicator) in zip(ws.plan.actions, PLAN):
        plan.update_action(ws, action.id, start_month=start, end_month=end,
                           referents=names, indicator=indicator)
    for name, role, public in PUBLIC_DETAILS:
        referents.set_referent(ws, name, role=role, public=public)


def carry_details(ws: Workshop, last: Workshop) -> None:
    """Last year's référents keep the role and the agreement they gave (as « new --from »)."""
    for detail in last.plan.referent_details:
        referents.set_referent(ws, detail.name, role=detail.role, public=detail.public)


# Who agreed to be named on the public follow-up site, and the role it shows.
PUBLIC_DETAILS = [
    ("Hélène Moreau (salariée)", "responsable de la vie coopérative", True),
    ("Inès Chevalier (salariée)", "chargée de gestion locative", True),
    ("Karim Benali", "habitant du bâtiment B", False),
]

# This year's participants who agreed to be kept for next year's café (indexes).
KEEP_NEXT_YEAR = (0, 1, 2, 4, 6, 7, 10, 16, 20, 24)


# -- last year's café ----------------------------------------------------------------
# (index in PEOPLE, came last year); those in LAST_YEAR_KEPT agreed to be kept.
LAST_YEAR_PEOPLE = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 20, 21, 23, 24,
                    26, 27)
LAST_YEAR_KEPT = (0, 1, 2, 4, 6, 7, 10, 16, 20, 24)

# (theme, title, référents, indicator, start, end, [(date, status, reason)], done, result)
LAST_YEAR_PLAN = [
    ("cadre", "Fleurir l'entrée de la résidence", ["Françoise Leroy", "Gérard Faure"],
     "10 habitants à la plantation", 3, 5,
     [("2026-03-14", "in_progress", ""), ("2026-05-20", "done", "")],
     "Jardinières posées et plantées le 16 mai ; l'arrosage est organisé par cage "
     "d'escalier.", "12 habitants à la plantation"),
    ("cadre", "Réparer l'éclairage de l'allée des garages", ["Inès Chevalier (salariée)"],
     "Plus aucune panne signalée", 1, 4,
     [("2026-02-02", "in_progress", ""), ("2026-04-10", "done", "")],
     "Six lampadaires remplacés par des LED à détecteur de présence.",
     "Aucune panne signalée depuis avril"),
    ("voisins", "Un troc de plantes au printemps", ["Josiane Perrin", "Zoé Lambert"],
     "30 participants", 3, 4,
     [("2026-04-25", "done", "")],
     "Troc le samedi 25 avril dans la cour, avec un stand de boutures.",
     "40 participants"),
    ("voisins", "Un panneau « coups de main » dans le hall", ["Rémi Dupont"],
     "Des annonces chaque mois", 3, 12,
     [("2026-03-01", "in_progress", ""),
      ("2026-09-15", "abandoned",
       "Peu utilisé et souvent arraché ; l'entraide passe par le groupe de messagerie "
       "de la résidence")],
     "Panneau posé en mars, retiré en septembre.", "3 annonces en six mois"),
    ("coop", "Afficher les comptes rendus du conseil d'administration",
     ["Sylvie Garnier (salariée)"], "4 comptes rendus affichés", 1, 12,
     [("2026-06-30", "in_progress", "")],
     "Comptes rendus de juin et d'octobre affichés dans les deux halls.",
     "2 comptes rendus sur 4"),
    ("coop", "Un livret d'accueil des nouveaux arrivants", ["Aïcha Haddad", "Noël Lefèvre"],
     "Un livret remis à chaque nouveau foyer", 2, 9,
     [("2026-10-05", "postponed",
       "Reporté à 2027 : à écrire avec le nouveau règlement intérieur")],
     "Sommaire écrit avec trois nouveaux arrivants.", ""),
]

LAST_YEAR_DETAILS = [
    ("Inès Chevalier (salariée)", "chargée de gestion locative", True),
    ("Sylvie Garnier (salariée)", "", True),
    ("Josiane Perrin", "locataire du bâtiment A", False),
]


def build_last_year() -> Workshop:
    """Last year's café and its plan as it stood at the end of 2026."""
    people = [Participant(id=f"P{n + 1:02d}", first_name=PEOPLE[i][0], last_name=PEOPLE[i][1],
                          category=PEOPLE[i][2], keep_next_year=i in LAST_YEAR_KEPT)
              for n, i in enumerate(LAST_YEAR_PEOPLE)]
    host = {p.first_name: p.id for p in people}
    tables = [Table(id=f"T{k + 1}", name=f"Table {k + 1}", theme=theme, host=host[name])
              for k, (theme, name) in enumerate([("cadre", "Hélène"), ("cadre", "Jean-Pierre"),
                                                 ("voisins", "Sylvie"), ("voisins", "Nathalie"),
                                                 ("coop", "Inès"), ("coop", "Sophie")])]
    ws = Workshop(
        id="demo-tilleuls-2025", title="Atelier vie coopérative — Résidence Les Tilleuls",
        date="2025-11-29",
        place="Résidence Les Tilleuls, salle commune, 12 rue des Tilleuls, 44000 Nantes",
        organisation="Coopérative d'habitants Les Tilleuls (Coop'HLM)",
        facilitator="Claire Dubois", participants=people, themes=list(THEMES), tables=tables,
        rotation=Rotation(round_count=3, round_minutes=20),
    )
    ws.plan.year = 2026
    add_rotation(ws)
    ws.agenda = build_agenda(ws)
    plan.set_url_pattern(ws, "https://exemple.coop/suivi/{action}")
    plan.set_general_url(ws, "https://exemple.coop/suivi")
    for theme, title, names, indicator, start, end, steps, done, result in LAST_YEAR_PLAN:
        action = plan.add_action(ws, title, theme)
        plan.update_action(ws, action.id, referents=names, indicator=indicator,
                           start_month=start, end_month=end)
        for when, status, reason in steps:
            bilan.update_item(ws, action.id, past=False, when=when, status=status,
                              status_reason=reason)
        last_date = steps[-1][0]
        bilan.update_item(ws, action.id, past=False, when=last_date, done=done, result=result)
    for name, role, public in LAST_YEAR_DETAILS:
        referents.set_referent(ws, name, role=role, public=public)
    return ws


if __name__ == "__main__":
    last_year = build_last_year()
    for name, workshop in (("demo_last_year.json", last_year), ("demo_workshop.json",
                                                                 build(last_year))):
        out = ROOT / "resources" / name
        out.write_bytes(encode(workshop_to_tables(workshop)))
        print(f"wrote {out}")
