"""Hjælp → Om Jobbro: the version, the store in use, the bundled components' licences and the ESCO attribution."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout

import resources
from ui.about_info import COMPONENTS, ESCO_ATTRIBUTION, Component, component_version


class AboutDialog(QDialog):
    def __init__(self, store_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Jobbro"))
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resources.path("icons", "jobbro.png"))).scaled(
            64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        version = self.tr("Version %1").replace("%1", resources.version())
        title = QLabel(f"<h2>Jobbro</h2>{html.escape(version)}")
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self.body_html(store_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setDefault(True)  # Enter closes, and so does Esc (reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        close.setFocus()
        self.resize(640, 560)  # fits a 1024x700 screen with room to spare

    def body_html(self, store_path: str) -> str:
        """The dialog's text: what Jobbro is, the store, the ESCO attribution and the components."""
        esc = html.escape
        what = self.tr("Companies, needs and candidates for the business consultants of the job centre.")
        store = self.tr("Store: %1").replace("%1", store_path)
        heading = self.tr("Bundled components and their licences")
        columns = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        lgpl = self.tr("Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the "
                       "installation folder and may be replaced by other builds of the same version. Their source code "
                       "is available from the Qt Project (download.qt.io). The licence texts of all components are in "
                       "the installation folder.")
        head = "".join(f"<th align='left'>{esc(column)}</th>" for column in columns)
        rows = "".join(self._row(component) for component in COMPONENTS)
        return (f"<p>{esc(what)}</p><p>{esc(store)}</p><p><b>{esc(ESCO_ATTRIBUTION)}</b></p>"
                f"<h3>{esc(heading)}</h3><table cellpadding='2'><tr>{head}</tr>{rows}</table><p>{esc(lgpl)}</p>")

    def _row(self, component: Component) -> str:
        version = qVersion() if component.distribution == "PySide6_Essentials" else component_version(component)
        cells = (component.name, version, component.licence)
        return "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in cells) + "</tr>"
