"""Bar charts drawn on the server as SVG, for the printable funder report. Each chart sits
beside the table it is drawn from (the table is what a screen reader reads, and what holds the
exact figures); a bar is drawn only for a figure that is shown, and a withheld one says so in
words where its bar would be."""

from dataclasses import dataclass

from reports.services.funder_report import Table

LABEL_WIDTH = 230
BAR_SPACE = 300
ROW_HEIGHT = 24
BAR_HEIGHT = 16
NUMBER_GAP = 6
LABEL_CHARACTERS = 34  # what fits in LABEL_WIDTH at the chart's type size


@dataclass(frozen=True)
class Bar:
    label: str
    text: str
    y: int
    width: float  # 0 for a figure that is not shown

    @property
    def short_label(self) -> str:
        """The label cut to fit; the table beside the chart has it in full."""
        if len(self.label) <= LABEL_CHARACTERS:
            return self.label
        return self.label[:LABEL_CHARACTERS - 1].rstrip(" ,") + "…"

    @property
    def text_x(self) -> float:
        return LABEL_WIDTH + self.width + NUMBER_GAP

    @property
    def label_y(self) -> int:
        return self.y + BAR_HEIGHT - 3


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    height: int
    width: int = LABEL_WIDTH + BAR_SPACE + 110
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT


def bar_chart(table: Table, column: int = -1) -> Chart | None:
    """One bar per row of ``table`` for the figures in ``column`` (by default the rows'
    totals), leaving out a totals row; None when no figure in it can be drawn."""
    rows = table.rows[:-1] if table.has_totals_row else table.rows
    figures = [(str(label), cells[column]) for label, cells in rows]
    largest = max((cell.value for _label, cell in figures
                   if isinstance(cell.shown, int | float) and cell.value), default=0)
    if not largest:
        return None
    bars = [Bar(label, cell.text, number * ROW_HEIGHT,
                BAR_SPACE * cell.value / largest if isinstance(cell.shown, int | float) else 0)
            for number, (label, cell) in enumerate(figures)]
    return Chart(str(table.title), bars, height=len(bars) * ROW_HEIGHT)
