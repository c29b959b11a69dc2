"""Import plans in words: every problem with its row and column, each row's action, and the totals."""

from __future__ import annotations

from db.importing import ImportFailure, Plan, Problem, RowPlan, columns
from ui.i18n import translate


def actions() -> dict[str, str]:
    return {"create": translate("ImportReport", "New"), "update": translate("ImportReport", "Update"),
            "skip": translate("ImportReport", "Unchanged"), "error": translate("ImportReport", "Error")}


def message(problem: Problem) -> str:
    """The problem's own sentence, translated, without where it is."""
    try:
        return translate(problem.context, problem.message).format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return problem.message.format(**problem.params)


def problem(item: Problem) -> str:
    """The sentence with its column, e.g. 'Column B "CVR-nr.": the check digit is wrong.'"""
    text = message(item)
    if item.column is None:
        return text
    return translate("ImportReport", "Column {letter} \"{column}\": {text}").format(
        letter=item.letter, column=item.column, text=text)


def located(row: RowPlan, item: Problem) -> str:
    """The sentence with its row and column, for a list of errors apart from the rows."""
    return translate("ImportReport", "Row {row}: {text}").format(row=row.row, text=problem(item))


def details(row: RowPlan) -> list[str]:
    return [problem(p) for p in row.errors] + [problem(p) for p in row.notes]


def row_line(row: RowPlan) -> str:
    return translate("ImportReport", "Row {row}: {action} – {record}").format(
        row=row.row, action=actions()[row.action], record=row.label or "–")


# Stored field -> the import column that feeds it, where the names differ.
_FEEDS = {"company_id": "company_cvr", "contact_person_id": "person", "occupation_id": "occupation",
          "occupation_text": "occupation"}


def changed_columns(kind: str, row: RowPlan) -> list[str]:
    """The headings of the columns an update changes, as the export writes them."""
    known = columns.field_map(kind)
    out: list[str] = []
    for name in row.changed:
        field = known.get(_FEEDS.get(name, name))
        if field is not None and field.header not in out:
            out.append(field.header)
    return out


def failure(exc: ImportFailure) -> str:
    return translate("Import", exc.message).format(**exc.params)


def summary(plan: Plan) -> str:
    counts = plan.counts()
    return translate("ImportReport", "{create} new, {update} to update, {skip} unchanged, {error} with errors"
                     ).format(**counts)


def lines(plan: Plan) -> list[str]:
    """The whole report as the command line prints it: file problems, then each row and its details."""
    out = [problem(p) for p in plan.errors] + [problem(p) for p in plan.notes]
    for row in plan.rows:
        out.append(row_line(row))
        out += ["    " + text for text in details(row)]
    return out
