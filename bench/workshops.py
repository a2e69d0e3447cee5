"""Generated workshops the benchmarks share (no real people: names from short lists)."""

from __future__ import annotations

from workshop.model import Action, Idea, Participant, Round, Table, Theme, Vote, Workshop
from workshop.plan import set_general_url, set_url_pattern

FIRST = ["Hélène", "Karim", "Françoise", "Mamadou", "Sylvie", "Aïcha", "Noël", "Chloé", "Zoé",
         "Œlian", "Rémi", "Inès", "Gérard", "Maëlle", "Ousmane", "Léa"]
LAST = ["Moreau", "Benali", "Leroy", "Diallo", "Garnier", "Haddad", "Lefèvre", "Rousseau",
        "Girard", "Mercier", "Ndiaye", "Perrin", "Fontaine", "Traoré", "Le Gall", "Guérin"]
CATS = ["locataire", "accédant", "salarié", "partenaire", "élu"]


def big_workshop(people: int = 400, tables: int = 70, rounds: int = 4,
                 ideas: int = 120) -> Workshop:
    """A large event: one capitaine per table, 3 themes, a seating plan, ideas with dots."""
    ws = Workshop("bench", "Grand atelier des résidences — 400 personnes", date="2027-03-20",
                  place="Palais des congrès, Nantes", organisation="Union des coopératives",
                  facilitator="Claire Dubois")
    ws.participants = [Participant(f"P{i:03d}", FIRST[i % 16], LAST[(i // 16) % 16],
                                   CATS[i % 5], present=i % 7 != 0) for i in range(people)]
    ws.themes = [Theme(f"th{k}", f"Thème {k + 1} : vivre ensemble à la résidence",
                       "Qu'est-ce qui améliorerait notre quotidien ?", c)
                 for k, c in enumerate(["#2e8b57", "#d2691e", "#4169e1"])]
    ws.tables = [Table(f"T{t + 1}", f"Table {t + 1}", f"th{t % 3}", f"P{t:03d}", capacity=7)
                 for t in range(tables)]
    movers = [p.id for p in ws.participants[tables:]]
    for r in range(rounds):
        seating = {t.id: [t.host] for t in ws.tables}
        for i, pid in enumerate(movers):
            seating[f"T{(i % tables + r * (1 + i // tables)) % tables + 1}"].append(pid)
        ws.rotation.rounds.append(Round(seating))
    ws.rotation.round_count = rounds
    for i in range(ideas):
        ws.ideas.append(Idea(f"I{i:03d}", f"Proposition n° {i + 1} : une idée de la table "
                                          f"{i % tables + 1} pour la résidence", f"th{i % 3}"))
        ws.votes.append(Vote(f"I{i:03d}", (i * 37) % 23 + 1))
    for k in range(6):
        ws.plan.actions.append(Action(f"A{k + 1:02d}", f"Action n° {k + 1} : fête de quartier",
                                      f"th{k % 3}", f"I{k:03d}", referents=["Karim B."],
                                      start_month=k + 1, end_month=k + 4,
                                      indicator="Objectif atteint"))
    set_url_pattern(ws, "https://exemple.coop/suivi/{action}")
    set_general_url(ws, "https://exemple.coop/suivi")
    return ws
