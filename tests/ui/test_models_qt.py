"""Every table model passes pytest-qt's model tester, with data, after sorting and when empty."""

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
