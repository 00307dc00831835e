"""The whole-archive review gives the same due dates and flags as the explained per-case paths."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from casefile import clock
from casefile.demo import build_demo_archive
from casefile.services.archive_review import review_archive
from casefile.services.assessment import case_rules
from casefile.store.archive import Archive
from casefile.store.models import Case, Deadline


def test_review_matches_generated_deadlines_and_case_flags(tmp_path: Path) -> None:
    folder = tmp_path / "Demo.casefile"
    build_demo_archive(folder)
    with Archive.open(folder) as archive:
        today = clock.today()
        review = review_archive(archive, today)
        with archive.reading() as session:
            generated = list(session.scalars(select(Deadline).where(Deadline.event_id != None)))  # noqa: E711
            references = {c.id: c.reference for c in session.scalars(select(Case))}
        assert review.cases == 40 and generated
        for deadline in generated:  # every deadline an event generated, dated alike
            assert review.due[(deadline.event_id, deadline.rule_id)] == deadline.due_on
        assert len(review.due) == len(generated)
        flagged = {references[i] for i in review.flagged}
        explained = {ref for ref in references.values() if case_rules(archive, ref, today).flagged}
        # closed cases are not chased; the explained flag doesn't look at the status
        assert flagged <= explained and flagged
