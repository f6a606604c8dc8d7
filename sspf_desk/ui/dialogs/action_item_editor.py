"""Dialog to add or change one item (insats) of a case's action plan.

Collects an ``ActionItemInput`` — what, responsible sector and person, start, deadline,
status and follow-up date — checks it with the domain's ``validate_action_item`` and
hands it to the ``save`` callable (the case service's add or update). Messages appear
under the field they concern. The result type is the caller's: the case's plan gets an
``ActionItem`` back, a meeting's agenda item keeps the ``ActionItemInput`` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from sspf_desk.domain import (
    ActionItemInput,
    ActionStatus,
    Sector,
    validate_action_item,
)
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.record.texts import date_placeholder, enum_label, format_day, read_day

_DATES = ("start_on", "deadline", "follow_up_on")

ResultT = TypeVar("ResultT")


class ActionItemEditor(FormDialog[ActionItemInput, ResultT]):
    """Form for one action-plan item; emits ``saved(result of save)`` after a save."""

    def __init__(
        self,
        save: Callable[[ActionItemInput], ResultT],
        initial: ActionItemInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.setWindowTitle(self.tr("New action") if initial is None else self.tr("Edit action"))
        self.setMinimumWidth(520)
        self._build()
        self._load(
            initial
            or ActionItemInput(
                what="",
                sector=Sector.SCHOOL,
                responsible="",
                start_on=date.today(),
                deadline=None,
                status=ActionStatus.PLANNED,
                follow_up_on=None,
            )
        )
        self.finish_layout()

    def _build(self) -> None:
        self.add_edit("what", self.tr("&What is to be done"))
        self.sector = self._combo(
            "sector", self.tr("Responsible &sector"), [(enum_label(s), s.value) for s in Sector]
        )
        self.add_edit("responsible", self.tr("Responsible &person"), self.tr("Name or role"))
        self.add_edit("start_on", self.tr("S&tart"), date_placeholder())
        self.add_edit("deadline", self.tr("&Deadline"), date_placeholder())
        self.status = self._combo(
            "status", self.tr("St&atus"), [(enum_label(s), s.value) for s in ActionStatus]
        )
        self.add_edit("follow_up_on", self.tr("&Follow-up on"), date_placeholder())
        for name in _DATES:
            self.edits[name].setMaximumWidth(160)

    def _combo(self, name: str, text: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for item_text, value in items:
            combo.addItem(item_text, value)
        combo.setObjectName(name)
        combo.setAccessibleName(text.replace("&", ""))
        combo.currentIndexChanged.connect(self._revalidate)
        label = QLabel(text)
        label.setBuddy(combo)
        self.add_row(name, label, combo)
        return combo

    def _load(self, data: ActionItemInput) -> None:
        self.edits["what"].setText(data.what)
        self.edits["responsible"].setText(data.responsible)
        for name in _DATES:
            self.edits[name].setText(format_day(getattr(data, name)))
        self.sector.setCurrentIndex(max(self.sector.findData(data.sector.value), 0))
        self.status.setCurrentIndex(max(self.status.findData(data.status.value), 0))

    def _state(self) -> tuple[object, ...]:
        texts = tuple(edit.text() for edit in self.edits.values())
        return (*texts, self.sector.currentData(), self.status.currentData())

    def collect(self) -> tuple[ActionItemInput, dict[str, str]]:
        """Return the input from the form and the problems the rules find in it."""
        problems: dict[str, str] = {}
        days = {name: read_day(self.edits[name], name, problems) for name in _DATES}
        data = ActionItemInput(
            what=self.edits["what"].text(),
            sector=Sector(self.sector.currentData()),
            responsible=self.edits["responsible"].text(),
            start_on=days["start_on"],
            deadline=days["deadline"],
            status=ActionStatus(self.status.currentData()),
            follow_up_on=days["follow_up_on"],
        )
        rule_problems = validate_action_item(data)
        return data, {**rule_problems, **problems}
