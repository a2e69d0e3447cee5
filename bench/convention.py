"""A generated convention: one workshop per room, as the rooms' laptops would save them.

Shared by ``bench/rooms.py`` and the tests of large events (no real people:
names from short lists).  Each room has its participants (from cooperatives:
``organisation``), groups of 5–6 without capitaine that chose one of the
same four questions, one project per group and two ideas, and the paper
tallies counted on its posters.  On purpose, so that a merge has something
to find:

* a few people registered in two rooms (same name, accents and case aside);
* projects with the same words in different rooms (« Créer un jardin
  partagé » / « creer un JARDIN partage »);
* one room whose file holds two tallies for one project (a count entered twice).

Seating comes from the rotation engine with the organisation-spread rule
(at most ``max_per_organisation`` people of one organisation per group).
"""

from __future__ import annotations

from workshop.model import Idea, IdeaSource, Participant, Round, Table, Theme, Vote, Workshop

ROOMS = ["Garonne", "Loire", "Rhône", "Seine", "Dordogne", "Vilaine", "Charente", "Allier"]
FIRST = ["Hélène", "Karim", "Françoise", "Mamadou", "Sylvie", "Aïcha", "Noël", "Chloé", "Zoé",
         "Rémi", "Inès", "Gérard", "Maëlle", "Ousmane", "Léa", "Yannick", "Agnès", "Bruno",
         "Céline", "Didier"]
LAST = ["Moreau", "Benali", "Leroy", "Diallo", "Garnier", "Haddad", "Lefèvre", "Rousseau",
        "Girard", "Mercier", "Ndiaye", "Perrin", "Fontaine", "Traoré", "Le Gall", "Guérin",
        "Bonnet", "Lambert", "Faure", "Roux", "Blanc", "Chevalier"]
ORGANISATIONS = ["Coop'Habitat Atlantique", "Le Toit Partagé", "Habitat Solidaire 44",
                 "Les Castors de l'Ouest", "Maison Commune", "Coop Logis Nord",
                 "Rives Habitat", "L'Abri Coopératif", "Terres d'Habitat", "Habiter Ensemble",
                 "Coopérative Horizon", "Foyer du Val"]
CATEGORIES = ["salarié", "élu", "partenaire", "locataire", "accédant"]
QUESTIONS = [
    ("Vivre ensemble", "Comment mieux vivre ensemble dans nos résidences ?", "#2e8b57"),
    ("Transition écologique", "Quel projet pour une résidence plus sobre ?", "#4169e1"),
    ("Participation des habitants", "Comment associer chaque habitant·e aux décisions ?",
     "#d2691e"),
    ("Coopérer entre coopératives", "Que pourrions-nous faire ensemble, entre coopératives ?",
     "#8b3a8b"),
]
#: the projects several rooms came up with (the same words, typed otherwise in odd rooms)
SHARED = [("Créer un jardin partagé", "creer un JARDIN partage"),
          ("Des composteurs collectifs", "composteurs collectifs, des"),
          ("Un budget participatif annuel", "Un BUDGET participatif annuel")]
PROJECTS = ["Une fête des voisins", "Un atelier de réparation de vélos",
            "Une bourse d'échange de savoirs", "Un local commun pour les associations",
            "Un conseil de résidence élu", "Du covoiturage entre voisins",
            "Former des habitant·es relais", "Un journal de la résidence",
            "Mutualiser les achats d'énergie", "Une ressourcerie inter-coopératives",
            "Des chantiers participatifs d'entretien", "Un accueil des nouveaux arrivants",
            "Une salle de sport partagée", "Des potagers sur les toits",
            "Une université populaire de l'habitat"]
PLACES = ["aux Tilleuls", "à Bellevue", "aux Glycines", "au Clos Fleuri", "à la Source",
          "aux Acacias", "au Moulin", "à Beausoleil"]


