"""The needs view lists the needs still to fill by default; "New need" from a company lists that company's."""

from db import changes, companies, needs


def _titles(view) -> list[str]:
    return sorted(view.model.record(i)["title"] for i in range(view.model.rowCount()))


def _stores_needs(store):
    bakery = companies.add(store, who="t", name="Bageriet").id
    smithy = companies.add(store, who="t", name="Smedien").id
    for title, company, status in (("Bager", bakery, "open"), ("Konditor", bakery, "shortlisted"),
                                   ("Lærling", bakery, "filled"), ("Smed", smithy, "open"),
                                   ("Svejser", smithy, "cancelled")):
        needs.add(store, who="t", company_id=company, title=title, status=status)
    return bakery, smithy


def test_open_and_shortlisted_needs_show_by_default_and_the_user_can_show_all(qtbot, main_window, store):
    _stores_needs(store)
    view = main_window.show_view_key("needs")
    view.model.refresh()
    assert _titles(view) == ["Bager", "Konditor", "Smed"]
    assert view.filters["status"].currentText() == "Åbne og kandidater sendt"
    view.set_filter("status", None)
    assert _titles(view) == ["Bager", "Konditor", "Lærling", "Smed", "Svejser"]
    view.set_filter("status", "filled")
    assert _titles(view) == ["Lærling"]


def test_new_need_from_a_company_lists_that_companys_needs_until_the_filter_is_cleared(qtbot, main_window, store):
    bakery, _ = _stores_needs(store)
    main_window.ctx.apply(changes.wholesale(changes.COMPANIES, changes.NEEDS), None)  # written beside the app
    companies_view = main_window.show_view_key("companies")
    companies_view.select(bakery)
    companies_view.new_need_for.emit(bakery)  # the company's "New need…" button
    view = main_window.current_view()
    assert view is main_window.views["needs"]
    assert _titles(view) == ["Bager", "Konditor"]
    assert view.company_chip.isVisible() and "Bageriet" in view.company_chip.text()
    assert view.form.fields["company_id"].value() == bakery and view.current_id is None
    view.company_chip.click()
    assert not view.company_chip.isVisible()
    assert _titles(view) == ["Bager", "Konditor", "Smed"]


def test_opening_a_need_the_filters_hide_clears_them(qtbot, main_window, store):
    bakery, smithy = _stores_needs(store)
    main_window.views["needs"].show_company(smithy)
    filled = needs.for_company(store, bakery)
    filled = next(n["id"] for n in filled if n["title"] == "Lærling")
    main_window.open_need(filled)
    view = main_window.views["needs"]
    assert view.current_id == filled
    assert view.model.row_of(filled) >= 0
    assert not view.company_chip.isVisible()
