"""The harvest of the tables: capitaines' summaries and photos of nappes, kept and printed.

Summaries and photos are set through :mod:`workshop.harvest` (inside an undo
record, as the window does), saved with :class:`WorkshopStore` and read back;
refusals come as one sentence in both languages; erasing a person deletes the
photos on which they may be recognised, and only those.  The compte rendu
prints each theme's harvest before its ideas, read back from the PDF: the
summaries in order, the photos embedded without metadata, none in the
version without names, twenty phone photos under 20 MB.
"""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader

from exports import render
from tests.test_paper_exports import EN, FR, flat
from tests.test_photos import assert_bare, phone_exif
from ui.main import main
from ui.text.messages import describe
from workshop import harvest
from workshop.harvest import HarvestError
from workshop.history import History
from workshop.people.privacy import erase_everywhere
from workshop.storage import photos as photo_files
from workshop.storage.serial import to_data
from workshop.storage.store import WorkshopStore


def test_a_summary_is_set_cleaned_replaced_and_removed(demo):
    harvest.set_summary(demo, "T2", 2, "  Des   bancs.\r\n\r\n\r\n  Et   de l'ombre.  ")
    assert harvest.summary(demo, "T2", 2) == "Des bancs.\n\nEt de l'ombre."
    harvest.set_summary(demo, "T2", 2, "Autre chose.")
    assert harvest.summary(demo, "T2", 2) == "Autre chose."
    assert sum(1 for s in demo.summaries if (s.table, s.round) == ("T2", 2)) == 1
    # kept in the order of the tables, then of the rounds
    order = [(s.table, s.round) for s in demo.summaries]
    assert order == sorted(order, key=lambda k: ([t.id for t in demo.tables].index(k[0]), k[1]))
    harvest.set_summary(demo, "T2", 2, "   \n ")
    assert harvest.summary(demo, "T2", 2) == ""
    assert all((s.table, s.round) != ("T2", 2) for s in demo.summaries)


def test_summaries_and_photos_survive_a_save_and_a_reload(tmp_path, demo):
    harvest.set_summary(demo, "T4", 1, "Une boîte à livres, « coups de main » & <b>vélos</b>.")
    added = harvest.add_photo(demo, "T6", None, "T6-abc.jpg", 2000, 1500, faces=True)
    path = tmp_path / "atelier.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.close()
    again = WorkshopStore(path)
    try:
        back = again.load()
    finally:
        again.close()
    assert harvest.summary(back, "T4", 1) == \
        "Une boîte à livres, « coups de main » & <b>vélos</b>."
    assert [(s.table, s.round, s.text) for s in back.summaries] == \
        [(s.table, s.round, s.text) for s in demo.summaries]
    kept = harvest.photo(back, added.id)
    assert (kept.table, kept.round, kept.file, kept.width, kept.height, kept.faces) == \
        ("T6", None, "T6-abc.jpg", 2000, 1500, True)
    assert to_data(back)["photos"] == to_data(demo)["photos"]


def test_an_older_file_without_a_harvest_opens_with_none(tmp_path, demo):
    import json

    path = tmp_path / "ancien.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.close()
    tables = json.loads(path.read_text(encoding="utf-8"))
    for name in ("summaries", "photos"):
        tables.pop(name, None)
    path.write_text(json.dumps(tables), encoding="utf-8")
    store = WorkshopStore(path)
    try:
        back = store.load()
    finally:
        store.close()
    assert back.summaries == [] and back.photos == []


def test_undo_and_redo_put_the_harvest_back(demo):
    history = History()
    before = to_data(demo)
    steps = [lambda ws: harvest.set_summary(ws, "T1", 0, "Changé."),
             lambda ws: harvest.set_summary(ws, "T3", 0, ""),
             lambda ws: harvest.add_photo(ws, "T2", 1, "T2-tour2-x.jpg"),
             lambda ws: harvest.set_faces(ws, "N01", True),
             lambda ws: harvest.remove_photo(ws, "N02")]
    states = [before]
    for step in steps:
        history.run(demo, "harvest", step)
        states.append(to_data(demo))
    assert harvest.summary(demo, "T1", 0) == "Changé." and harvest.summary(demo, "T3", 0) == ""
    assert [p.id for p in demo.photos] == ["N01", "N03"] and demo.photos[0].faces
    for expected in reversed(states[:-1]):
        history.undo()
        assert to_data(demo) == expected
    for expected in states[1:]:
        history.redo()
        assert to_data(demo) == expected