def person_name(g: int) -> tuple[str, str]:
    """The ``g``-th person of the convention (unique up to 440 people)."""
    return FIRST[g % len(FIRST)], LAST[(g // len(FIRST)) % len(LAST)]


def project_title(index: int, group: int) -> str:
    if group < len(SHARED):
        return SHARED[group][index % 2]
    return f"{PROJECTS[(group + 3 * index) % len(PROJECTS)]} {PLACES[index % len(PLACES)]}"


def room_workshop(index: int, people: int = 80, groups: int = 15, seed: int = 0,
                  max_per_organisation: int = 2, seat: bool = True) -> Workshop:
    """Room ``index`` (from 0): its people, groups, projects, ideas and tallies."""
    name = ROOMS[index % len(ROOMS)]
    ws = Workshop(f"convention-salle-{index + 1}", "Convention régionale des coopératives 2027",
                  date="2027-06-12", place=f"Salle {name}",
                  organisation="Fédération des coopératives d'habitation",
                  facilitator=f"{FIRST[(index * 3) % len(FIRST)]} {LAST[index % len(LAST)]}")
    ws.themes = [Theme(f"TH{k + 1:02d}", title, question, colour)
                 for k, (title, question, colour) in enumerate(QUESTIONS)]
    ws.participants = []
    for i in range(people):
        g = index * people + i + seed
        first, last = person_name(g)
        ws.participants.append(Participant(
            f"P{i + 1:03d}", first, last, CATEGORIES[g % len(CATEGORIES)], present=True,
            organisation=ORGANISATIONS[(g * 7) % len(ORGANISATIONS)]))
    if index > 0:  # three people of the previous room registered here too
        for k in range(3):
            first, last = person_name((index - 1) * people + 10 + k + seed)
            twin = ws.participants[k]
            twin.first_name, twin.last_name = first.upper(), last.lower()
    ws.tables = [Table(f"T{g + 1:02d}", f"Groupe {g + 1}", capacity=6) for g in range(groups)]
    for g, table in enumerate(ws.tables):  # each group chose its question
        table.theme, table.theme_chosen = f"TH{(g + index) % len(QUESTIONS) + 1:02d}", True
    ws.rotation.round_count = 1
    if seat:
        ws.rotation.rounds = [Round(seating(ws, max_per_organisation, seed))]
    n = 0
    for g, table in enumerate(ws.tables):
        title = project_title(index, g)
        n += 1
        ws.ideas.append(Idea(f"I{n:02d}", title, table.theme, table.id, 0,
                             [IdeaSource(table.id, 0)], kind="project",
                             description=f"Le groupe {g + 1} propose : {title.lower()}, "
                                         "porté par les habitant·es volontaires.",
                             practical="Calendrier : dès la rentrée. Budget : 1 500 €. "
                                       "Partenaires : la commune, le centre social."))
        ws.votes.append(Vote(f"I{n:02d}", (g * 7 + index * 3) % 19 + 1))
        for k in range(2):
            n += 1
            ws.ideas.append(Idea(f"I{n:02d}", f"Idée {k + 1} du groupe {g + 1} en salle {name}",
                                 table.theme, table.id, 0, [IdeaSource(table.id, 0)]))
            if k == 0:
                ws.votes.append(Vote(f"I{n:02d}", (g + index) % 5 + 1))
    if index == 2:  # a count entered twice on this room's laptop
        ws.votes.append(Vote(ws.votes[0].idea, ws.votes[0].dots))
    return ws


def problem_json(ws: Workshop, max_per_organisation: int) -> dict:
    """The room as a rotation problem, with the organisation-spread rule."""
    return {
        "rounds": ws.rotation.round_count,
        "tables": [{"id": t.id, "theme": t.theme, "host": t.host, "capacity": t.capacity}
                   for t in ws.tables],
        "participants": [{"id": p.id, "category": p.category, "organisation": p.organisation}
                         for p in ws.participants],
        "max_per_organisation": max_per_organisation,
    }


def seating(ws: Workshop, max_per_organisation: int, seed: int = 0) -> dict[str, list[str]]:
    """The first round's seating by the rotation engine."""
    from workshop.rotation import plan_rotation, problem_from_json

    result = plan_rotation(problem_from_json(problem_json(ws, max_per_organisation)),
                           seed=seed, time_limit=5.0)
    return result.rounds[0]


def convention(rooms: int = 5, people: int = 80, groups: int = 15, seed: int = 0,
               seat: bool = True) -> list[Workshop]:
    """The rooms' workshops of one convention (400 people for the defaults)."""
    return [room_workshop(k, people, groups, seed, seat=seat) for k in range(rooms)]
