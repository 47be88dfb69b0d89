"""Draw the application icon (resources/icons/kommunesamarbeid.png and .ico).

Three municipalities (circles) joined into one shared purchase (the centre), in a calm blue
that also reads in black and white. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setBrush(QBrush(QColor("#1f4e79")))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    centre = QPointF(128 * s, 140 * s)
    nodes = [QPointF(128 * s, 58 * s), QPointF(56 * s, 190 * s), QPointF(200 * s, 190 * s)]
    p.setPen(QPen(QColor("#ffffff"), 14 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for node in nodes:
        p.drawLine(node, centre)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#ffffff")))
    for node in nodes:
        p.drawEllipse(node, 26 * s, 26 * s)
    p.setBrush(QBrush(QColor("#f2b705")))
    p.drawEllipse(centre, 34 * s, 34 * s)
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "kommunesamarbeid.png"))
    if not draw(256).save(str(OUT / "kommunesamarbeid.ico")):
        print("Kunne ikke skrive .ico (mangler Qt sitt ico-tillegg)", file=sys.stderr)
        return 1
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
