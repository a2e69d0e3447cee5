"""Awkward workshops for the layout check, generated (nothing hand-typed per case).

``awkward_workshop`` pushes every field: 400 people with long compound
names, 6 rounds, tables with long names, 120-character theme titles and
long questions, 600-character descriptions, 12 actions with 3 référents
each, chosen months, a period from September to August, some actions
without an address, every status.  ``sparse_workshop`` leaves every
optional field empty.  Texts are real French words, so that hyphenation
has something to do and a word cut without a hyphen can be recognised.
"""

from __future__ import annotations

from workshop.model import (
    Action,
    AgendaStep,
    Idea,
    Participant,
    Round,
    Table,
    Theme,
    Vote,
    Workshop,
)
from workshop.plan import set_general_url, slug

WORDS = ("coopérative résidence habitants voisinage convivialité jardinage stationnement "
         "accessibilité éclairage sécurisation végétalisation concertation mutualisation "
         "information copropriété déplacements accompagnement intergénérationnel "
         "solidarité entretien aménagement participation gouvernance réhabilitation "
         "bienveillance responsabilité communication programmation environnementale "
         "compostage bibliothèque animation permanence rencontres").split()

FIRST = ["Marie-Bernadette", "Jean-Christophe", "Anne-Élisabeth", "Maximilien", "Aïcha",
         "Pierre-Emmanuel", "Françoise-Hélène", "Mamadou", "Œlian", "Marie-Thérèse"]
LAST = ["de La Rochefoucauld-Montmorency", "Vandenbroucke-Delacroix", "N'Diaye",
        "Saint-Exupéry de Chambord", "Lefèvre", "Benali", "Oudinot-Chateaubriand",
        "d'Estienne d'Orves", "Le Guennec-Kerhervé", "Moreau"]
CATEGORIES = ["locataire", "accédant", "salarié", "partenaire", "élu", "autre", ""]
STATUSES = ["planned", "in_progress", "done", "postponed", "abandoned"]


def sentence(seed: int, length: int) -> str:
    """French words up to ``length`` characters, different for each seed."""
    out: list[str] = []
    i = seed
    while True:
        word = WORDS[(i * 7 + seed) % len(WORDS)]
        if len(" ".join(out + [word])) > length:
            break
        out.append(word)
        i += 1
    return (" ".join(out)).capitalize()


def awkward_workshop(people: int = 400, rounds: int = 6, actions: int = 12) -> Workshop:
    ws = Workshop("awkward", sentence(1, 150), date="2026-03-01",
                  place=sentence(2, 120) + ", Saint-Étienne-du-Rouvray",
                  organisation=sentence(3, 110), facilitator="Marie-Bernadette "
                  "de La Rochefoucauld-Montmorency")
    ws.participants = [
        Participant(f"P{i:03d}", FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)],
                    CATEGORIES[i % len(CATEGORIES)], present=i % 8 != 0,
                    absent_rounds=[2] if i % 37 == 5 else [])
        for i in range(people)]
    colours = ["#2e8b57", "#d2691e", "#4169e1", "#8b008b"]
    ws.themes = [Theme(f"th{k}", sentence(10 + k, 120), sentence(20 + k, 300) + " ?",
                       colours[k]) for k in range(4)]
    table_count = max(1, people // 7)
    ws.tables = [Table(f"T{t + 1}", f"Table {t + 1} — {sentence(30 + t, 45)}",
                       ws.themes[t % 4].id, ws.participants[t].id, capacity=8)
                 for t in range(table_count)]
    hosts = {t.host for t in ws.tables}
    movers = [p for p in ws.participants if p.id not in hosts]
    ws.rotation.round_count = rounds
    ws.rotation.round_minutes = 15
    for r in range(rounds):
        seating: dict[str, list[str]] = {t.id: [t.host] for t in ws.tables}
        for i, person in enumerate(movers):
            if r in person.absent_rounds:
                continue
            seating[ws.tables[(i + r * (1 + i // table_count)) % table_count].id].append(person.id)
        ws.rotation.rounds.append(Round(seating))
    ws.agenda = [AgendaStep("S01", "welcome", "Accueil", 20),
                 AgendaStep("S02", "introduction", "Introduction", 10)]
    for r in range(rounds):
        if r:
            ws.agenda.append(AgendaStep(f"S{len(ws.agenda) + 1:02d}", "transition",
                                        "Changement", 5, r))
        ws.agenda.append(AgendaStep(f"S{len(ws.agenda) + 1:02d}", "round", f"Tour {r + 1}",
                                    15, r))
    ws.show.planned_start = "9h30"
    for i in range(24):
        ws.ideas.append(Idea(f"I{i:02d}", sentence(40 + i, 200), ws.themes[i % 4].id))
        ws.votes.append(Vote(f"I{i:02d}", (i * 13) % 17 + 1))
    ws.plan.year, ws.plan.first_month = 2026, 9
    ws.plan.residence = sentence(5, 90)
    ws.plan.contact = "Accueil de la coopérative, 02 40 00 00 00, bonjour@exemple.coop"
    for k in range(actions):
        action = Action(f"A{k + 1:02d}", sentence(60 + k, 110), ws.themes[k % 4].id,
                        f"I{k:02d}", description=sentence(80 + k, 600),
                        referents=[f"{FIRST[(k + j) % 10]} {LAST[(k + 2 * j) % 10]}"
                                   for j in range(3)],
                        start_month=1 + k % 6, end_month=7 + k % 6,
                        budget=f"{1200 + 150 * k} € (subvention {sentence(90 + k, 60)})",
                        indicator=sentence(100 + k, 160), status=STATUSES[k % 5])
        if action.status == "abandoned":
            action.status_reason = sentence(110 + k, 140)
        if k % 3 == 1:
            action.months = [1, 4, 7, 10]  # a meal each quarter
        if k % 4 == 2:
            action.start_month = action.end_month = 10  # a one-month action
        if k % 5 != 3:  # some actions have no follow-up address
            action.url = f"https://exemple.coop/suivi/{slug(sentence(120 + k, 60))}"
        ws.plan.actions.append(action)
    set_general_url(ws, "https://exemple.coop/suivi")
    return ws


def sparse_workshop() -> Workshop:
    """Only what is required: no date, place, organisation, questions, addresses."""
    ws = Workshop("sparse", "Atelier")
    ws.participants = [Participant(f"P{i}", name) for i, name in
                       enumerate(["Zoé", "Karim", "Inès", "Noé", "Léa", "Rémi", "Éva", "Ali"])]
    ws.themes = [Theme("a", "Cour"), Theme("b", "Salle")]
    ws.tables = [Table("T1", "1", "a", None), Table("T2", "2", "b", "P1")]
    ws.rotation.rounds = [Round({"T1": ["P0", "P2", "P3"], "T2": ["P1", "P4", "P5", "P6", "P7"]}),
                          Round({"T1": ["P4", "P5", "P6"], "T2": ["P1", "P0", "P2", "P3", "P7"]})]
    ws.plan.actions = [Action("A01", "Bancs", "a"), Action("A02", "Fête", None, start_month=6,
                                                           end_month=6)]
    return ws


CORPUS = {"awkward": awkward_workshop, "sparse": sparse_workshop}
