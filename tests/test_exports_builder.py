"""Workshops for the export tests: a realistic one and a hostile one.

Built by hand (the demo has no rotation, ideas or actions yet): 30 people,
6 tables, 3 rounds seated by a simple shift, ideas with votes, a tie
decision and the 6 actions of the 3 × 2 rule.
"""

from __future__ import annotations

from workshop.model import (
    Action,
    Idea,
    Participant,
    Round,
    Table,
    Theme,
    TieDecision,
    Vote,
    Workshop,
)
from workshop.plan import set_general_url, set_url_pattern

FIRST = ["Hélène", "Karim", "Françoise", "Mamadou", "Sylvie", "Jean-Pierre", "Aïcha", "Noël",
         "Chloé", "Thomas", "Nathalie", "Rémi", "Zoé", "Œlian", "Fatou"]
LAST = ["Moreau", "Benali", "Leroy", "Diallo", "Garnier", "Fournier", "Haddad", "Lefèvre",
        "Rousseau", "Girard", "Bonnet", "Dupont", "Lambert", "Mercier", "Ndiaye"]
CATS = ["locataire", "accédant", "salarié", "partenaire", "élu", "locataire"]

ACTIONS = [
    ("Fête des voisins au printemps", "voisins", 5, 6, ["Aïcha H.", "Noël L."],
     "80 personnes présentes"),
    ("Jardin partagé derrière le bâtiment B", "cadre", 3, 10, ["Karim B.", "Hélène M. (salariée)"],
     "10 foyers inscrits"),
    ("Bancs et éclairage de la cour", "cadre", 2, 4, ["Françoise L."], "Travaux réceptionnés"),
    ("Boîte à livres « Lire ensemble »", "voisins", 1, 2, ["Zoé L."], "Boîte installée et remplie"),
    ("Lettre trimestrielle de la coopérative", "coop", 1, 12, ["Sylvie G."],
     "4 lettres envoyées"),
    ("Permanence mensuelle du conseil", "coop", 2, 12, ["Rémi D.", "Nathalie B."],
     "10 permanences tenues"),
]


