"""Random workshops survive the file unchanged (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.model import Action, AnnualPlan, Idea, Participant, Round, Table, Theme, Vote, Workshop
from workshop.storage.store import WorkshopStore

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
ids = st.text("ABCPT0123456789", min_size=1, max_size=4)

participants = st.builds(Participant, id=ids, first_name=text, last_name=text, category=text,
                         needs_accessible=st.booleans(), present=st.booleans(), notes=text,
                         absent_rounds=st.lists(st.integers(0, 9), max_size=3))
tables = st.builds(Table, id=ids, name=text, theme=st.none() | ids, host=st.none() | ids,
                   capacity=st.integers(-3, 50), accessible=st.booleans())
workshops = st.builds(
    Workshop, id=ids, title=text, date=text, place=text,
    participants=st.lists(participants, max_size=8),
    themes=st.lists(st.builds(Theme, id=ids, title=text, question=text), max_size=4),
    tables=st.lists(tables, max_size=5),
    ideas=st.lists(st.builds(Idea, id=ids, text=text, theme=st.none() | ids), max_size=5),
    votes=st.lists(st.builds(Vote, idea=ids, dots=st.integers(-5, 100)), max_size=5),
    plan=st.builds(AnnualPlan, year=st.integers(1990, 2100), actions=st.lists(
        st.builds(Action, id=ids, title=text, referents=st.lists(text, max_size=3)), max_size=3)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ws=workshops, seating=st.dictionaries(ids, st.lists(ids, max_size=4), max_size=3))
def test_random_workshop_round_trips(tmp_path_factory, ws, seating):
    ws.rotation.rounds = [Round(seating)]
    path = tmp_path_factory.mktemp("prop") / "w.json"
    store = WorkshopStore(path)
    store.save(ws)
    store.close()
    reader = WorkshopStore(path)
    assert reader.load() == ws
    reader.close()
