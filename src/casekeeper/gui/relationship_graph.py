"""The people of a case and how they are related, as a small family graph.

Each person is a box with the first of their recorded names and their role
in the case; each relationship a line with its kind ("spouse of", "parent
of"), pointing from the person to the relative. The layout is layered by
generation: the victim in the middle row and at its centre, parents and
grandparents above, children below, spouses, siblings and others beside.
People with no recorded relationship stand apart in the bottom row.

Names in Arabic script (Uyghur, Persian…) are laid out right to left.
"""

from __future__ import annotations

import unicodedata
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from casekeeper.services.views import CaseDetail, RelationView

from . import labels
from .display import ALERT_BG, ALERT_FG, esc

NODE_W = 172
NODE_H = 46
GAP_X = 72
ROW_H = 86
MARGIN = 14

# How many generations above (-) or below (+) the relative a person is.
_GENERATION = {
    "parent": -1,
    "grandparent": -2,
    "uncle_aunt": -1,
    "child": 1,
    "grandchild": 2,
    "nephew_niece": 1,
}


def is_rtl(text: str) -> bool:
    """Whether the first letter with a direction is a right-to-left one."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@dataclass
class Node:
    person_id: str
    name: str
    role: str  # as shown: "victim", "relative"; "" when none
    victim: bool
    all_names: list[str] = field(default_factory=list)
    row: int = 0
    rect: QRectF = field(default_factory=QRectF)

    @property
    def rtl(self) -> bool:
        return is_rtl(self.name)


@dataclass
class Edge:
    relation: RelationView
    source: Node
    target: Node
    label: str
    label_rect: QRectF = field(default_factory=QRectF)


class RelationshipGraph(QWidget):
    selected = Signal(str)  # person id
    activated = Signal(str)  # person id: edit them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Family and relationship graph"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.nodes: list[Node] = []
        self.edges: list[Edge] = []
        self.selected_id: str | None = None
        self._rows = 0
        self._order: dict[str, int] = {}

    # --- what the tab calls ------------------------------------------------------------

    def set_detail(self, detail: CaseDetail) -> None:
        roles: dict[str, list[str]] = {}
        for role in detail.roles:
            roles.setdefault(role["person_id"], []).append(role["kind"])
        self.nodes = [
            Node(
                p.id,
                p.names[0].text if p.names else p.display_name,
                ", ".join(labels.word(r) for r in roles.get(p.id, [])),
                "victim" in roles.get(p.id, []),
                [n.text for n in p.names],
            )
            for p in detail.people
        ]
        by_id = {n.person_id: n for n in self.nodes}
        self.edges = []
        seen: set[str] = set()
        for relation in detail.relations:
            a, b = by_id.get(relation.person_id), by_id.get(relation.relative_id)
            if a is None or b is None or relation.id in seen:
                continue  # a relative outside this case
            seen.add(relation.id)
            self.edges.append(Edge(relation, a, b, labels.relation(relation.kind)))
        if self.selected_id not in by_id:
            self.selected_id = None
        self._place_rows()
        self._layout()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.nodes, self.edges, self.selected_id, self._rows = [], [], None, 0
        self.setMinimumHeight(0)
        self.update()

    def select(self, person_id: str | None) -> None:
        if person_id != self.selected_id:
            self.selected_id = person_id
            self.update()

    def node(self, person_id: str) -> Node | None:
        return next((n for n in self.nodes if n.person_id == person_id), None)

    # --- layout -------------------------------------------------------------------------

    def _place_rows(self) -> None:
        """Generations by a walk from the victims along the relationships."""
        links: dict[str, list[tuple[str, int]]] = {n.person_id: [] for n in self.nodes}
        for edge in self.edges:
            delta = _GENERATION.get(edge.relation.kind, 0)  # person is delta below relative
            links[edge.source.person_id].append((edge.target.person_id, -delta))
            links[edge.target.person_id].append((edge.source.person_id, delta))
        generation: dict[str, int] = {}
        starts = [n.person_id for n in self.nodes if n.victim] or [
            n.person_id for n in self.nodes if links[n.person_id]
        ][:1]
        for start in starts + [n.person_id for n in self.nodes if links[n.person_id]]:
            if start in generation:
                continue
            generation[start] = 0
            queue = deque([start])
            while queue:
                here = queue.popleft()
                for other, delta in links[here]:
                    if other not in generation:
                        generation[other] = generation[here] + delta
                        queue.append(other)
        if generation:
            top = min(generation.values())
            for node in self.nodes:
                if node.person_id in generation:
                    node.row = generation[node.person_id] - top
            loose_row = max(generation.values()) - top + 1
        else:
            loose_row = 0
        for node in self.nodes:
            if node.person_id not in generation:
                node.row = loose_row
        self._rows = max((n.row for n in self.nodes), default=-1) + 1
        self._order = {n.person_id: k for k, n in enumerate(self._walk_order(starts, links))}

    def _walk_order(self, starts: list[str], links: dict[str, list[tuple[str, int]]]) -> list[Node]:
        """Nodes nearest the victims first: they sit nearest the centre."""
        by_id = {n.person_id: n for n in self.nodes}
        order: list[str] = []
        queue = deque(starts)
        while queue:
            here = queue.popleft()
            if here in order:
                continue
            order.append(here)
            queue.extend(other for other, _ in links[here])
        order += [n.person_id for n in self.nodes if n.person_id not in order]
        return [by_id[i] for i in order]

    def _layout(self) -> None:
        width = max(self.width(), self.minimumSizeHint().width())
        centre = width / 2
        for row in range(self._rows):
            members = sorted(
                (n for n in self.nodes if n.row == row),
                key=lambda n: (not n.victim, self._order.get(n.person_id, 0)),
            )
            # Centre first, then alternately right and left of it.
            slots: list[float] = []
            for k in range(len(members)):
                step = (k + 1) // 2
                slots.append(centre + (step if k % 2 else -step) * (NODE_W + GAP_X))
            if len(members) % 2 == 0 and members:  # an even row: balanced about the centre
                slots = [x - (NODE_W + GAP_X) / 2 for x in slots]
            left_most = min(slots, default=centre) - NODE_W / 2
            shift = max(MARGIN - left_most, 0.0)
            for node, x in zip(members, slots, strict=True):
                top = MARGIN + row * ROW_H
                node.rect = QRectF(x - NODE_W / 2 + shift, top, NODE_W, NODE_H)
        metrics = QFontMetrics(self._small_font())
        for edge in self.edges:
            mid = (edge.source.rect.center() + edge.target.rect.center()) / 2
            w = metrics.horizontalAdvance(edge.label) + 10
            h = metrics.height() + 2
            if edge.source.row == edge.target.row:  # side by side: above the line
                edge.label_rect = QRectF(mid.x() - w / 2, mid.y() - h - 3, w, h)
            else:
                edge.label_rect = QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)
        self.setMinimumHeight(self._height())

    def _widest_row(self) -> int:
        return max((sum(1 for n in self.nodes if n.row == r) for r in range(self._rows)), default=0)

    def _height(self) -> int:
        if not self.nodes:
            return 0
        return int(2 * MARGIN + (self._rows - 1) * ROW_H + NODE_H)

    def sizeHint(self) -> QSize:
        return QSize(
            int(2 * MARGIN + self._widest_row() * (NODE_W + GAP_X) + NODE_W), self._height()
        )

    def minimumSizeHint(self) -> QSize:
        n = self._widest_row()
        return QSize(int(2 * MARGIN + n * NODE_W + max(n - 1, 0) * GAP_X), self._height())

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._layout()

    # --- painting ----------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.88)
        return font

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.nodes:
            return
        for edge in self.edges:
            self._paint_edge(painter, palette, edge)
        for edge in self.edges:
            self._paint_edge_label(painter, palette, edge)
        for node in self.nodes:
            self._paint_node(painter, palette, node)

    def _paint_edge(self, painter: QPainter, palette: QPalette, edge: Edge) -> None:
        a, b = edge.source.rect, edge.target.rect
        start, end = _border_point(a, b.center()), _border_point(b, a.center())
        colour = palette.color(QPalette.ColorRole.Mid)
        if self.selected_id in (edge.source.person_id, edge.target.person_id):
            colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 1.6))
        painter.drawLine(start, end)
        # An arrowhead at the relative: "<person> is the <kind> of <relative>".
        direction = end - start
        length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
        unit = direction / length
        normal = QPointF(-unit.y(), unit.x())
        head = QPolygonF([end, end - unit * 9 + normal * 4.5, end - unit * 9 - normal * 4.5])
        painter.setBrush(colour)
        painter.drawPolygon(head)

    def _paint_edge_label(self, painter: QPainter, palette: QPalette, edge: Edge) -> None:
        painter.setFont(self._small_font())
        path = QPainterPath()
        path.addRoundedRect(edge.label_rect, 6, 6)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawPath(path)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(edge.label_rect, int(Qt.AlignmentFlag.AlignCenter), edge.label)
        painter.setFont(self.font())

    def _paint_node(self, painter: QPainter, palette: QPalette, node: Node) -> None:
        rect = node.rect
        selected = node.person_id == self.selected_id
        fill = palette.color(QPalette.ColorRole.Button)
        border = palette.color(QPalette.ColorRole.Mid)
        if node.victim:
            fill, border = QColor(ALERT_BG), QColor(ALERT_FG)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2.5 if selected else 1.2))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 7, 7)
        text_colour = QColor(ALERT_FG) if node.victim else palette.color(QPalette.ColorRole.Text)
        name_font = QFont(self.font())
        name_font.setBold(True)
        metrics = QFontMetrics(name_font)
        inner = rect.adjusted(8, 4, -8, -4)
        name = metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, int(inner.width()))
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if node.rtl else Qt.LayoutDirection.LeftToRight
        )
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        painter.drawText(inner, name, option)
        if node.role:
            small = self._small_font()
            painter.setFont(small)
            role_colour = QColor(text_colour)
            role_colour.setAlpha(180)
            painter.setPen(role_colour)
            painter.drawText(
                inner,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                QFontMetrics(small).elidedText(
                    node.role, Qt.TextElideMode.ElideRight, int(inner.width())
                ),
            )
        painter.setFont(self.font())

    # --- pointer and keys -----------------------------------------------------------------

    def node_at(self, point: QPointF) -> Node | None:
        return next((n for n in self.nodes if n.rect.contains(point)), None)

    def tooltip(self, node: Node) -> str:
        lines = [f"<b>{esc(node.name)}</b>"]
        if node.role:
            lines.append(esc(node.role))
        others = [n for n in node.all_names if n != node.name]
        lines += [esc(n) for n in others]
        for edge in self.edges:
            if node in (edge.source, edge.target):
                lines.append(
                    esc(
                        labels.relation_sentence(
                            edge.source.name, edge.relation.kind, edge.target.name
                        )
                    )
                )
        return "<br>".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            node = self.node_at(QPointF(event.pos()))
            if node is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(node), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self._choose(node.person_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position())
        if node is not None:
            self.activated.emit(node.person_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = sorted(self.nodes, key=lambda n: (n.row, n.rect.left()))
        ids = [n.person_id for n in order]
        key = event.key()
        if ids and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            if self.selected_id not in ids:
                self._choose(ids[0] if forward else ids[-1])
            else:
                n = ids.index(self.selected_id) + (1 if forward else -1)
                self._choose(ids[max(0, min(n, len(ids) - 1))])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.activated.emit(self.selected_id)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _choose(self, person_id: str) -> None:
        self.select(person_id)
        self.selected.emit(person_id)


def _border_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the rectangle's centre toward a point leaves it."""
    centre = rect.center()
    d = toward - centre
    if d.x() == 0 and d.y() == 0:
        return centre
    scale_x = (rect.width() / 2) / abs(d.x()) if d.x() else float("inf")
    scale_y = (rect.height() / 2) / abs(d.y()) if d.y() else float("inf")
    return centre + d * min(scale_x, scale_y)
