"""The import dialog: file, encoding and delimiter, preview with column mapping.

The first row of the preview table holds one combo per column of the file
(the field it goes to), auto-mapped and editable.  Each data row has a
tick box (ticked when readable and not a possible duplicate), its cells
and its problems.  "Importer" applies the whole import as one undoable
change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.document import WorkshopDocument
from ui.text.messages import describe
from workshop.errors import WorkshopError
from workshop.people.clean import FIELDS
from workshop.people.raw import ReadError
from workshop.people.importing import (
    ImportChoices,
    ImportPreview,
    ImportResult,
    apply_import,
    build_preview,
    read_table,
)
from ui.i18n import fill

ENCODINGS = ("", "utf-8", "cp1252", "latin-1", "cp850", "mac_roman", "utf-16")
DELIMITERS = ("", ";", ",", "\t")
ROW_COLOURS = {"error": "#f8d7da", "duplicate": "#fff3cd", "warning": "#e3eefa"}
PROBLEMS_COLUMN = 2
FIRST_DATA_COLUMN = 3  # 0: tick box, 1: line number, 2: problems (seen first)


class PeopleImportDialog(QDialog):
    """Choose a spreadsheet, check the preview, import as a whole."""

    def __init__(self, document: WorkshopDocument, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self._ticks: dict[int, bool] = {}  # the facilitator's own ticks, kept on remap
        self._filling = False
        self._build()
        self.translate_ui()
        self.resize(1000, 600)
        if path is not None:
            self.load(Path(path))

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.encoding_label = QLabel()
        self.encoding_combo = QComboBox()
        self.encoding_label.setBuddy(self.encoding_combo)
        self.delimiter_label = QLabel()
        self.delimiter_combo = QComboBox()
        self.delimiter_label.setBuddy(self.delimiter_combo)
        for combo, count in ((self.encoding_combo, len(ENCODINGS)),
                             (self.delimiter_combo, len(DELIMITERS))):
            combo.addItems([""] * count)
            combo.currentIndexChanged.connect(self._reload)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget()
        self.table.itemChanged.connect(self._on_item_changed)
        self.consent_box = QCheckBox()
        self.consent_box.toggled.connect(self._update_summary)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        for widget in (self.file_label, self.file_edit, self.choose_button):
            file_row.addWidget(widget, 1 if widget is self.file_edit else 0)
        options = QHBoxLayout()
        for widget in (self.encoding_label, self.encoding_combo, self.delimiter_label,
                       self.delimiter_combo):
            options.addWidget(widget)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._show_options(encoding=False, delimiter=False)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Importer des participant·es"))
        self.file_label.setText(self.tr("&Fichier :"))
        self.file_edit.setAccessibleName(self.tr("Fichier à importer"))
        self.choose_button.setText(self.tr("&Choisir…"))
        self.encoding_label.setText(self.tr("&Encodage :"))
        self.encoding_combo.setAccessibleName(self.tr("Encodage du fichier"))
        names = [self.tr("Automatique"), "UTF-8", self.tr("Windows-1252 (Excel)"),
                 "ISO-8859-1", self.tr("DOS (cp850)"), self.tr("Mac"), "UTF-16"]
        for i, name in enumerate(names):
            self.encoding_combo.setItemText(i, name)
        self.delimiter_label.setText(self.tr("&Séparateur :"))
        self.delimiter_combo.setAccessibleName(self.tr("Séparateur de colonnes"))
        names = [self.tr("Automatique"), self.tr("point-virgule ( ; )"),
                 self.tr("virgule ( , )"), self.tr("tabulation")]
        for i, name in enumerate(names):
            self.delimiter_combo.setItemText(i, name)
        self.table.setAccessibleName(self.tr("Aperçu de l'import"))
        self.consent_box.setText(self.tr(
            "Toutes les personnes de la liste ont accepté d'être recontactées (courriel, "
            "téléphone) pour le suivi des actions"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Importer"))
        self._fill_table()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def field_labels(self) -> dict[str, str]:
        return {
            "": self.tr("— ignorer —"), "last_name": self.tr("Nom"),
            "first_name": self.tr("Prénom"), "full_name": self.tr("Nom et prénom"),
            "category": self.tr("Catégorie"), "email": self.tr("Courriel"),
            "phone": self.tr("Téléphone"), "residence": self.tr("Résidence"),
            "needs": self.tr("Besoins"), "accessible": self.tr("Table accessible"),
            "present": self.tr("Présent·e"), "notes": self.tr("Remarques"),
            "consent": self.tr("Consentement"),
        }

    # -- reading ---------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une liste de participant·es"), str(self.path or ""),
            self.tr("Tableurs (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)"))
        if name:
            self.encoding_combo.setCurrentIndex(0)
            self.delimiter_combo.setCurrentIndex(0)
            self.load(Path(name))

    def load(self, path: Path, mapping: dict[int, str] | None = None) -> None:
        """Read ``path`` and show its preview, or one sentence saying why not."""
        self.path = path
        self.file_edit.setText(str(path))
        self._ticks.clear()
        encoding = ENCODINGS[self.encoding_combo.currentIndex()] or None
        delimiter = DELIMITERS[self.delimiter_combo.currentIndex()] or None
        try:
            table = read_table(path, encoding, delimiter)
            self.preview = build_preview(table, self.document.workshop, mapping)
        except ReadError as exc:
            self.preview = None
            asks_encoding = exc.code in ("encoding", "bad_encoding")
            self._show_options(encoding=asks_encoding or encoding is not None, delimiter=True)
            self._set_message(describe(exc), error=True)
        else:
            repaired = "not_utf8" in table.damaged.values()  # UTF-8 kept: offer the choice
            self._show_options(encoding=table.encoding_guessed or repaired
                               or encoding is not None, delimiter=table.delimiter is not None)
            self._set_message(self._read_note(table), error=False)
        self._fill_table()

    def _read_note(self, table) -> str:
        if not self.preview.has_name_column:
            return self.tr("Aucune colonne de nom reconnue : choisissez « Nom », « Prénom » "
                           "ou « Nom et prénom » au-dessus d'une colonne.")
        if table.encoding_guessed:
            return self.tr("Fichier lu en Windows-1252 (Excel) : si des accents sont faux, "
                           "choisissez un autre encodage.")
        return ""

    def _reload(self) -> None:
        if self.path is not None and not self._filling:
            self.load(self.path)

    def _show_options(self, encoding: bool, delimiter: bool) -> None:
        self.encoding_label.setVisible(encoding)
        self.encoding_combo.setVisible(encoding)
        self.delimiter_label.setVisible(delimiter)
        self.delimiter_combo.setVisible(delimiter)

    def _set_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet("color: #a61b1b; font-weight: bold;" if error else "")

    # -- the preview table -----------------------------------------------------------
    def _fill_table(self) -> None:
        self._filling = True
        try:
            self._fill_table_now()
        finally:
            self._filling = False
        self._update_summary()

    def _fill_table_now(self) -> None:
        self.table.clear()
        preview = self.preview
        if preview is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        width = len(preview.headers)
        self.table.setColumnCount(FIRST_DATA_COLUMN + width)
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ajouter"), self.tr("Ligne"), self.tr("À vérifier")] + preview.headers)
        self.table.verticalHeader().hide()
        self.table.setItem(0, PROBLEMS_COLUMN, self._cell(self.tr("Importer dans : →")))
        for column in range(width):
            self.table.setCellWidget(0, FIRST_DATA_COLUMN + column, self._mapping_combo(column))
        for index, row in enumerate(preview.rows, start=1):
            self._fill_row(index, row, width)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            if self.table.columnWidth(column) > 320:
                self.table.setColumnWidth(column, 320)
        self.table.resizeRowsToContents()

    def _mapping_combo(self, column: int) -> QComboBox:
        combo = QComboBox()
        labels = self.field_labels()
        for field in ("",) + FIELDS:
            combo.addItem(labels[field], field)
        combo.setCurrentIndex(combo.findData(self.preview.mapping.get(column, "")))
        header = self.preview.headers[column] or str(column + 1)
        combo.setAccessibleName(self.tr("Champ pour la colonne « {header} »").format(
            header=header))
        combo.currentIndexChanged.connect(
            lambda _index, c=column, w=combo: self.remap(c, w.currentData()))
        return combo

    def _fill_row(self, index: int, row, width: int) -> None:
        tick = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        tick.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if row.addable else flags)
        ticked = self._ticks.get(row.line, row.proposed) and row.addable
        tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        tick.setData(Qt.ItemDataRole.UserRole, row.line)
        self.table.setItem(index, 0, tick)
        self.table.setItem(index, 1, self._cell(QLocale().toString(row.line)))
        for column in range(width):
            self.table.setItem(index, FIRST_DATA_COLUMN + column, self._cell(row.cells[column]))
        problems = "\n".join(describe(p) for p in row.problems)
        self.table.setItem(index, PROBLEMS_COLUMN, self._cell(problems))
        self.table.item(index, PROBLEMS_COLUMN).setToolTip(problems)
        levels = {p.level for p in row.problems}
        level = next((lv for lv in ("error", "duplicate", "warning") if lv in levels), None)
        if level:
            brush = QBrush(QColor(ROW_COLOURS[level]))
            for column in range(self.table.columnCount()):
                self.table.item(index, column).setBackground(brush)
                self.table.item(index, column).setToolTip(problems)

    @staticmethod
    def _cell(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        line = item.data(Qt.ItemDataRole.UserRole)
        self._ticks[line] = item.checkState() == Qt.CheckState.Checked
        self._update_summary()

    def remap(self, column: int, field: str) -> None:
        """Send ``column`` to ``field`` (a field goes to one column only)."""
        if self.preview is None:
            return
        mapping = {c: f for c, f in self.preview.mapping.items() if c != column
                   and (f != field or field == "notes")}
        if field:
            mapping[column] = field
        ticks = dict(self._ticks)
        self.preview = build_preview(self.preview.table, self.document.workshop, mapping,
                                     self.preview.header_line)
        self._ticks = ticks
        self._set_message(self._read_note(self.preview.table), error=False)
        self._fill_table()

    # -- decision ----------------------------------------------------------------------
    def chosen_lines(self) -> set[int]:
        if self.preview is None:
            return set()
        return {row.line for row in self.preview.rows
                if row.addable and self._ticks.get(row.line, row.proposed)}

    def choices(self) -> ImportChoices:
        return ImportChoices(include=self.chosen_lines(),
                             consent_all=self.consent_box.isChecked())

    def _update_summary(self) -> None:
        preview = self.preview
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if preview is None:
            self.summary.setText("")
            ok.setEnabled(False)
            return
        chosen_lines = self.chosen_lines()  # once: asked per row, it made ticks quadratic
        chosen = len(chosen_lines)
        duplicates = sum(1 for r in preview.rows if r.duplicate)
        unreadable = sum(1 for r in preview.rows if not r.addable)
        text = fill(self.tr("{chosen} {chosen|personne|personnes} à ajouter sur {rows} {rows|ligne|lignes} ; "
                       "{duplicates} {duplicates|doublon possible|doublons possibles} ; {unreadable} {unreadable|ligne|lignes} "
                       "{unreadable|illisible|illisibles}."), chosen=chosen, rows=len(preview.rows),
                                               duplicates=duplicates, unreadable=unreadable)
        dropped = sum(1 for r in preview.rows if r.line in chosen_lines
                      and r.has_contact and not r.consent)
        if dropped and not self.consent_box.isChecked():
            text += " " + fill(self.tr("Sans consentement, les contacts (courriel, téléphone) de "
                                  "{n} {n|personne|personnes} ne seront pas gardés."), n=dropped)
        self.summary.setText(text)
        ok.setEnabled(chosen > 0)

    def confirm(self) -> None:
        """Apply the import as one undoable change, then close."""
        if self.preview is None or not self.chosen_lines():
            return
        preview, choices = self.preview, self.choices()
        text = fill(self.tr("Importer {n} {n|participant·e|participant·es}"), n=len(choices.include))
        self.document.backup("import")  # the list as it was, kept aside
        try:
            self.result = self.document.apply(
                text, lambda ws: apply_import(ws, preview, choices))
        except WorkshopError as exc:
            self._set_message(describe(exc), error=True)
            return
        self.document.flush()  # a whole list came in: on disk at once
        self.accept()
