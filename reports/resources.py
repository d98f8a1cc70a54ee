"""The funder report's tables as spreadsheet columns for the one export path: each table has
its own headings, so the columns are made per table rather than declared per class."""

from courses.resources import ExportResource, column


class ReportTableResource(ExportResource):
    """Columns for rows that are lists, under ``headings``: the row's label, then its
    figures as published (numbers as numbers; a withheld one as the words that replace it)."""

    def __init__(self, headings: list[str]):
        super().__init__()
        self.fields = {f"column_{number}": column(str(number), heading)
                       for number, heading in enumerate(headings)}

    @staticmethod
    def rows(records: list[list]) -> list[dict]:
        """Rows keyed the way the columns read them."""
        return [{str(number): value for number, value in enumerate(record)}
                for record in records]

    def get_export_fields(self, selected_fields=None):
        return list(self.fields.values())

    def get_export_headers(self, selected_fields=None):
        return [str(field.column_name) for field in self.fields.values()]
