"""The hostile corpus of tests/hostile.py through the real command line and the real dialog.

Every file gives zero tracebacks, and either one clear sentence (nothing
added, the workshop file untouched) or the names it really holds — never a
name made of NUL bytes, of a swallowed end of file or of the rows between.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QToolButton

from tests import hostile
from ui.people.import_dialog import PeopleImportDialog
from workshop.storage.store import WorkshopStore

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = "au-delà de la colonne 256"
DAMAGED = "n'est pas un classeur Excel lisible"
TOO_BIG = "se décompresse en un morceau de"

# builder -> the names read (every one, duplicates of the demo included), or the
# fragment of the one sentence that refuses the file
EXPECTED: dict[str, list[str] | str] = {
    "csv_nul_bytes": ["Hélène Moreau", "Zoé Durand"],
    "csv_utf16_no_bom": ["Hélène Moreau", "Œlian Lefèvre"],
    "csv_utf16_be_no_bom": ["Hélène Moreau", "Œlian Lefèvre"],
    "csv_unclosed_quote": ["Hélène Moreau", "Zoé Durand", "Œlian Lefèvre", "Léa Petit"],
    "csv_binary": "n'est pas du texte",
    "csv_newlines": "ne contient aucune ligne",
    "csv_wide": "plus de 2000000 cases",
    "csv_long_cell": "une case de plus de 131072 caractères (ligne 2)",
    "csv_many_rows": "plus de 200000 lignes",
    "csv_many_cells": "plus de 2000000 cases",
    "csv_only_bom": "ne contient aucune ligne",
    "csv_control_characters": ["Hélène Moreau"],
    "csv_formulas": ['Hélène =HYPERLINK("http://x")', "@SOMME(A1) =1+1", "-2+3 +33 6 12"],
    "xlsx_declared_everything": ["Hélène Moreau"],
    "xlsx_far_cell": COLUMNS,
    "xlsx_far_rows": ["Hélène Moreau", "Zoé Durand"],
    "xlsx_empty_cells": "plus de 500000 cases vides mises en forme",
    "xlsx_wide_row": COLUMNS,
    "xlsx_many_rows": "plus de 200000 lignes",
    "xlsx_huge_string": TOO_BIG,
    "xlsx_entities": DAMAGED,
    "xlsx_bad_coordinates": DAMAGED,
    "xlsx_bad_values": ["Moreau", "Durand", "2"],
    "xlsx_bad_string_index": DAMAGED,
    "xlsx_missing_sheet": DAMAGED,
    "xlsx_truncated": DAMAGED,
    "xlsx_not_a_workbook": DAMAGED,
    "xlsx_password": "protégé par un mot de passe",
    "xlsx_many_members": "plus de 10000 éléments",
    "xlsx_huge_styles": TOO_BIG,
}
BUILDERS = hostile.CSV + hostile.XLSX


def test_the_corpus_is_all_expected() -> None:
    assert sorted(EXPECTED) == sorted(build.__name__ for build in BUILDERS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {build.__name__: build(folder) for build in BUILDERS}


def run_cli(workshop: Path, people: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui", "import", str(workshop), str(people), "--keep-duplicates"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120)


def added_names(stdout: str) -> list[str]:
    """The names the command line lists as added (``  P12  Hélène Moreau``)."""
    return [line.split(None, 1)[1] for line in stdout.splitlines()
            if line.startswith("  P") and line.split(None, 1)[0][1:].isdigit()]


def test_every_hostile_file_through_the_command_line(corpus: dict[str, Path],
                                                     demo_file: Path, tmp_path: Path) -> None:
    copies = {}
    for name in corpus:
        copies[name] = tmp_path / f"{name}.json"
        shutil.copy(demo_file, copies[name])
    before = demo_file.read_bytes()
    with ThreadPoolExecutor(max_workers=3) as pool:  # real processes, a few at a time
        done = dict(zip(corpus, pool.map(lambda n: run_cli(copies[n], corpus[n]), corpus)))
    for name, process in done.items():
        expected = EXPECTED[name]
        output = process.stdout + process.stderr
        assert "Traceback" not in output and "Error" not in output, (name, output)
        if isinstance(expected, str):
            assert process.returncode == 1, (name, output)
            assert hostile.one_sentence(process.stderr), (name, process.stderr)
            assert expected in process.stderr and corpus[name].name in process.stderr, name
            assert copies[name].read_bytes() == before, name  # nothing written
            assert WorkshopStore(copies[name]).backups() == [], name
        else:
            assert process.returncode == 0, (name, output)
            assert added_names(process.stdout) == expected, (name, process.stdout)
            assert "\x00" not in process.stdout


def open_through_the_window(app, window, qtbot, monkeypatch, path: Path,
                            by_button: bool) -> PeopleImportDialog:
    """File › Importer, or the participants page's button, as the facilitator does."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    if by_button:
        button = window.pages["participants"].findChild(QToolButton,
                                                         "entry_action_import_people")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        (action,) = [a for a in window.menus["file"].actions()
                     if a.objectName() == "action_import_people"]
        action.trigger()
    dialog = window.findChild(PeopleImportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_every_hostile_file_through_the_import_dialog(app, window, qtbot, monkeypatch, capfd,
                                                      corpus: dict[str, Path]) -> None:
    before = [p.id for p in window.document.workshop.participants]
    for index, (name, path) in enumerate(corpus.items()):
        dialog = open_through_the_window(app, window, qtbot, monkeypatch, path,
                                         by_button=index % 2 == 1)
        expected = EXPECTED[name]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if isinstance(expected, str):
            assert dialog.preview is None, name
            assert dialog.message.isVisible() and not ok.isEnabled(), name
            assert hostile.one_sentence(dialog.message.text()), (name, dialog.message.text())
            assert expected in dialog.message.text(), (name, dialog.message.text())
        else:
            rows = dialog.preview.rows
            assert [r.person.full_name for r in rows if r.person] == expected, name
            shown = [dialog.table.item(r, c).text() for r in range(1, dialog.table.rowCount())
                     for c in range(1, dialog.table.columnCount())]
            assert not any("\x00" in text for text in shown), name
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)
        dialog.deleteLater()
        qtbot.waitUntil(lambda: window.findChild(PeopleImportDialog) is None)
    assert [p.id for p in window.document.workshop.participants] == before
    assert "Traceback" not in capfd.readouterr().err


def test_a_repaired_file_imports_its_people_only(app, window, qtbot, monkeypatch,
                                                 corpus: dict[str, Path]) -> None:
    """The unclosed quote's list, imported for real: four people, the quote's line flagged."""
    doc = window.document
    before = len(doc.workshop.participants)
    dialog = open_through_the_window(app, window, qtbot, monkeypatch,
                                     corpus["csv_unclosed_quote"], by_button=True)
    flagged = [dialog.table.item(r, 2).text() for r in range(1, dialog.table.rowCount())]
    assert "Guillemet jamais refermé" in flagged[1]
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Checked)  # Hélène, a demo duplicate
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    added = doc.workshop.participants[before:]
    assert [p.full_name for p in added] == EXPECTED["csv_unclosed_quote"]
    doc.undo_stack.undo()
    assert len(doc.workshop.participants) == before