@pytest.mark.parametrize("call, code, french, english", [
    (lambda ws: harvest.set_summary(ws, "T99", 0, "x"), "unknown_table",
     "Cette table n'existe plus : rien n'a été enregistré.",
     "This table no longer exists: nothing was saved."),
    (lambda ws: harvest.set_summary(ws, "T1", 3, "x"), "bad_round",
     "L'atelier n'a pas de tour 4 (il en a 3) : rien n'a été enregistré.",
     "The workshop has no round 4 (it has 3): nothing was saved."),
    (lambda ws: harvest.set_summary(ws, "T1", None, "x"), "no_round",
     "Choisissez le tour dont ce résumé parle.", "Choose the round this summary is about."),
    (lambda ws: harvest.set_summary(ws, "T1", 0, "mot " * 800), "summary_too_long",
     "Le résumé fait 3199 caractères, 3000 au plus : gardez l'essentiel, le détail va dans "
     "les idées.",
     "The summary is 3199 characters long, 3000 at most: keep the gist, the details go into "
     "the ideas."),
    (lambda ws: harvest.add_photo(ws, "T1", 0, ""), "no_file",
     "Aucun fichier de photo n'a été donné.", "No photo file was given."),
    (lambda ws: harvest.remove_photo(ws, "N77"), "unknown_photo",
     "Cette photo n'est plus dans l'atelier.", "This photo is no longer in the workshop."),
])
def test_a_refusal_is_one_sentence_and_changes_nothing(demo, call, code, french, english):
    before = to_data(demo)
    with pytest.raises(HarvestError) as caught:
        History().run(demo, "harvest", call)
    assert caught.value.code == code
    assert describe(caught.value, "fr") == french
    assert describe(caught.value, "en") == english
    assert to_data(demo) == before


def test_photos_of_a_table_by_round_or_all(demo):
    harvest.add_photo(demo, "T1", 1, "T1-tour2.jpg")
    harvest.add_photo(demo, "T1", None, "T1.jpg")
    assert [p.file for p in harvest.photos_of(demo, "T1", 0)] == ["nappe-table1-tour1.jpg"]
    assert [p.file for p in harvest.photos_of(demo, "T1", None)] == ["T1.jpg"]
    assert len(harvest.photos_of(demo, "T1", None, any_round=True)) == 3


# -- erasing a person reaches the photos on which they may be seen ----------------------
def test_photos_showing_someone_are_those_with_faces_where_they_sat(demo):
    # round 1 (index 0): T1 seats P01 (its capitaine), P03, P04, P26, P27
    assert harvest.photos_showing(demo, "P03") == []  # no photo shows faces yet
    harvest.set_faces(demo, "N01", True)
    assert [p.id for p in harvest.photos_showing(demo, "P03")] == ["N01"]
    assert [p.id for p in harvest.photos_showing(demo, "P01")] == ["N01"]  # the capitaine
    assert harvest.photos_showing(demo, "P10") == []  # at T1 in round 2 only, not round 1
    # a photo with faces and no round: everyone who ever sat at the table
    anytime = harvest.add_photo(demo, "T1", None, "T1.jpg", faces=True)
    assert [p.id for p in harvest.photos_showing(demo, "P10")] == [anytime.id]
    assert harvest.photos_showing(demo, "P07") == []  # never at T1


def test_erasing_a_person_deletes_the_photos_with_faces_where_they_sat(demo_file):
    store = WorkshopStore(demo_file)
    ws = store.load()
    folder = store.photo_dir
    assert sorted(p.name for p in photo_files.files_in(folder)) == \
        ["nappe-table1-tour1.jpg", "nappe-table3-tour1.jpg"]
    harvest.set_faces(ws, "N01", True)             # T1, round 1: faces
    store.save(ws)
    store.backup("import")                         # a copy that names the photo too
    report = erase_everywhere(ws, store, "P27")    # at T1 in round 1
    try:
        assert [p.id for p in ws.photos] == ["N02"]
        assert [p.name for p in report.photos_deleted] == ["nappe-table1-tour1.jpg"]
        assert [p.name for p in photo_files.files_in(folder)] == ["nappe-table3-tour1.jpg"]
        # the photo without faces (T3) stays, whoever sat there
        erase_everywhere(ws, store, "P09")          # at T3 in round 1
        assert [p.id for p in ws.photos] == ["N02"]
        assert [p.name for p in photo_files.files_in(folder)] == ["nappe-table3-tour1.jpg"]
    finally:
        store.close()
    reopened = WorkshopStore(demo_file)
    try:
        assert [p.id for p in reopened.load().photos] == ["N02"]
    finally:
        reopened.close()


def test_erasing_someone_who_was_not_there_keeps_the_photo(demo_file):
    store = WorkshopStore(demo_file)
    ws = store.load()
    harvest.set_faces(ws, "N01", True)
    store.save(ws)
    try:
        report = erase_everywhere(ws, store, "P07")  # never at T1
        assert [p.id for p in ws.photos] == ["N01", "N02"] and report.photos_deleted == []
        assert len(photo_files.files_in(store.photo_dir)) == 2
    finally:
        store.close()


