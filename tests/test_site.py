"""The follow-up site, read back from the disk: valid, self-contained, public by design."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import html5lib
import pytest
import zxingcpp

from exports import export_all
from exports.site import SiteError, site_base, write_site
from exports.site.addresses import place
from exports.site.pages import BACKGROUND, LINK, MUTED, STATUS_COLOURS, TEXT, _css
from tests.test_exports_pdf import pages_as_images
from ui.main import main
from ui.text import catalogue
from workshop import carry_over, plan, referents
from workshop.demo import DEMO_PATH

BASE = "https://exemple.coop/suivi/"


@pytest.fixture
def site(demo, tmp_path):
    folder = tmp_path / "site"
    return demo, folder, write_site(demo, folder, catalogue("fr"))


def html_pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def parse(path: Path):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(path.read_bytes())


def all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in html_pages(folder))


def test_an_index_and_one_page_per_action_named_by_its_address(site):
    ws, folder, report = site
    assert report.check.ok and report.check.base == BASE
    expected = {PurePosixPath("index.html")} | {
        PurePosixPath(a.url[len(BASE):], "index.html") for a in ws.plan.actions + ws.bilan.actions}
    assert {PurePosixPath(p.relative_to(folder).as_posix()) for p in html_pages(folder)} == \
        expected
    assert len(report.check.reached) == 12 and report.check.general_ok


def test_every_page_is_valid_html5_in_french(site):
    _ws, folder, _report = site
    for page in html_pages(folder):
        tree = parse(page)  # strict: the first parse error raises
        assert tree.get("lang") == "fr"
        assert tree.find("head/meta[@name='viewport']") is not None
        assert tree.find("head/title").text.strip()
        levels = [int(e.tag[1]) for e in tree.iter() if re.fullmatch(r"h[1-6]", str(e.tag))]
        assert levels.count(1) == 1 and levels[0] == 1, page
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (page, levels)
        assert tree.find(".//*[@id='contenu']") is not None  # where the skip link goes


def test_every_internal_link_resolves(site):
    _ws, folder, _report = site
    links = 0
    for page in html_pages(folder):
        for anchor in parse(page).iter("a"):
            href = anchor.get("href")
            if href.startswith("#"):
                assert parse(page).find(f".//*[@id='{href[1:]}']") is not None
                continue
            target = (page.parent / unquote(href)).resolve()
            assert target.is_file() and folder.resolve() in target.parents, (page, href)
            links += 1
    assert links >= 12 * 2  # the index to every page, every page back


def test_every_printed_qr_code_leads_to_a_file(site, tmp_path):
    ws, folder, _report = site
    last_year = carry_over.read_last_year(DEMO_PATH.with_name("demo_last_year.json"))
    decoded = []
    for workshop, out in ((ws, tmp_path / "pdf"), (last_year, tmp_path / "pdf-2025")):
        annual_plan = export_all(workshop, out)[0]
        for image in pages_as_images(annual_plan):
            decoded += [code.text for code in zxingcpp.read_barcodes(image)]
    assert len(decoded) == 2 * 7  # six actions and the general page, each year
    for url in decoded:
        where = place(url, BASE)
        assert where.kind == "page" and folder.joinpath(*where.path.parts).is_file(), url


def test_no_script_and_nothing_from_elsewhere(site):
    _ws, folder, report = site
    for page in html_pages(folder):
        source = page.read_text(encoding="utf-8")
        assert "<script" not in source.lower() and "javascript:" not in source.lower()
        assert not re.search(r"https?:|//[a-z]|\bsrc=|url\(|@import|<link|<img", source)
    assert report.check.unsafe == []


def test_readable_on_a_phone_printable_and_in_contrast():
    css = _css()
    assert not [int(n) for n in re.findall(r"width\s*:\s*(\d+)px", css) if int(n) > 320]
    assert "@media print" in css

    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    pairs = [(TEXT, BACKGROUND), (MUTED, BACKGROUND), (LINK, BACKGROUND), (TEXT, "#f6f6f6"),
             (LINK, "#f6f6f6")] + [(c.text, c.background) for c in STATUS_COLOURS.values()]
    assert min(contrast(a, b) for a, b in pairs) >= 4.5


def test_names_only_with_their_agreement(demo, tmp_path):
    demo.participants[1].email = "karim@exemple.fr"
    demo.participants[1].consent_contact = True
    folder = tmp_path / "site"
    report = write_site(demo, folder)
    text = all_text(folder)
    agreed = ("Hélène Moreau", "Inès Chevalier", "Sylvie Garnier")
    for name in agreed:
        assert name in text
    for person in demo.participants:
        if person.full_name not in agreed:
            assert person.full_name not in text, person.full_name
    assert "karim@exemple.fr" not in text and "Claire Dubois" not in text
    # roles instead: as typed, in brackets, or from the participant's category
    for role in ("habitant du bâtiment B", "locataire du bâtiment A", "élu·e", "accédant·e"):
        assert role in text
    assert report.check.names == []
    referents.set_referent(demo, "Hélène Moreau (salariée)", public=False)
    write_site(demo, folder)
    text = all_text(folder)
    assert "Hélène Moreau" not in text and "responsable de la vie coopérative" in text


def test_a_name_typed_in_a_text_is_caught(demo, tmp_path):
    demo.plan.actions[0].description = "Avec l'aide de Karim  BENALI, bâtiment B."
    report = write_site(demo, tmp_path / "site")
    assert [name for name, _page in report.check.names] == ["Karim Benali"]
    assert not report.check.ok


def test_rewriting_keeps_unchanged_pages_byte_for_byte(demo, tmp_path):
    folder = tmp_path / "site"
    write_site(demo, folder)
    old = 1_700_000_000_000_000_000
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(old, old))
    before = {p: p.read_bytes() for p in folder.rglob("*.html")}
    action = demo.plan.actions[2]
    plan.update_action(demo, action.id, status="in_progress")
    report = write_site(demo, folder)
    page = PurePosixPath(action.url[len(BASE):], "index.html")
    assert sorted(report.changed) == sorted([PurePosixPath("index.html"), page])
    for path, data in before.items():
        relative = PurePosixPath(path.relative_to(folder).as_posix())
        if relative in report.changed:
            assert path.read_bytes() != data and path.stat().st_mtime_ns > old
        else:
            assert path.read_bytes() == data and path.stat().st_mtime_ns == old, relative
    changed = (folder / page).read_text(encoding="utf-8")
    assert "en cours" in changed and "Historique du statut" in changed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing left aside
    assert write_site(demo, folder).changed == []  # the same data: the same bytes


def test_a_failed_swap_leaves_the_old_site_whole(demo, tmp_path, monkeypatch):
    from exports.site import folder as site_folder

    folder = tmp_path / "site"
    write_site(demo, folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    real_rename = site_folder._rename

    def refuse_new(source: Path, destination: Path) -> None:
        if ".nouveau-" in source.name:
            raise PermissionError(13, "Permission denied")
        real_rename(source, destination)

    monkeypatch.setattr(site_folder, "_rename", refuse_new)
    plan.update_action(demo, demo.plan.actions[0].id, status="done")
    with pytest.raises(SiteError) as failed:
        write_site(demo, folder)
    assert failed.value.key == "site.write"
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_failed_writing_aside_changes_nothing(demo, tmp_path, monkeypatch):
    from exports.site import folder as site_folder

    folder = tmp_path / "site"
    write_site(demo, folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    calls = []

    def disk_full(fd: int) -> None:
        calls.append(fd)
        if len(calls) > 3:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(site_folder.os, "fsync", disk_full)
    with pytest.raises(SiteError):
        write_site(demo, folder)
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_folder_that_is_not_a_site_is_never_emptied(demo, tmp_path):
    mine = tmp_path / "Documents"
    mine.mkdir()
    (mine / "notes.txt").write_text("à garder", encoding="utf-8")
    with pytest.raises(SiteError) as refused:
        write_site(demo, mine)
    assert refused.value.key == "site.foreign_folder"
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    with pytest.raises(SiteError) as refused:
        write_site(demo, mine / "notes.txt")
    assert refused.value.key == "site.not_a_folder"


def test_addresses_and_the_files_they_name():
    assert place("https://exemple.coop/suivi", BASE).path == PurePosixPath("index.html")
    assert place("https://Exemple.coop/suivi/fete/", BASE).path == \
        PurePosixPath("fete", "index.html")
    assert place("https://exemple.coop/suivi/a/b.html", BASE).path == PurePosixPath("a", "b.html")
    assert place("https://exemple.coop/suivi/f%C3%AAte", BASE).path == \
        PurePosixPath("fête", "index.html")
    for url in ("https://exemple.coop/suivi/a?b=1", "https://exemple.coop/suivi/%2e%2e",
                "https://exemple.coop/suivi/con", "https://exemple.coop/suivi/a%5Cb"):
        assert place(url, BASE).kind == "unmappable", url
    for url in ("http://exemple.coop/suivi/a", "https://ailleurs.org/suivi/a",
                "https://exemple.coop/suivis/a"):
        assert place(url, BASE).kind == "outside", url


def test_the_base_comes_from_the_general_page_else_the_pattern(demo):
    assert site_base(demo) == BASE
    demo.plan.general_url = ""
    assert site_base(demo) == BASE
    demo.plan.url_pattern = ""
    assert site_base(demo) == ""


def test_addresses_that_cannot_lead_to_a_page_are_reported(demo, tmp_path, capsys, demo_file):
    demo.plan.actions[0].url = "https://exemple.coop/suivi/bancs?annee=2027"
    demo.plan.actions[1].url = "https://ailleurs.org/potager"
    check = write_site(demo, tmp_path / "site").check
    assert [t for t, _u in check.unmappable] == [demo.plan.actions[0].title]
    assert [t for t, _u in check.outside] == [demo.plan.actions[1].title]
    assert not check.ok
    # such an action still has its page, named after its title, linked from the index
    assert "installer-des-bancs" in (tmp_path / "site" / "index.html").read_text(
        encoding="utf-8")


def test_the_command_line_writes_the_site_and_says_where_it_goes(demo_file, tmp_path, capsys):
    out = tmp_path / "suivi"
    assert main(["site", str(demo_file), "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert BASE in said.out and said.err == ""
    assert (out / "index.html").is_file()
    # noted beside the workshop, so that erasing a person reaches the pages too
    from workshop.storage.exported import read_record

    recorded = {Path(e.path) for e in read_record(demo_file.resolve())}
    assert (out / "index.html").resolve() in recorded
    assert main(["site", str(demo_file), "--out", str(demo_file)]) == 1
    err = capsys.readouterr().err.strip()
    assert "fichier" in err and len(err.splitlines()) == 1


def test_the_site_in_english(demo, tmp_path):
    write_site(demo, tmp_path / "site", catalogue("en"), lang="en")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in index and "Follow-up of the 2027 actions" in index
    assert "3 actions out of 6 done" in index
