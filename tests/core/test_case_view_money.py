"""The case the window shows carries its money totals, counted by the core from the same read as
its entries (a bond held apart), so the Money tab does no arithmetic of its own."""

from __future__ import annotations

from decimal import Decimal

from casefile.services import cases, records
from casefile.services.case_view import read_case_view
from casefile.store.archive import Archive


def test_the_case_view_carries_the_totals_of_its_entries(archive: Archive) -> None:
    ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters")).reference
    records.add_money_entry(archive, ref, "cost", "notary", "3,200", "CNY", "2026-03-02")
    records.add_money_entry(archive, ref, "recovery", "damages", "50000", "CNY", "2026-06-02")
    records.add_money_entry(archive, ref, "cost", "bond", "20000", "CNY", "2026-03-05")
    records.add_money_entry(archive, ref, "cost", "lawyer", "1200.50", "EUR", "2026-04-02")
    view = read_case_view(archive, cases.case_detail(archive, ref).id)
    assert view.money_totals == records.money_totals(archive, view.detail.id)
    cny, eur = view.money_totals
    assert (cny.currency, cny.costs, cny.recoveries, cny.net, cny.bonds_held) == (
        "CNY",
        Decimal(3200),
        Decimal(50000),
        Decimal(46800),
        Decimal(20000),
    )
    assert (eur.currency, eur.net) == ("EUR", Decimal("-1200.50"))
