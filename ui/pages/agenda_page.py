"""The Déroulé page: the run of show to edit, and the controls to play it.

Edits of the steps are undoable changes (``document.apply``); playing the
show (start, pause, next…) goes through the :class:`ui.show.engine.ShowEngine`
and the projector controller the page is given (without them, the show
controls stay disabled).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from ui.models.agenda_model import AgendaDelegate, AgendaModel, default_titles, kind_label
from ui.pages.base import Page
from ui.text.messages import describe
from workshop import agenda
from workshop.errors import WorkshopError
from workshop.timer import format_clock


class AgendaPage(Page):
    """Déroulé: steps, total and end time, show controls."""

    watches = frozenset({"agenda", "rotation", "show"})

    def __init__(self, document, engine=None, projector=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.engine = None
        self.projector = None
        self.model = AgendaModel(document, self)
        self.model.refused.connect(self._say)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(AgendaDelegate(self.view))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._maybe_go_to)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.start_edit = QLineEdit()
        self.start_edit.setMaximumWidth(80)
        self.start_edit.editingFinished.connect(self._set_start)
        self.total = QLabel()
        self.buttons = {name: QPushButton() for name in
                        ("add", "remove", "up", "down", "reset")}
        self.buttons["add"].clicked.connect(self._add)
        self.buttons["remove"].clicked.connect(self._remove)
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        self.buttons["reset"].clicked.connect(self._reset)
        self.start_label = QLabel()
        self.start_label.setBuddy(self.start_edit)
        edit_row = QHBoxLayout()
        for button in self.buttons.values():
            edit_row.addWidget(button)
        edit_row.addStretch()
        edit_row.addWidget(self.start_label)
        edit_row.addWidget(self.start_edit)
        self.controls = self._build_controls()
        self.heading = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(edit_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        layout.addWidget(self.controls)
        self.translate_ui()
        self.refresh()
        if engine is not None:
            self.attach_show(engine, projector)

    def _build_controls(self) -> QGroupBox:
        box = QGroupBox()
        self.step_label = QLabel()
        self.clock_label = QLabel("--:--")
        font = QFont()
        font.setPointSize(28)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.status_label = QLabel()
        self.show_buttons = {name: QPushButton() for name in
                             ("previous", "toggle", "minus", "plus", "next", "projector")}
        self.screen_combo = QComboBox()
        self.full_names = QCheckBox()
        self.full_names.toggled.connect(self._set_full_names)
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 15)
        self.threshold.setKeyboardTracking(False)  # committed when typing ends
        self.threshold.valueChanged.connect(self._set_threshold)
        self.threshold_label = QLabel()
        self.threshold_label.setBuddy(self.threshold)
        self.banner = QFrame()
        self.banner.setStyleSheet("QFrame { background: #fff3c4; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.count_gap, self.skip_gap = QPushButton(), QPushButton()
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.count_gap)
        banner_row.addWidget(self.skip_gap)
        self.banner.hide()
        top = QHBoxLayout()
        top.addWidget(self.clock_label)
        texts = QVBoxLayout()
        texts.addWidget(self.step_label)
        texts.addWidget(self.status_label)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        for button in self.show_buttons.values():
            buttons.addWidget(button)
        options = QHBoxLayout()
        options.addWidget(self.screen_combo)
        options.addWidget(self.full_names)
        options.addWidget(self.threshold_label)
        options.addWidget(self.threshold)
        options.addStretch()
        layout = QVBoxLayout(box)
        for part in (top, buttons, options):
            layout.addLayout(part)
        layout.addWidget(self.banner)
        box.setEnabled(False)
        return box

    # -- the show ----------------------------------------------------------------
    def attach_show(self, engine, projector) -> None:
        """Connect the show controls to the engine and the projector."""
        self.engine, self.projector = engine, projector
        b = self.show_buttons
        b["previous"].clicked.connect(engine.previous_step)
        b["next"].clicked.connect(engine.next_step)
        b["toggle"].clicked.connect(engine.toggle)
        b["minus"].clicked.connect(lambda: engine.add_minutes(-1))
        b["plus"].clicked.connect(lambda: engine.add_minutes(1))
        b["projector"].clicked.connect(
            lambda: projector.close() if projector.is_open else projector.open())
        projector.open_changed.connect(lambda _open: self._update_show())
        projector.screens_changed.connect(self._fill_screens)  # a projector plugged in
        self.screen_combo.activated.connect(
            lambda i: projector.choose_screen(self.screen_combo.itemData(i) or ""))
        self.count_gap.clicked.connect(lambda: self._resolve(True))
        self.skip_gap.clicked.connect(lambda: self._resolve(False))
        engine.ticked.connect(self._show_face)
        engine.state_changed.connect(self._update_show)
        engine.clock_event.connect(self._show_clock_event)
        self.controls.setEnabled(True)
        self._update_show()
        self._show_face(engine.face())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.engine is not None:  # the clock went on while the page was hidden
            self._show_face(self.engine.face())

    def _show_face(self, face) -> None:
        if not self.isVisible():
            return  # painted again when the page is shown (showEvent)
        self.clock_label.setText(face.text or "--:--")
        self.status_label.setText(face.status)
        self.clock_label.setAccessibleName(self.tr("Temps restant : {t}").format(t=face.text))

    def _update_show(self) -> None:
        if self.engine is None:
            return
        if not self.isVisible():
            self._stale = True  # read again when shown (refresh)
            return
        step = self.engine.step()
        self.step_label.setText(self.tr("Étape {n} / {count} : {title}").format(
            n=self.engine.step_index + 1, count=len(self.document.workshop.agenda),
            title=step.title or kind_label(step.kind)) if step else self.tr("Aucune étape"))
        countdown = self.engine.countdown
        if countdown is None or not countdown.started:
            toggle = self.tr("Démarrer")
        else:
            toggle = self.tr("Pause") if countdown.running else self.tr("Reprendre")
        self.show_buttons["toggle"].setText(toggle + " (" + self.tr("Espace") + ")")
        self.show_buttons["projector"].setText(
            self.tr("Fermer le projecteur") if self.projector.is_open
            else self.tr("Ouvrir le projecteur"))
        self.model.reload(self.engine.step_index)
        self._fill_screens()
        self._update_total()

    def _fill_screens(self) -> None:
        self.screen_combo.clear()
        self.screen_combo.addItem(self.tr("Écran : automatique"), "")
        for name in self.projector.screen_names():
            self.screen_combo.addItem(self.tr("Écran : {name}").format(name=name), name)
        self.screen_combo.setCurrentIndex(max(0, self.screen_combo.findData(
            self.projector.wanted_screen)))

    def _show_clock_event(self, event) -> None:
        minutes = format_clock(abs(event.gap_s), round_up=False)
        if event.kind == "restart":
            text = self.tr("Le minuteur tournait pendant la fermeture de l'application "
                           "({gap}). Compter ce temps ?")
        elif event.kind == "sleep":
            text = self.tr("L'ordinateur s'est mis en veille ou l'heure a changé ({gap}). "
                           "Compter ce temps dans l'étape ?")
        else:
            text = self.tr("L'horloge de l'ordinateur a reculé ({gap}). "
                           "Suivre l'horloge de l'ordinateur ?")
        self.banner_text.setText(text.format(gap=minutes))
        self.banner.show()

    def _resolve(self, count: bool) -> None:
        self.banner.hide()
        self.engine.resolve(count)

    def _maybe_go_to(self, index: QModelIndex) -> None:
        if self.engine is not None and index.column() == 3:
            self.engine.go_to(index.row())

    # -- editing ------------------------------------------------------------------
    def run(self, text: str, mutate, merge: str | None = None) -> bool:
        """One undoable edit; a refused one shows its sentence and changes nothing."""
        try:
            self.document.apply(text, mutate, merge=merge)
        except WorkshopError as exc:
            self._say(describe(exc))
            return False
        self._say("")
        return True

    def _say(self, message: str) -> None:
        self.message.setText(message)

    def _selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.document.workshop.agenda[rows[0].row()].id if rows else None

    def _add(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        index = rows[0].row() + 1 if rows else None
        self.run(self.tr("Ajouter une étape"),
                 lambda ws: agenda.add_step(ws, "plenary", self.tr("Nouvelle étape"), index=index))

    def _remove(self) -> None:
        step_id = self._selected_id()
        if step_id:
            self.run(self.tr("Supprimer l'étape"), lambda ws: agenda.remove_step(ws, step_id))

    def _move(self, delta: int) -> None:
        step_id = self._selected_id()
        if step_id and self.run(self.tr("Déplacer l'étape"),
                                lambda ws: agenda.move_step(ws, step_id, delta)):
            row = [s.id for s in self.document.workshop.agenda].index(step_id)
            self.view.selectRow(row)

    def _reset(self) -> None:
        titles = default_titles()
        self.run(self.tr("Déroulé par défaut"), lambda ws: agenda.reset_agenda(ws, titles))

    def _set_start(self) -> None:
        text = self.start_edit.text().strip()
        if text != self.document.workshop.show.planned_start:
            self.run(self.tr("Heure de début"),
                     lambda ws: agenda.set_show_option(ws, "planned_start", text))

    def _set_full_names(self, on: bool) -> None:
        if on != self.document.workshop.show.full_names:
            self.run(self.tr("Noms complets au projecteur"),
                     lambda ws: agenda.set_show_option(ws, "full_names", on))

    def _set_threshold(self, minutes: int) -> None:
        if minutes * 60 != self.document.workshop.show.warning_s:
            self.run(self.tr("Seuil d'alerte"),
                     lambda ws: agenda.set_show_option(ws, "warning_s", minutes * 60),
                     merge="show.warning_s")

    # -- display ------------------------------------------------------------------
    def _update_total(self) -> None:
        ws = self.document.workshop
        total = agenda.total_minutes(ws.agenda)
        remaining = None
        if self.engine is not None and self.engine.countdown and self.engine.countdown.started:
            remaining = self.engine.countdown.remaining()
        try:
            end = agenda.expected_end(ws, datetime.now(), remaining)
            end_text = self.tr("fin prévue vers {time}").format(time=end.strftime("%H:%M"))
        except WorkshopError:
            end_text = ""
        self.total.setText(self.tr("Durée totale : {h} h {m:02d} — {end}").format(
            h=total // 60, m=total % 60, end=end_text))

    def refresh(self) -> None:
        ws = self.document.workshop
        self.model.reload(self.engine.step_index if self.engine else ws.show.step)
        self.start_edit.setText(ws.show.planned_start)
        for widget in (self.full_names, self.threshold):
            widget.blockSignals(True)
        self.full_names.setChecked(ws.show.full_names)
        self.threshold.setValue(ws.show.warning_s // 60)
        for widget in (self.full_names, self.threshold):
            widget.blockSignals(False)
        self._update_total()
        if self.engine is not None:
            self._update_show()

    def translate_ui(self) -> None:
        self.heading.setText("<h2>{}</h2>".format(self.tr("Déroulé")))
        labels = {"add": self.tr("Ajouter une étape"), "remove": self.tr("Supprimer"),
                  "up": self.tr("Monter"), "down": self.tr("Descendre"),
                  "reset": self.tr("Déroulé par défaut")}
        for name, text in labels.items():
            self.buttons[name].setText(text)
        show = {"previous": self.tr("◀ Étape précédente (P)"), "minus": self.tr("−1 min"),
                "plus": self.tr("+1 min"), "next": self.tr("Étape suivante (N) ▶")}
        for name, text in show.items():
            self.show_buttons[name].setText(text)
        self.start_label.setText(self.tr("&Début :"))
        self.start_edit.setPlaceholderText("14:00")
        self.start_edit.setAccessibleName(self.tr("Heure de début de l'atelier"))
        self.view.setAccessibleName(self.tr("Étapes du déroulé"))
        self.controls.setTitle(self.tr("Animation"))
        self.full_names.setText(self.tr("Noms complets au projecteur"))
        self.threshold_label.setText(self.tr("&Alerte avant la fin (min) :"))
        self.threshold.setAccessibleName(self.tr("Alerte avant la fin, en minutes"))
        self.screen_combo.setAccessibleName(self.tr("Écran du projecteur"))
        self.count_gap.setText(self.tr("Compter ce temps"))
        self.skip_gap.setText(self.tr("Ne pas le compter"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._update_show()
