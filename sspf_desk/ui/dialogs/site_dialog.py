"""Dialog of one place or group: its details, its observations and its measures, in tabs.

"Uppgifter" edits the ``SiteInput`` (name, place or group, the area with completion from
the areas already used, the time pattern, the description, active); Save stores it. The
"Iakttagelser" and "Åtgärder" tabs list the site's records and store each change at once
through their own small forms, so "Close" only asks about unsaved details. A new site is
saved first: its first Save keeps the dialog open and opens the two tabs. The line under
the form asks for no names or identity numbers; the rules' messages (an identity number
in a text) appear under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.group_level import Site, SiteInput, SiteKind, validate_site
from sspf_desk.ui.dialogs.form_dialog import FormDialog
from sspf_desk.ui.dialogs.site_lists import MeasuresTab, ObservationsTab
from sspf_desk.ui.dialogs.site_parts import TextBox, add_field, no_names_hint
from sspf_desk.ui.lock import CommitOutcome
from sspf_desk.ui.models.sites_model import site_kind_text
from sspf_desk.ui.ports_group_level import SiteEditorPort

_FOCUS_ORDER = ("name", "kind", "area", "time_pattern", "description")


class Tab:
    """The tabs of the site dialog, by position."""

    DETAILS = 0
    OBSERVATIONS = 1
    MEASURES = 2


class SiteDialog(FormDialog[SiteInput, Site]):
    """Tabs for one place or group; emits ``saved(Site)`` and ``changed()``.

    ``changed`` follows every write in the observation and measure tabs (the page's counts
    change with them).
    """

    changed = Signal()

    def __init__(
        self,
        port: SiteEditorPort,
        existing: Site | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self._store, parent)
        self._port = port
        self._existing = existing
        self._just_created = False
        self._fields: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Place or group"))
        self.tabs.addTab(self._build_details(), self.tr("De&tails"))
        self.observations = ObservationsTab(port)
        self.measures = MeasuresTab(port)
        self.tabs.addTab(self.observations, self.tr("&Observations"))
        self.tabs.addTab(self.measures, self.tr("&Measures"))
        self.observations.changed.connect(self.changed)
        self.measures.changed.connect(self.changed)
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(no_names_hint())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.body.addWidget(self.status)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self._load(existing)
        self.finish_layout()
        self._connect()
        self._show_site()
        screen = self.screen().availableGeometry()  # room for the measures' nine columns
        self.resize(min(1000, screen.width()), min(640, screen.height()))

    # -- building ----------------------------------------------------------------------------

    def _add(self, form: QFormLayout, name: str, label_text: str, field: QWidget) -> None:
        label = add_field(form, self.errors, name, label_text, field)
        self._fields[name] = field
        self.rows[name] = (label, field)

    def _build_details(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line(
            self.tr("Name"), self.tr("e.g. The square in the centre, The group at the skate park")
        )
        self._add(form, "name", self.tr("&Name"), self.name)
        self.kind_group = QButtonGroup(self)
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        for kind in SiteKind:
            button = QRadioButton(site_kind_text(kind))
            button.setObjectName(kind.value)
            self.kind_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        kinds.setAccessibleName(self.tr("Place or group"))
        kinds.setFocusProxy(self.kind_group.buttons()[0])
        self._add(form, "kind", self.tr("&Kind"), kinds)
        self.area = self._line(self.tr("Area"), self.tr("The district, e.g. Centrum"))
        completer = QCompleter(list(self._port.areas()), self.area)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.area.setCompleter(completer)
        self._add(form, "area", self.tr("&Area"), self.area)
        self.time_pattern = self._line(
            self.tr("When"), self.tr("e.g. Friday evenings, after school")
        )
        self._add(form, "time_pattern", self.tr("&When"), self.time_pattern)
        self.description = TextBox(
            self.tr("Description"),
            self.tr("The place or the group and what the concern is about, without names."),
            lines=5,
        )
        self._add(form, "description", self.tr("&Description"), self.description)
        self.active = QCheckBox(self.tr("Still &followed (active)"))
        self.active.setAccessibleName(self.tr("Still followed"))
        form.addRow("", self.active)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _line(self, accessible_name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible_name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _connect(self) -> None:
        for edit in (self.name, self.area, self.time_pattern):
            edit.textChanged.connect(self._revalidate)
        self.description.textChanged.connect(self._revalidate)
        self.kind_group.buttonToggled.connect(self._revalidate)
        self.active.toggled.connect(self._revalidate)

    def _load(self, existing: Site | None) -> None:
        data = existing.data if existing is not None else SiteInput("", SiteKind.PLACE)
        self.name.setText(data.name)
        self.name.setCursorPosition(0)  # a long name shows its beginning
        self._kind_button(data.kind).setChecked(True)
        self.area.setText(data.area)
        self.time_pattern.setText(data.time_pattern)
        self.description.setPlainText(data.description)
        self.active.setChecked(data.active)

    def _kind_button(self, kind: SiteKind) -> QRadioButton:
        button = next(b for b in self.kind_group.buttons() if b.objectName() == kind.value)
        assert isinstance(button, QRadioButton)
        return button

    def _show_site(self) -> None:
        """Title, and the observation and measure tabs once the site exists."""
        site = self._existing
        title = self.tr("New place or group") if site is None else site.data.name
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        for tab in (Tab.OBSERVATIONS, Tab.MEASURES):
            self.tabs.setTabEnabled(tab, site is not None)
            self.tabs.setTabToolTip(tab, self.tr("Save the details first.") if site is None else "")
        name = site.data.name if site is not None else ""
        site_id = site.id if site is not None else None
        self.observations.set_site(site_id, name)
        self.measures.set_site(site_id, name)

    # -- collecting --------------------------------------------------------------------------

    def chosen_kind(self) -> SiteKind:
        """Place or group, as chosen."""
        checked = self.kind_group.checkedButton()
        return SiteKind(checked.objectName()) if checked is not None else SiteKind.PLACE

    def _state(self) -> tuple[object, ...]:
        return (
            self.name.text(),
            self.chosen_kind(),
            self.area.text(),
            self.time_pattern.text(),
            self.description.toPlainText(),
            self.active.isChecked(),
        )

    def collect(self) -> tuple[SiteInput, dict[str, str]]:
        """Return the site from the form and the problems the rules see."""
        data = SiteInput(
            name=self.name.text().strip(),
            kind=self.chosen_kind(),
            area=self.area.text().strip(),
            time_pattern=self.time_pattern.text().strip(),
            description=self.description.toPlainText().strip(),
            active=self.active.isChecked(),
        )
        return data, validate_site(data)

    def _reveal(self, problems: dict[str, str]) -> None:
        name = next((name for name in _FOCUS_ORDER if name in problems), None)
        if name is not None:
            self.tabs.setCurrentIndex(Tab.DETAILS)
            self._fields[name].setFocus()

    # -- saving ------------------------------------------------------------------------------

    def _store(self, data: SiteInput) -> Site:
        if self._existing is None:
            stored = self._port.create_site(data)
            self._just_created = True
        else:
            stored = self._port.update_site(self._existing.id, data)
        self._existing = stored
        return stored

    def accept(self) -> None:
        """Close after Save; a site just created stays open for its observations."""
        if not self._just_created:
            super().accept()
            return
        self._just_created = False
        self._show_site()
        self.status.setText(
            self.tr("Saved. You can now record observations and measures in their tabs.")
        )
        self.status.setVisible(True)
        self.tabs.setCurrentIndex(Tab.OBSERVATIONS)

    def commit_pending(self) -> CommitOutcome:
        """Before a lock: save valid details (see ``FormDialog``); the dialog then closes."""
        outcome = super().commit_pending()
        self._just_created = False
        return outcome

    def open_tab(self, tab: int) -> None:
        """Show the tab ``tab`` (see ``Tab``)."""
        self.tabs.setCurrentIndex(tab)

    @property
    def site_id(self) -> str | None:
        """The id of the site once it exists."""
        return self._existing.id if self._existing is not None else None
