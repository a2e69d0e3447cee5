"""One URL rule, at input and at load; a bad value in a file is reported and never printed.

The length rule is the QR code's: a URL of :data:`MAX_URL_LENGTH` characters,
at the handout's level and module size, fits the size the annual plan
prints it at, and a phone-like reader decodes it from the rendered page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm

from exports import data
from exports.documents.annual_plan import HANDOUT_LEVEL
from exports.pdf.qr import QrCode
from ui.cli.commands import parse, run
from ui.text import catalogue
from workshop.model import Action
from workshop.plan import MAX_URL_LENGTH, PlanError, normalise_url, printable_url
from workshop.storage.store import WorkshopStore
from workshop.validate import problems

PRINTED_MM = 56  # the largest QR the annual plan prints (see workshop/plan.py)
HOSTILE = ["javascript:alert(document.cookie)", "file:///etc/passwd",
           "https://user:pw@exemple.coop/suivi", "https://exemple.coop:0/suivi",
           "https://exemple.coop/" + "a" * 3000]


def long_url(length: int) -> str:
    head = "https://www.habitat-cooperatif-exemple.fr/programmation/"
    return head + "x" * (length - len(head))


def test_the_longest_accepted_url_fits_the_printed_qr():
    assert normalise_url(long_url(MAX_URL_LENGTH)) == long_url(MAX_URL_LENGTH)
    with pytest.raises(PlanError) as info:
        normalise_url(long_url(MAX_URL_LENGTH + 1))
    assert info.value.code == "url_too_long"
    for length in range(30, MAX_URL_LENGTH + 1, 10):
        side = QrCode(long_url(length), HANDOUT_LEVEL).side
        assert side <= PRINTED_MM * mm, (length, side / mm)


def test_port_zero_is_refused():
    with pytest.raises(PlanError) as info:
        normalise_url("https://exemple.coop:0/suivi")
    assert info.value.code == "url_port"
    assert normalise_url("https://exemple.coop:8443/suivi") == "https://exemple.coop:8443/suivi"


def test_a_date_that_is_no_date_is_not_printed_as_december():
    fr = catalogue("fr")
    assert data.date_text("2026-00-05", fr) == "2026-00-05"
    assert data.date_text("2026-13-05", fr) == "2026-13-05"
    assert data.date_text("2026-02-30", fr) == "2026-02-30"
    assert data.date_text("2026-12-05", fr) == "5 décembre 2026"


def _tamper(path: Path, change) -> None:
    """Edit the file by hand, as someone with a text editor would."""
    tables = json.loads(path.read_text(encoding="utf-8"))
    change(tables)
    path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def tampered(tmp_path, demo):
    demo.plan.actions = [Action("A1", "Bancs", url="https://exemple.coop/suivi/bancs"),
                         Action("A2", "Potager", url="https://exemple.coop/suivi/potager")]
    demo.plan.general_url = "https://exemple.coop/suivi"
    path = tmp_path / "atelier.json"
    WorkshopStore(path).create(demo)

    def change(tables):
        tables["workshop"]["1"]["plan"]["general_url"] = HOSTILE[0]
        tables["workshop"]["1"]["date"] = "2026-00-05"
        actions = tables["workshop"]["1"]["plan"]["actions"]
        actions[0]["url"] = HOSTILE[4]
        actions[1]["url"] = HOSTILE[2]
        tables["tables"]["1"]["capacity"] = 5000

    _tamper(path, change)
    return path


def test_check_reports_each_bad_value_in_one_sentence(tampered, capsys):
    assert run(parse(["check", str(tampered)])) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert any("adresse de suivi générale" in line and "javascript:" in line for line in lines)
    assert any("« Bancs »" in line and "3021 caractères" in line and "au plus 150" in line
               for line in lines)
    assert any("« Potager »" in line and "user:pw@" in line for line in lines)
    assert any("2026-00-05" in line for line in lines)
    assert any("5000 places" in line for line in lines)
    assert all(len(line) < 400 for line in lines)


@pytest.mark.parametrize("url", HOSTILE)
def test_every_hostile_url_in_a_file_is_a_problem(tmp_path, demo, url):
    path = tmp_path / "a.json"
    WorkshopStore(path).create(demo)
    _tamper(path, lambda t: t["workshop"]["1"]["plan"].__setitem__("general_url", url))
    ws = WorkshopStore(path).load()
    assert [p.code for p in problems(ws)] in (["bad_url"], ["long_url"])
    assert printable_url(ws.plan.general_url) == ""


def test_export_never_prints_a_bad_value_and_never_crashes(tampered, tmp_path, capsys):
    out = tmp_path / "pdf"
    assert run(parse(["export", str(tampered), "--out", str(out)])) == 0
    err = capsys.readouterr().err
    assert "javascript:" in err  # said, not printed
    plan = out / "programmation-annuelle.pdf"
    text = "".join("".join(page.extract_text() for page in PdfReader(plan).pages).split())
    assert "javascript" not in text and "user:pw" not in text and "aaaaaaaaaa" not in text
    assert "décembre2026" not in text
    document = pdfium.PdfDocument(str(plan))
    decoded = [code.text for page in document
               for code in zxingcpp.read_barcodes(page.render(scale=3).to_pil())]
    document.close()
    assert decoded == []


def test_the_longest_url_decodes_from_the_printed_page(tmp_path, demo):
    url = long_url(MAX_URL_LENGTH)
    demo.plan.general_url = url
    demo.plan.actions = [Action("A1", "Bancs", url=url.replace("xxxx", "yyyy", 1))]
    path = tmp_path / "a.json"
    WorkshopStore(path).create(demo)
    out = tmp_path / "pdf"
    assert run(parse(["export", str(path), "--out", str(out)])) == 0
    document = pdfium.PdfDocument(str(out / "programmation-annuelle.pdf"))
    decoded = sorted(code.text for page in document
                     for code in zxingcpp.read_barcodes(page.render(scale=3).to_pil()))
    document.close()
    assert decoded == sorted([url, demo.plan.actions[0].url])
