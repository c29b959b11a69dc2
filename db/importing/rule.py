"""The shape every kind of import row follows: read, find the stored record, check, then create or update."""

from __future__ import annotations

from collections import Counter

from db import records, validation
from db.errors import QT_TRANSLATE_NOOP
from db.errors import ValidationError
from db.importing.lookup import Entry, as_refs
from db.importing.plan import Context, RowPlan
from db.validation import FieldProblem

Key = tuple[str, str, object] | None  # (import field, the value as shown, what must be unique)


class Rule:
    """Subclasses name their table and fields and call their module's own checks (`check`)."""

    table = ""
    owner = ""  # the link tables' column that names the record
    fields: tuple[str, ...] = ()  # stored fields an update merges the row's values into
    scalars: tuple[str, ...] = ()  # import fields handed on unchanged
    list_names: tuple[str, ...] = ()  # import fields that hold lists
    # A validation error's field -> the import field whose column it names.
    error_fields = {"company_id": "company_cvr", "contact_person_id": "person", "occupation_id": "occupation",
                    "occupation_text": "occupation", "essential_skills": "essential",
                    "desired_skills": "desired", "required_skills": "required"}

    # ---- to override ----------------------------------------------------------------------------
    def defaults(self, ctx: Context) -> dict:
        return {}

    def find(self, ctx: Context, row: RowPlan, given: dict, values: dict) -> tuple[int | None, Key]:
        """The stored record the row updates: by Jobbro id when it is in this store, else by `natural`."""
        key = ("id", str(given["id"]), ("id", given["id"])) if "id" in given else None
        if "id" in given:
            found = self.by_id(ctx, row, given, values)
            if found is not None or row.errors:
                return found, key
        found, natural = self.natural(ctx, row, given, values)
        return found, key or natural

    def natural(self, ctx: Context, row: RowPlan, given: dict, values: dict) -> tuple[int | None, Key]:
        """The record the row's own columns name (a company's CVR number, a person's name ...)."""
        return None, None

    def current(self, ctx: Context, record_id: int) -> tuple[dict, dict]:
        """The stored record and its lists, in the form `combine` and `link_rows` take."""
        return records.get(ctx.db, self.table, record_id), {}

    def combine(self, ctx: Context, current: dict | None, given: dict) -> dict:
        """The record's lists after the row: given lists replace, the others stay (all empty when new)."""
        return {**(current or {}), **given}

    def check(self, ctx: Context, values: dict, lists: dict, record_id: int | None) -> dict:
        raise NotImplementedError

    def stored_list(self, name: str) -> str:
        """The record's list an import list column feeds."""
        return name

    def adjust(self, ctx: Context, values: dict, current: dict, given: dict) -> dict:
        """Keep a stored reference the row names as it is (for exact re-imports)."""
        return values

    def finish(self, clean: dict) -> dict:
        return clean

    def link_rows(self, lists: dict) -> dict[str, tuple[str, list[dict]]]:
        """Per audit name: (link table, rows) as the module's own writes would store them."""
        return {}

    def label(self, ctx: Context, values: dict) -> str:
        return str(values.get("name") or "")

    # ---- the common path ------------------------------------------------------------------------
    def plan(self, ctx: Context, row: RowPlan, given: dict) -> Key:
        values, lists = self.convert(ctx, row, given)
        row.label = self.label(ctx, values)
        if row.errors:
            return None
        record_id, key = self.find(ctx, row, given, values)
        if row.errors:
            return key
        if record_id is None:
            self._create(ctx, row, values, self._refs(lists, {}))
        else:
            self._update(ctx, row, record_id, values, lists, given)
        return key

    def _refs(self, lists: dict, current: dict) -> dict:
        """Vocabulary entries as refs; codes lists as they are."""
        return {name: as_refs(value, current.get(self.stored_list(name), ()))
                if value and isinstance(value[0], Entry) else value for name, value in lists.items()}

    def convert(self, ctx: Context, row: RowPlan, given: dict) -> tuple[dict, dict]:
        values = {k: given[k] for k in self.scalars if k in given}
        lists = {k: given[k] for k in self.list_names if k in given}
        if "name" in self.scalars and "name" not in values:
            parts = [given.get("first_name"), given.get("last_name")]
            if any(parts):
                values["name"] = " ".join(p for p in parts if p)
        if "company_cvr" in ctx.fields:
            self._company(ctx, row, given, values)
        return values, lists

    def _company(self, ctx: Context, row: RowPlan, given: dict, values: dict) -> None:
        if "company_cvr" not in given:
            if "id" not in given:
                ctx.fail(row, QT_TRANSLATE_NOOP("Import", "The company's CVR number is missing."),
                         key="company_cvr")
            return
        try:
            cvr = validation.cvr(given["company_cvr"])
        except FieldProblem as problem:
            ctx.fail(row, problem.message, problem.params, key="company_cvr", context="Validation")
            return
        found = ctx.lookups.company(cvr)
        if found is None:
            ctx.fail(row, QT_TRANSLATE_NOOP("Import", "There is no company with CVR number {value} in Jobbro. "
                                       "Import the companies first."), {"value": cvr}, key="company_cvr")
            return
        values["company_id"] = found[0]

    def by_id(self, ctx: Context, row: RowPlan, given: dict, values: dict) -> int | None:
        """The record a Jobbro id names (from an earlier export of this store)."""
        record_id = given["id"]
        columns = "company_id" if "company_cvr" in ctx.fields else "id"
        found = ctx.db.execute(f"SELECT {columns} FROM {self.table} WHERE id = ?", [record_id]).fetchone()
        if found is None:
            ctx.foreign_ids += 1  # a file from another store: its ids mean nothing here
            return None
        if "company_id" in values and found[0] != values["company_id"]:
            ctx.fail(row, QT_TRANSLATE_NOOP("Import", "Jobbro id {value} belongs to another company than the CVR "
                                                      "number says."),
                     {"value": record_id}, key="id")
            return None
        return record_id

    def _checked(self, ctx: Context, row: RowPlan, values: dict, lists: dict, record_id: int | None):
        try:
            return self.finish(self.check(ctx, values, lists, record_id))
        except ValidationError as exc:
            for error in exc.errors:
                ctx.fail(row, error.message, error.params, context="Validation",
                         key=self.error_field(ctx, error.field))
            return None

    def error_field(self, ctx: Context, name: str) -> str:
        return self.error_fields.get(name, name)

    def _create(self, ctx: Context, row: RowPlan, values: dict, given_lists: dict) -> None:
        if "company_cvr" in ctx.fields and "company_id" not in values:
            ctx.fail(row, QT_TRANSLATE_NOOP("Import", "The company's CVR number is missing."),
                     key="company_cvr")
            return
        lists = self.combine(ctx, None, given_lists)
        clean = self._checked(ctx, row, {**self.defaults(ctx), **values}, lists, None)
        if clean is None:
            return
        row.action = "create"
        row.values = clean
        row.links = {table: rows for table, rows in self.link_rows(lists).values()}
        row.label = self.label(ctx, clean)

    def _update(self, ctx: Context, row: RowPlan, record_id: int, values: dict, given_lists: dict,
                given: dict) -> None:
        current, current_lists = self.current(ctx, record_id)
        values = self.adjust(ctx, values, current, given)
        lists = self.combine(ctx, current_lists, self._refs(given_lists, current_lists))
        clean = self._checked(ctx, row, {k: current[k] for k in self.fields} | values, lists, record_id)
        row.record_id = record_id
        if clean is None:
            return
        row.label = self.label(ctx, clean)
        changed = [k for k, v in clean.items() if current.get(k) != v]
        links, extra = {}, []
        if lists != current_lists:  # equal lists (the usual re-import) cannot change a link
            old = self.link_rows(current_lists)
            for name, (table, rows) in self.link_rows(lists).items():
                if _bag(rows) != _bag(old[name][1]):
                    links[table] = rows
                    extra.append(name)
        if not changed and not links:
            row.action = "skip"  # Jobbro already holds the same
            return
        row.action = "update"
        row.values = {k: clean[k] for k in changed}
        row.links = links
        row.changed = tuple(changed + extra)


def _bag(rows: list[dict]) -> Counter:
    """Link rows compared as the module's replace_links does: as a set, in no particular order."""
    return Counter(tuple(sorted(r.items())) for r in rows)