# -- the compte rendu's harvest ------------------------------------------------------------
def report_text(pdf: bytes) -> str:
    return flat("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def images_of(pdf: bytes) -> list[bytes]:
    return [image.data for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]


@pytest.fixture
def demo_photos(tmp_path, demo):
    from workshop.demo import place_demo_photos

    folder = tmp_path / "atelier.json.photos"
    place_demo_photos(demo, folder)
    return folder


def test_the_report_opens_each_theme_with_its_harvest(demo, demo_photos):
    harvest.set_summary(demo, "T2", 2, "Résumé de la table deux, « tour 3 » & <b>gras</b>.")
    pdf = render("report", demo, FR, photos=demo_photos)
    text = report_text(pdf)
    order = ["Larécoltedestables,lesidéesetleursvotes",
             "Récolte—Cadredevieetespacesextérieurs", "Table1—LesTilleuls",
             "Tour1:Onasurtoutparlédelacour", "Tour2:Legroupeareprislesbancs",
             "Table1—LesTilleuls—Tour1",  # the photo's caption
             "Table2—LesÉrables", "Tour3:Résumédelatabledeux,«tour3»&<b>gras</b>.",
             "Cadredevieetespacesextérieurs—54gommettes",
             "Récolte—Convivialitéetlienentrevoisins", "Tour1:Toutlemondeveutseconnaîtremieux",
             "Convivialitéetlienentrevoisins—51gommettes",
             "Récolte—Communicationaveclacoopérative",
             "Tour1:Onnesaitpascequedécideleconseil"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    images = images_of(pdf)
    assert len(images) == 2
    for data in images:
        assert_bare(data)


def test_the_report_without_names_has_no_photo_and_says_why(demo, demo_photos):
    pdf = render("report", demo, FR, photos=demo_photos, anonymous=True)
    assert images_of(pdf) == []
    assert "Lesphotosdesnappesnesontpasreprisesdanslaversionsansnoms" in report_text(pdf)
    assert "Tour1:Onasurtoutparlédelacour" in report_text(pdf)  # the summaries stay


def test_a_missing_photo_file_is_named_not_dropped(demo, demo_photos):
    (demo_photos / "nappe-table3-tour1.jpg").unlink()
    pdf = render("report", demo, FR, photos=demo_photos)
    assert len(images_of(pdf)) == 1
    assert "Photointrouvable:Table3—LesCerisiers—Tour1" in report_text(pdf)
    english = report_text(render("report", demo, EN, photos=demo_photos))
    assert "Photonotfound:Table3—LesCerisiers—Round1" in english
    assert "Harvest—Cadredevieetespacesextérieurs" in english


@pytest.fixture(scope="module")
def twenty_photos(tmp_path_factory):
    """The demo with twenty 4000×3000 phone photos of pure noise (the worst for JPEG).

    Each is a distinct picture carrying orientation 6 and GPS, added the way the
    window adds one: prepared, kept by the store, recorded with its table and round.
    """
    import numpy as np
    from PIL import Image

    from workshop.demo import demo_workshop

    folder = tmp_path_factory.mktemp("twenty")
    ws = demo_workshop()
    ws.photos.clear()
    store = WorkshopStore(folder / "atelier.json")
    store.save(ws)
    rng = np.random.default_rng(20)
    for i in range(20):
        source = folder / f"IMG_{i:04d}.jpg"
        pixels = rng.integers(0, 256, (3000, 4000, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(source, quality=90, exif=phone_exif(6))
        prepared = photo_files.prepare(source)
        table, round_ = ws.tables[i % len(ws.tables)].id, (i // len(ws.tables)) % 3
        name = store.keep_photo(prepared, table, round_)
        harvest.add_photo(ws, table, round_, name, prepared.width, prepared.height)
        source.unlink()
    store.save(ws)
    pdf = render("report", ws, FR, photos=store.photo_dir)
    store.close()
    return ws, pdf


def test_a_report_with_twenty_phone_photos_stays_under_20_mb(twenty_photos):
    ws, pdf = twenty_photos
    assert len(ws.photos) == 20
    assert len(pdf) < 20 * 1024 * 1024
    images = images_of(pdf)
    assert len(images) == 20
    assert len({hashlib.sha256(data).digest() for data in images}) == 20  # none shared
    assert "Photointrouvable" not in report_text(pdf)


def test_no_photo_in_the_report_carries_its_position(twenty_photos):
    _ws, pdf = twenty_photos
    for data in images_of(pdf):
        assert data[:2] == b"\xff\xd8"  # the JPEG itself, passed through
        assert_bare(data)


def test_the_command_line_report_shows_the_demo_photos(demo_file, tmp_path):
    out = tmp_path / "pdf"
    assert main(["export", str(demo_file), "--out", str(out)]) == 0
    report = (out / "compte-rendu.pdf").read_bytes()
    assert "Photointrouvable" not in report_text(report)
    assert len(images_of(report)) == 2
