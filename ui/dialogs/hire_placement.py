"""The placement part of a hire on a shortlist: hired through a measure (praktik, løntilskud …) makes a planned placement."""

from __future__ import annotations

import datetime as dt

from db import reference, workplaces
from matching import measure_rules as R
from ui.context import AppContext
from ui.dialogs.placement_dialog import workplace_text
from ui.i18n import translate
from ui.widgets.fields import Choice, DateLine
from ui.widgets.form import Form


class HirePlacementFields:
    """Adds "Hired as" (ordinary job or a measure) and, for a measure, its period and workplace to a form."""

    KEYS = ("measure_code", "placement_start", "placement_end", "workplace_id")
    # the store's field names of a refused placement -> the form's fields
    ALIASES = {"start_date": "placement_start", "end_date": "placement_end"}

    def __init__(self, ctx: AppContext, form: Form, need: dict):
        self.form = form
        measures = reference.choices(ctx.db, "measures")
        form.add("measure_code", translate("Placements", "Hired as"), Choice(measures, empty=None))
        form.add("placement_start", translate("Placements", "Placement start"), DateLine())
        form.add("placement_end", translate("Placements", "Placement end"), DateLine())
        places = workplaces.for_company(ctx.db, need["company_id"])
        form.add("workplace_id", translate("Placements", "Workplace"), Choice(
            [(w["id"], workplace_text(w)) for w in places], empty=translate("Placements", "Choose a workplace")))
        offered = need.get("employment_form")
        self.defaults = {
            "measure_code": offered if offered in {c for c, _ in measures} and offered != R.ORDINARY else R.ORDINARY,
            "placement_start": dt.date.today().isoformat(),
            "workplace_id": places[0]["id"] if len(places) == 1 else None}
        self.apply_defaults()

    def apply_defaults(self) -> None:
        """The need's own measure, today and the only workplace; again after the form's set_values()."""
        for key, value in self.defaults.items():
            self.form.fields[key].set_value(value)

    def show_for(self, hired: bool) -> None:
        measure = self.form.fields["measure_code"].value()
        self.form.layout_.setRowVisible(self.form.fields["measure_code"], hired)
        for key in self.KEYS[1:]:
            self.form.layout_.setRowVisible(self.form.fields[key], hired and measure not in (None, R.ORDINARY))

    def values(self) -> dict | None:
        """The placement to make with the hire, or None for an ordinary job."""
        fields = self.form.fields
        measure = fields["measure_code"].value()
        if measure in (None, R.ORDINARY):
            return None
        return {"measure_code": measure, "start_date": fields["placement_start"].value(),
                "end_date": fields["placement_end"].value(), "workplace_id": fields["workplace_id"].value()}
