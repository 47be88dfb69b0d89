"""A PDF shown inside the application (QPdfView) and printed through the system print dialog.

The document is loaded from memory, not from the file, so the temporary file can be replaced or
removed while the preview is open (Windows keeps open files locked).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

#: Pages are rendered for printing at the printer's resolution, but never above this: a full
#: A4 page at 1200 dpi would be a 550 MB image, and 300 dpi is sharper than the eye needs.
MAX_PRINT_DPI = 300

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def load_pdf(path: Path, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A document read from the file's bytes; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(Path(path).read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    first_page: int = 1,
    last_page: int | None = None,
    parent: QWidget | None = None,
) -> bool:
    """Print pages ``first_page``..``last_page`` (1-based): each rendered to an image and painted
    to fill the paper. Returns False when cancelled or the printer could not start."""
    count = document.pageCount()
    last = min(last_page or count, count)
    if count == 0 or first_page > last:
        return False
    printer.setFullPage(True)  # the PDF has its own margins; map page to paper 1:1
    painter = QPainter()
    if not painter.begin(printer):
        return False
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    progress = QProgressDialog(
        QApplication.translate("PdfPreview", "Skriver ut …"),
        QApplication.translate("PdfPreview", "Avbryt"),
        0,
        last - first_page + 1,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    ok = True
    try:
        for n, page in enumerate(range(first_page - 1, last)):
            if progress.wasCanceled():
                printer.abort()
                ok = False
                break
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = (target.width() - scaled.width()) // 2
            y = (target.height() - scaled.height()) // 2
            painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
            progress.setValue(n + 1)
            QApplication.processEvents()
    finally:
        painter.end()
        progress.reset()
        progress.deleteLater()
    return ok


def ask_and_print(parent: QWidget, document: QPdfDocument, title: str) -> bool:
    """The system print dialog for the document, then print. False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if document.pageCount():
        points = document.pagePointSize(0)
        printer.setPageSize(
            QPageSize(
                points, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch
            )
        )
        landscape = points.width() > points.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QApplication.translate("PdfPreview", "Skriv ut {title}").format(title=title)
    )
    dialog.setMinMax(1, max(document.pageCount(), 1))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage(), printer.toPage()
    if first == 0:  # all pages
        first, last = 1, document.pageCount()
    return print_pdf(document, printer, first_page=first, last_page=last, parent=parent)


class PdfPreview(QWidget):
    """QPdfView with page navigation and zoom."""

    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QToolBar(self.tr("PDF"))
        bar.setAccessibleName(self.tr("Verktøylinje for forhåndsvisningen"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar = bar
        self.prev_action = self._action(
            self.tr("◀ Forrige side"),
            self.previous_page,
            QKeySequence.StandardKey.MoveToPreviousPage,
        )
        bar.addAction(self.prev_action)
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName(self.tr("Sidenummer"))
        self.page_spin.setRange(1, 1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.page_count_label = QLabel()
        bar.addWidget(QLabel(self.tr(" Side ")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_count_label)
        self.next_action = self._action(
            self.tr("Neste side ▶"), self.next_page, QKeySequence.StandardKey.MoveToNextPage
        )
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(
            self._action(self.tr("Forminsk"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_combo = QComboBox()
        self.zoom_combo.setAccessibleName(self.tr("Zoom"))
        self.zoom_combo.addItem(self.tr("Tilpass bredde"), "width")
        self.zoom_combo.addItem(self.tr("Hele siden"), "page")
        for step in ZOOM_STEPS:
            self.zoom_combo.addItem(f"{step:.0%}", step)
        self.zoom_combo.activated.connect(self._zoom_chosen)
        bar.addWidget(self.zoom_combo)
        bar.addAction(
            self._action(self.tr("Forstørr"), self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        )
        bar.addSeparator()
        bar.addAction(
            self._action(
                self.tr("Skriv ut …"), self.print_requested.emit, QKeySequence.StandardKey.Print
            )
        )
        bar.addAction(self._action(self.tr("Lagre PDF …"), self.save_requested.emit))
        layout.addWidget(bar)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Forhåndsvisning av PDF"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        layout.addWidget(self.view, 1)
        self._update_page_controls()

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- document
    def load(self, path: Path) -> int:
        """Show the PDF at ``path``; returns the number of pages (0 when it could not be read)."""
        old_doc, old_buf = self.document, self._buffer
        self.document, self._buffer = load_pdf(path, self)
        self.view.setDocument(self.document)
        if old_doc is not None:
            old_doc.deleteLater()
        if old_buf is not None:
            old_buf.deleteLater()
        self._update_page_controls()
        return self.page_count()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def current_page(self) -> int:
        """1-based."""
        return self.view.pageNavigator().currentPage() + 1

    # -- navigation
    def go_to_page(self, number: int) -> None:
        if not 1 <= number <= self.page_count():
            return
        navigator = self.view.pageNavigator()
        zoom = self.view.zoomFactor()
        if navigator.currentPage() == number - 1:
            # QPdfView scrolls only when the current page changes, but after a zoom change the
            # same page sits elsewhere: step to a neighbour and back
            if self.page_count() == 1:
                self.view.verticalScrollBar().setValue(0)
                return
            other = number if number < self.page_count() else number - 2
            navigator.jump(other, QPointF(), zoom)
        navigator.jump(number - 1, QPointF(), zoom)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_page_controls()

    def _update_page_controls(self) -> None:
        count = self.page_count()
        self.page_spin.setRange(1, max(count, 1))
        self.page_count_label.setText(self.tr(" av {n} ").format(n=count))
        current = self.current_page() if count else 0
        self.prev_action.setEnabled(current > 1)
        self.next_action.setEnabled(0 < current < count)

    # -- zoom
    def _zoom_chosen(self, index: int) -> None:
        value = self.zoom_combo.itemData(index)
        page = self.current_page()
        if value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.set_zoom(float(value))
            return
        self.go_to_page(page)

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` (1.0 = 100 %) and stay on the same page."""
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        index = self.zoom_combo.findData(factor)
        if index < 0:
            self.zoom_combo.addItem(f"{factor:.0%}", factor)
            index = self.zoom_combo.count() - 1
        self.zoom_combo.setCurrentIndex(index)
        self.go_to_page(page)

    def zoom_in(self) -> None:
        now = self.view.zoomFactor()
        self.set_zoom(next((s for s in ZOOM_STEPS if s > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.view.zoomFactor()
        self.set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < now - 0.01), ZOOM_STEPS[0]))


class PdfPreviewDialog(QDialog):
    """A window of its own (it can go to the projector screen) with the preview and print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.preview = PdfPreview(self)
        layout.addWidget(self.preview)
        self.preview.print_requested.connect(self.print_document)
        self.title = ""
        self._sized = False

    def show_pdf(self, path: Path, title: str) -> int:
        self.title = title
        self.setWindowTitle(self.tr("Forhåndsvisning – {title}").format(title=title))
        pages = self.preview.load(path)
        if not self._sized:  # first time only: afterwards the user's size stays
            self._sized = True
            screen = (self.parentWidget() or self).screen().availableGeometry()
            self.resize(min(1000, int(screen.width() * 0.9)), int(screen.height() * 0.9))
        if pages == 0:
            QMessageBox.warning(self, self.windowTitle(), self.tr("PDF-en kunne ikke vises."))
        return pages

    def print_document(self) -> bool:
        if self.preview.document is None or not self.preview.page_count():
            return False
        return ask_and_print(self, self.preview.document, self.title)