def realistic_workshop(people: int = 30, tables: int = 6, rounds: int = 3) -> Workshop:
    ws = Workshop(id="w", title="Atelier vie coopérative — Résidence Les Tilleuls",
                  date="2026-12-05", place="Résidence Les Tilleuls, salle commune, Nantes",
                  organisation="Coopérative d'habitants Les Tilleuls (Coop'HLM)",
                  facilitator="Claire Dubois")
    ws.participants = [
        Participant(f"P{i + 1:03d}", FIRST[i % len(FIRST)],
                    LAST[(i * 7 + i // len(FIRST)) % len(LAST)],
                    CATS[i % len(CATS)], present=i % 9 != 0)
        for i in range(people)]
    ws.themes = [
        Theme("cadre", "Cadre de vie et espaces extérieurs",
              "Comment rendre nos espaces communs plus agréables ?", "#2e8b57"),
        Theme("voisins", "Convivialité et lien entre voisins",
              "Qu'est-ce qui nous aiderait à mieux nous connaître ?", "#d2691e"),
        Theme("coop", "Communication avec la coopérative",
              "Comment être mieux informés et associés aux décisions ?", "#4169e1"),
    ]
    ws.tables = [Table(f"T{t + 1}", f"Table {t + 1} — Les {['Tilleuls', 'Érables', 'Chênes'][t % 3]}",
                       ws.themes[t % 3].id, ws.participants[t].id, capacity=people // tables + 2)
                 for t in range(tables)]
    hosts = {t.host for t in ws.tables}
    movers = [p.id for p in ws.participants if p.id not in hosts]
    ws.rotation.round_count = rounds
    for r in range(rounds):
        seating: dict[str, list[str]] = {t.id: [t.host] for t in ws.tables}
        for i, pid in enumerate(movers):
            seating[ws.tables[(i % tables + r * (1 + i // tables)) % tables].id].append(pid)
        ws.rotation.rounds.append(Round(seating))
    texts = ["Installer des bancs à l'ombre", "Un jardin partagé", "Plus d'éclairage le soir",
             "Une fête des voisins", "Une boîte à livres", "Un repas partagé mensuel",
             "Une lettre d'information", "Des permanences du conseil", "Un panneau d'affichage"]
    for i, text in enumerate(texts):
        ws.ideas.append(Idea(f"I{i + 1}", text, ws.themes[i // 3].id))
        ws.votes.append(Vote(f"I{i + 1}", dots=[9, 10, 4, 8, 6, 6, 10, 7, 3][i]))
    ws.ideas.append(Idea("I10", "Idée fusionnée avec le jardin", "cadre", merged_into="I2"))
    ws.votes.append(Vote("I10", dots=3))
    ws.tie_decisions.append(TieDecision("D1", "actions", ["I5", "I6"], 1, "voisins", "runoff",
                                        {"I5": 9, "I6": 4}, ["I5"]))
    ideas_of = {"Fête des voisins au printemps": "I4", "Jardin partagé derrière le bâtiment B": "I2",
                "Bancs et éclairage de la cour": "I1", "Boîte à livres « Lire ensemble »": "I5",
                "Lettre trimestrielle de la coopérative": "I7",
                "Permanence mensuelle du conseil": "I8"}
    for i, (title, theme, start, end, refs, indicator) in enumerate(ACTIONS):
        ws.plan.actions.append(Action(f"A{i + 1:02d}", title, theme, ideas_of[title],
                                      description="Porté avec les habitants volontaires.",
                                      referents=refs, start_month=start, end_month=end,
                                      budget="1 200 €" if i % 2 else "", indicator=indicator))
    ws.plan.actions[2].status = "done"
    ws.plan.actions[5].status = "abandoned"
    ws.plan.actions[5].status_reason = "Salle indisponible cette année"
    set_url_pattern(ws, "https://exemple.coop/suivi/{action}")
    set_general_url(ws, "exemple.coop/suivi")
    return ws


HOSTILE = [
    "<b>gras jamais fermé", "a<b", "0.1 <A <0.9", "Tom & Jerry &amp; co",
    '<img src="/etc/hostname"/>', "<para>x</para>", "Émoji 🎉😀👍🏽 fin",
    "Łukasz Żółć Ștefan Ăla", "שרה כהן", "محمد العربي", "\u202eevil\u202c",
    "mot" + "x" * 300, "ligne 1\nligne 2\r\nligne 3\ttab\x07bell",
]


def hostile_workshop() -> Workshop:
    ws = realistic_workshop(people=16, tables=3, rounds=2)
    for person, text in zip(ws.participants, HOSTILE):
        person.first_name, person.last_name = text, HOSTILE[-1 - HOSTILE.index(text)]
    for idea, text in zip(ws.ideas, HOSTILE):
        idea.text = text
    ws.ideas[0].text = ("Une très longue proposition & <b>détaillée</b>. " * 50)[:2000]
    ws.themes[0].title = "<i>Cadre</i> & vie " + "y" * 120
    ws.themes[1].question = "Pourquoi ? " * 150
    ws.themes[2].colour = "pas une couleur"
    ws.tables[0].name = "<table> & " + "z" * 80
    for action, text in zip(ws.plan.actions, HOSTILE[3:]):
        action.title = text
        action.description = ("Description très longue ✂ " * 90)[:2000]
        action.referents = HOSTILE[:3]
        action.indicator = HOSTILE[6]
    ws.title = "Atelier <b> & « test » 🎉"
    ws.organisation = HOSTILE[4]
    return ws


def test_realistic_workshop_is_consistent():
    ws = realistic_workshop()
    for rnd in ws.rotation.rounds:
        seated = [pid for pids in rnd.seating.values() for pid in pids]
        assert sorted(seated) == sorted(p.id for p in ws.participants)
    assert len(ws.plan.actions) == 6 and all(a.url for a in ws.plan.actions)


def test_hostile_workshop_keeps_its_traps():
    ws = hostile_workshop()
    assert any("<img" in p.full_name for p in ws.participants)
    assert len(ws.ideas[0].text) == 2000
