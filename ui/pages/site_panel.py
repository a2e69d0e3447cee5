"""The follow-up site on the Exports page: where to upload it, the référents, the button.

One sentence says where the folder goes so that every printed QR code
leads to its page.  The table lists the référents of this year's and last
year's actions: the role the site shows for each, and whether that person
agreed to be named (off by default; without it, the role only).  « Écrire
le site » writes the folder off the GUI thread (aside, then swapped) and
shows what the check read back from the disk.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from exports.site.content import referent_line
from ui.i18n import current_language
from ui.text import catalogue
from ui.text.site_sentences import check_lines, upload_sentence
from ui.write_worker import WriteWorker
from workshop import referents
from ui.i18n import fill

NAME, ROLE, PUBLIC, SHOWN = range(4)


class SitePanel(QGroupBox):
    """The site's folder, its référents' public details, and writing it."""

    def __init__(self, page, parent=None) -> None:
        super().__init__(parent)
        self.page = page            # the Exports page: its document, its apply()
        self.document = page.document
        self.worker: WriteWorker | None = None
        self.report = None
        self._build()

    def _build(self) -> None:
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label, self.folder = QLabel(), QLineEdit()
        self.folder_label.setBuddy(self.folder)
        self.choose = QPushButton()
        self.write_button, self.open_button = QPushButton(), QPushButton()
        self.open_button.setEnabled(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.people_label = QLabel()
        self.people_label.setWordWrap(True)
        self.people = QTableWidget(0, 4)
        self.people.verticalHeader().hide()
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUBLIC, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SHOWN, QHeaderView.ResizeMode.ResizeToContents)
        self.people.setMaximumHeight(170)
        self.people.itemChanged.connect(self._edited)
        row = QHBoxLayout()
        for widget, stretch in ((self.folder_label, 0), (self.folder, 1), (self.choose, 0),
                                (self.write_button, 0), (self.open_button, 0)):
            row.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.people_label)
        layout.addWidget(self.people)
        self.choose.clicked.connect(self._choose_folder)
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(self.open_site)

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Site de suivi (derrière les QR codes)"))
        self.folder_label.setText(self.tr("Dossier du si&te :"))
        self.folder.setAccessibleName(self.tr("Dossier où écrire le site de suivi"))
        self.choose.setText(self.tr("Choisir…"))
        self.write_button.setText(self.tr("É&crire le site"))
        self.open_button.setText(self.tr("&Voir le site"))
        self.people_label.setText(self.tr(
            "Le site est public : un·e référent·e n'y est nommé·e qu'avec son accord, sinon par "
            "son rôle."))
        self.people.setHorizontalHeaderLabels([
            self.tr("Référent·e"), self.tr("Rôle (facultatif)"), self.tr("Accepte d'être nommé·e"),
            self.tr("Ce que le site affiche")])
        self.people.setAccessibleName(self.tr("Référents sur le site de suivi"))
        self.refresh()

    # -- showing ---------------------------------------------------------------------
    def refresh(self) -> None:
        from exports.site import site_base

        ws = self.document.workshop
        self.where.setText(upload_sentence(site_base(ws)))
        if not self.folder.text():
            self.folder.setText(str(self.default_folder()))
        blocker = QSignalBlocker(self.people)
        names = referents.names(ws)
        t = catalogue(current_language())
        self.people.setRowCount(len(names))
        for row, text in enumerate(names):
            known = referents.details(ws, text)
            items = {NAME: QTableWidgetItem(text),
                     ROLE: QTableWidgetItem(known.role if known else ""),
                     PUBLIC: QTableWidgetItem(self.tr("oui") if referents.is_public(ws, text)
                                              else self.tr("non")),
                     SHOWN: QTableWidgetItem(referent_line(ws, t, text))}
            for column in (NAME, SHOWN):
                items[column].setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            items[PUBLIC].setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            items[PUBLIC].setCheckState(Qt.CheckState.Checked if referents.is_public(ws, text)
                                        else Qt.CheckState.Unchecked)
            for column, item in items.items():
                item.setData(Qt.ItemDataRole.UserRole, text)
                self.people.setItem(row, column, item)
        del blocker

    def default_folder(self) -> Path:
        path = self.document.path
        if path is not None:
            return path.parent / f"{path.stem} - site"
        return Path.home() / "Café Conversation - site"

    # -- changing --------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        text = item.data(Qt.ItemDataRole.UserRole)
        if item.column() == ROLE:
            role = item.text()
            self.page.apply(self.tr("Rôle de « {} » sur le site").format(text),
                            lambda ws: referents.set_referent(ws, text, role=role))
        elif item.column() == PUBLIC:
            agreed = item.checkState() == Qt.CheckState.Checked
            label = self.tr("Nommer « {} » sur le site") if agreed \
                else self.tr("Ne plus nommer « {} » sur le site")
            self.page.apply(label.format(text),
                            lambda ws: referents.set_referent(ws, text, public=agreed))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier du site"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def write(self) -> None:
        if self.worker is not None:
            return
        folder = Path(self.folder.text().strip() or self.default_folder())
        self.document.flush()
        from exports.site import write_site

        workshop, lang = copy.deepcopy(self.document.workshop), current_language()
        self.worker = WriteWorker(lambda: write_site(workshop, folder, catalogue(lang), lang),
                                  folder, lang, self)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_finished)
        self.write_button.setEnabled(False)
        self.result.setText(self.tr("Écriture du site…"))
        self.worker.start()

    def _on_done(self, report) -> None:
        self.report = report
        store = self.document.store
        if store is not None and not store.read_only:
            store.record_exports(report.files, kind="site")  # an erasure can reach it
        good, bad = check_lines(report.check)
        pages = sum(1 for p in report.files if p.suffix == ".html")
        lines = [fill(self.tr("{pages} {pages|page|pages} écrites dans {folder}."), 
            pages=pages, folder=report.folder)] + good + bad
        self.result.setStyleSheet("" if report.check.ok else "color: #a01818;")
        self.result.setText("\n".join(lines))
        self.open_button.setEnabled(True)

    def _on_failed(self, reason: str) -> None:
        self.result.setStyleSheet("color: #a01818;")
        self.result.setText(reason)

    def _on_finished(self) -> None:
        self.worker = None
        self.write_button.setEnabled(True)

    def open_site(self) -> None:
        folder = self.report.folder if self.report else Path(self.folder.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder / "index.html")))

    def wait(self, msecs: int = 30000) -> None:
        if self.worker is not None:
            self.worker.wait(msecs)
