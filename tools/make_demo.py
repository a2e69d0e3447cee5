"""Write ``resources/demo_workshop.json``, the demo workshop (fictional people).

Run ``python tools/make_demo.py`` after changing it; the JSON is committed so
the app needs nothing but the file at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop.model import (  # noqa: E402
    AgendaStep,
    Participant,
    Rotation,
    Table,
    Theme,
    Workshop,
)
from workshop.store import encode, workshop_to_tables  # noqa: E402

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


def build() -> Workshop:
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
    return Workshop(
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
        agenda=agenda(3, 20),
    )


def agenda(rounds: int, minutes: int) -> list[AgendaStep]:
    steps = [
        AgendaStep("S01", "welcome", "Accueil café et émargement", 15),
        AgendaStep("S02", "introduction", "Introduction : la méthode et les thèmes", 10),
    ]
    for r in range(rounds):
        steps.append(AgendaStep(f"S{len(steps) + 1:02d}", "round", f"Tour {r + 1}", minutes, r))
        if r < rounds - 1:
            steps.append(
                AgendaStep(f"S{len(steps) + 1:02d}", "transition", "Changement de table", 3, r + 1)
            )
    steps += [
        AgendaStep(f"S{len(steps) + 1:02d}", "plenary", "Synthèse en plénière", 30),
        AgendaStep(f"S{len(steps) + 2:02d}", "vote", "Vote aux gommettes", 15),
        AgendaStep(f"S{len(steps) + 3:02d}", "closing", "Clôture et suites", 10),
    ]
    return steps


if __name__ == "__main__":
    out = ROOT / "resources" / "demo_workshop.json"
    out.write_bytes(encode(workshop_to_tables(build())))
    print(f"wrote {out}")
