"""The Platser och grupper page: the places and groups the operational group follows.

Rows come from the group-level service (read on the task runner); sorting, the search and
hiding inactive sites happen in the model's proxy. New / Open show ``SiteDialog`` (details,
observations, measures); "New observation…" goes straight to the observation form of the
selected site, for logging several in a row. Delete asks first and says that the site's
observations and measures go with it. The page reloads after its dialogs write, and when
the workspace reports changed sites (at once when shown, else when next shown).
``clear()`` forgets every row before a lock. Nothing here names a person.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sspf_desk.domain.enums import Sector
from sspf_desk.domain.group_level import Observation
from sspf_desk.errors import KnownError
from sspf_desk.services.changes import ChangeSet
from sspf_desk.services.group_level_rows import SiteRow
from sspf_desk.ui.dialogs.observation_editor import ObservationEditor
from sspf_desk.ui.dialogs.site_dialog import SiteDialog
from sspf_desk.ui.messages import ask, show_error
from sspf_desk.ui.models.sites_model import SITE_ID_ROLE, SiteColumn, SitesModel, SitesProxy
from sspf_desk.ui.pages.live_list import LiveList
from sspf_desk.ui.ports_group_level import GroupLevelPort
from sspf_desk.ui.tasks import TaskRunner
from sspf_desk.ui.widgets.tables import read_only_table

# Record types whose changes can change a row of the list.
WATCHED = ("group_site", "group_observation", "group_measure")


class GroupLevelPage(QWidget):
    """Sortable, searchable list of places and groups with New / Open / Delete."""

    def __init__(
        self,
        group_level: GroupLevelPort,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._port = group_level
        self._live = LiveList(self, runner, lambda: group_level.list_sites, self._loaded, WATCHED)
        self._select_next: str | None = None
        self._delete_id: str | None = None
        self._last_sector = Sector.SCHOOL
        self.model = SitesModel(self)
        self.proxy = SitesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or area"))
        self.search.setAccessibleName(self.tr("Search places and groups"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.show_inactive.setAccessibleName(self.tr("Show places and groups no longer followed"))
        self.show_inactive.toggled.connect(self._inactive_toggled)
        self.count = QLabel()
        self.new_button = self._button(
            self.tr("&New place or group…"), self.tr("New place or group")
        )
        self.new_button.clicked.connect(self.new_site)
        self.open_button = self._button(self.tr("&Open…"), self.tr("Open the selected site"))
        self.open_button.clicked.connect(self.open_selected)
        self.observe_button = self._button(
            self.tr("New o&bservation…"), self.tr("New observation at the selected site")
        )
        self.observe_button.clicked.connect(self.observe_selected)
        self.delete_button = self._button(self.tr("&Delete…"), self.tr("Delete the selected site"))
        self.delete_button.clicked.connect(self.ask_delete)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_site)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.delete_button, self.observe_button, self.open_button):
            buttons.addWidget(button)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self._update_count()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _build_table(self) -> QTableView:
        table = read_only_table(self.proxy, self.tr("Places and groups"))  # tens of rows
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SiteColumn.NAME, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(SiteColumn.NAME, Qt.SortOrder.AscendingOrder)
        table.activated.connect(self._open_index)
        return table

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the sites again (on the task runner), keeping the selection."""
        self._live.reload()

    def _loaded(self, rows: Sequence[SiteRow]) -> None:
        selected = self._select_next or self.selected_id()
        self._select_next = None
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected)
        self._update_count()
        self._update_buttons()

    def on_changes(self, changes: ChangeSet) -> None:
        """Reload when sites, observations or measures changed; later if hidden."""
        self._live.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the list when first shown, and catch up with changes made meanwhile."""
        super().showEvent(event)
        self._live.shown()

    def clear(self) -> None:
        """Drop every row and the search text (on lock); nothing is read afterwards."""
        self._live.stop()
        self.search.clear()
        self.model.clear()
        self._update_count()
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        """The id of the selected site, if any."""
        rows = self.table.selectionModel().selectedRows()
        value = rows[0].data(SITE_ID_ROLE) if rows else None
        return value if isinstance(value, str) else None

    def _selected_row(self) -> SiteRow | None:
        row = self.model.row_of(self.selected_id() or "")
        return self.model.row_at(row) if row is not None else None

    def select(self, site_id: str) -> None:
        """Select and show ``site_id`` if it is in the (filtered) list."""
        row = self.model.row_of(site_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(index, flags)
            self.table.scrollTo(index)

    # -- opening ---------------------------------------------------------------------------

    def new_site(self) -> SiteDialog:
        """Open an empty site dialog."""
        return self._open_dialog(SiteDialog(self._port, None, self.window()))

    def open_selected(self) -> SiteDialog | None:
        """Open the selected site."""
        site_id = self.selected_id()
        return self.open_site(site_id) if site_id is not None else None

    def open_site(self, site_id: str) -> SiteDialog | None:
        """Open ``site_id`` in the site dialog (None when it cannot be read)."""
        try:
            site = self._port.get_site(site_id)
        except KnownError as exc:
            show_error(exc, self.window())
            self.reload()
            return None
        return self._open_dialog(SiteDialog(self._port, site, self.window()))

    def _open_dialog(self, dialog: SiteDialog) -> SiteDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.changed.connect(self.reload)
        dialog.open()
        return dialog

    def _saved(self, site: object) -> None:
        site_id = getattr(site, "id", None)
        if isinstance(site_id, str):
            self._select_next = site_id  # shown once the list is read again
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        value = index.data(SITE_ID_ROLE)
        if isinstance(value, str):
            self.open_site(value)

    def observe_selected(self) -> ObservationEditor | None:
        """Open the observation form for the selected site ("Save and next" logs more)."""
        row = self._selected_row()
        if row is None:
            return None
        editor = ObservationEditor(
            self._port, row.id, row.name, None, self._last_sector, self.window()
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._observed)
        editor.open()
        return editor

    def _observed(self, stored: object) -> None:
        if isinstance(stored, Observation):
            self._last_sector = stored.data.sector
            self._select_next = stored.data.site_id
        self.reload()

    # -- deleting --------------------------------------------------------------------------

    def ask_delete(self) -> None:
        """Ask before deleting the selected site with its observations and measures."""
        listed = self._selected_row()
        if listed is None:
            return
        self._delete_id = listed.id
        box = ask(
            self.window(),
            self.tr("Delete place or group"),
            self.tr(
                "Delete \u201c%1\u201d with all its observations (%2) and measures? "
                "This cannot be undone. A site no longer followed can instead be marked "
                "inactive."
            )
            .replace("%1", listed.name)
            .replace("%2", str(listed.observations)),
            self.tr("&Delete"),
            self.tr("&Keep"),
        )
        box.setIcon(QMessageBox.Icon.Warning)
        box.accepted.connect(self._delete_confirmed)

    def _delete_confirmed(self) -> None:
        site_id, self._delete_id = self._delete_id, None
        if site_id is None or not self._live.active:
            return
        try:
            self._port.delete_site(site_id)
        except KnownError as exc:
            show_error(exc, self.window())
        self.reload()

    # -- state -----------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()
        self._update_buttons()

    def _inactive_toggled(self, show: bool) -> None:
        self.proxy.set_show_inactive(show)
        self._update_count()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.observe_button, self.delete_button):
            button.setEnabled(chosen)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("Number of places and groups: %1").replace("%1", str(total))
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count.setText(text)
