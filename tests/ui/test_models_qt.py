"""Every table model passes pytest-qt's model tester: with rows, after sorting or a change, and when empty."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import candidates, companies, contacts, demo, needs
from ui.models.list_model import ListModel
from ui.models.table_model import Column, LazyTableModel


@pytest.fixture
def demo_store(store):
    demo.create(store, companies=20, candidates=60, needs=25, contacts=50, seed=3)
    return store


@pytest.mark.parametrize("module", [companies, contacts, needs, candidates])
def test_lazy_models_pass_the_model_tester(qtmodeltester, demo_store, module):
    columns = [Column(key, lambda key=key: key) for key in module.LISTING.columns]
    model = LazyTableModel(demo_store, module.LISTING, columns)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_query(text="zzzzzz-no-such-thing")
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_sorting_by_name_is_danish(store):
    for name in ("Åbyhøj Auto", "Zebra Rengøring", "Ølstykke Lager", "Æble Kantine", "Aalborg Vvs", "Bager Ib"):
        companies.add(store, who="t", name=name)
    columns = [Column("name", lambda: "Name")]
    model = LazyTableModel(store, companies.LISTING, columns)
    model.refresh()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Bager Ib", "Zebra Rengøring", "Æble Kantine", "Ølstykke Lager", "Åbyhøj Auto", "Aalborg Vvs"]  # aa sorts as å


def test_list_model_passes_the_model_tester(qtmodeltester):
    model = ListModel([Column("a", lambda: "A"), Column("b", lambda: "B")])
    model.set_rows([{"id": 1, "a": "x", "b": 2}, {"id": 2, "a": "y", "b": None}])
    qtmodeltester.check(model)


# ---- the models behind the Match view, the shortlist panel, its history tabs and the follow-ups ----------------
@pytest.fixture
def hired_and_listed(jobcentre):
    """A need with a shortlist at every stage, and a hire whose follow-up is due."""

    from db import shortlists

    jc = jobcentre
    need = jc.add_need(title="Lagermedarbejder", occupation="warehouse_worker", essential=["picking"], positions=1)
    people = [jc.add_candidate(name=name, occupations=["warehouse_worker"], skills=["picking", "warehouse"])
              for name in ("Anna Lager", "Bo Pluk", "Cem Scan")]
    long_ago = dt.date.today() - dt.timedelta(days=200)
    entries = [shortlists.add(jc.db, need, p, who="Testkonsulent", on=long_ago, note="God\nrolig").id for p in people]
    shortlists.set_status(jc.db, entries[1], "rejected", who="Testkonsulent", on=long_ago, reason_code="experience")
    shortlists.set_status(jc.db, entries[0], "hired", who="Testkonsulent", on=long_ago)
    return jc, need, people


def test_match_model_passes_the_model_tester(qtmodeltester, danish, hired_and_listed):
    from db import matching_data
    from ui.models.match_model import MatchModel, MatchRow

    jc, need, people = hired_and_listed
    extra = jc.add_need(title="Pluk", essential=["picking"])
    matcher = matching_data.build_matcher(jc.db)
    ranking = matcher.rank_candidates(extra, top=10, today=dt.date.today())
    assert ranking.matches
    model = MatchModel({key: key.title() for key in MatchModel.COLUMNS})
    model.set_rows([MatchRow(m, m.candidate_id, f"Kandidat {m.candidate_id}", "8000 Aarhus C") for m in ranking.matches])
    assert model.rowCount() == len(ranking.matches)
    qtmodeltester.check(model)
    model.set_listed({ranking.matches[0].candidate_id})
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_shortlist_models_pass_the_model_tester(qtbot, qtmodeltester, danish, ctx, hired_and_listed):
    from ui.widgets.shortlist.panel import ShortlistPanel

    jc, need, people = hired_and_listed
    panel = ShortlistPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_need(need)
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)
    panel.table.selectRow(0)
    assert panel.steps_model.rowCount() == 2  # proposed, hired
    qtmodeltester.check(panel.steps_model)
    panel.set_need(None)
    assert panel.model.rowCount() == 0
    qtmodeltester.check(panel.model)


def test_history_and_follow_up_models_pass_the_model_tester(qtbot, qtmodeltester, danish, ctx, hired_and_listed):
    from ui.views.candidates import CandidatesView
    from ui.views.followups import FollowUpsView

    jc, need, people = hired_and_listed
    view = CandidatesView(ctx)
    qtbot.addWidget(view)
    view.select(people[1])
    assert view.history.model.rowCount() == 1
    qtmodeltester.check(view.history.model)
    follow_ups = FollowUpsView(ctx)
    qtbot.addWidget(follow_ups)
    follow_ups.refresh()
    assert follow_ups.model.rowCount() == 1  # the hire's follow-up, three months on: due
    qtmodeltester.check(follow_ups.model)
