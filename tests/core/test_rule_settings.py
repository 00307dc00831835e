"""An archive's own rules: edited copies of the threshold rule sets (used, said, refused when
broken, reverted) and its answers to the open points (DOMAIN.md [open] points as settings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.rules.data import RuleDataError
from casefile.rules.deadlines import DeadlineSettings, RuleError
from casefile.rules.thresholds import (
    Readings,
    evaluate_thresholds,
    load_rule_set,
    shipped_rule_sets,
)
from casefile.services.integrity import check_archive
from casefile.services.rule_settings import (
    EDIT_LOG,
    SETTINGS,
    EditedRuleSetExistsError,
    RuleSettings,
    archive_rule_sets,
    copy_rule_set,
    deadline_settings,
    edited_rule_sets,
    parse_setting,
    remove_edited_rule_set,
    rule_problems,
    rule_set_overview,
    rule_settings,
    set_rule_settings,
)
from casefile.services.settings import set_setting
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry

TODAY = date(2026, 11, 21)
IN_2025 = date(2025, 9, 1)  # cn-2025 in force, and it is also the set in force today
SERIOUS_COPIES = 'measure = "copies"\nthreshold = 500\n'  # cn-2025, Art 217, standards[5]
COPIES_KEY = 'offences."217".standards[5]'


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def copies_450(archive: Archive):  # type: ignore[no-untyped-def]
    return evaluate_thresholds("217", {"copies": 450}, IN_2025, TODAY, archive_rule_sets(archive))


# --- edited rule sets ------------------------------------------------------------------------


def test_an_archive_without_edits_uses_the_shipped_rule_sets(archive: Archive) -> None:
    assert archive_rule_sets(archive) == shipped_rule_sets()
    assert edited_rule_sets(archive) == ()


def test_copy_edit_a_threshold_and_the_evaluation_uses_it_and_says_so(archive: Archive) -> None:
    path = copy_rule_set(archive, "cn-2025")
    assert path == archive.path / "rules" / "thresholds" / "cn-2025.toml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# EDITED COPY of Casefile's rule set cn-2025")
    assert "You may edit" in text and "casefile rules check" in text
    assert 'Keep `id = "cn-2025"`' in text
    assert copies_450(archive).level == "none"  # an unedited copy answers as shipped

    edit(path, SERIOUS_COPIES, 'measure = "copies"\nthreshold = 400\n')
    result = copies_450(archive)
    assert result.level == "serious"
    assert result.rule_set.id == "cn-2025" and result.rule_set.edited
    assert "edited in this archive (cn-2025.toml)" in result.explanation
    assert result.standards[0].threshold == 400
    assert edited_rule_sets(archive) == (path,)
    # The shipped set itself is untouched.
    shipped = evaluate_thresholds("217", {"copies": 450}, IN_2025, TODAY)
    assert shipped.level == "none" and "edited" not in shipped.explanation


def test_a_later_edited_set_is_named_as_edited_when_lenity_is_weighed(archive: Archive) -> None:
    edit(copy_rule_set(archive, "cn-2025"), SERIOUS_COPIES, 'measure = "copies"\nthreshold = 400\n')
    result = evaluate_thresholds(
        "217", {"copies": 450}, date(2020, 1, 1), TODAY, archive_rule_sets(archive)
    )
    assert (
        "The rule set in force today, cn-2025 (edited in this archive (cn-2025.toml))"
        in result.explanation
    )


def test_copying_refuses_an_unknown_id_and_an_existing_edit(archive: Archive) -> None:
    with pytest.raises(RuleError, match="no shipped rule set 'cn-2099'; one of cn-2004"):
        copy_rule_set(archive, "cn-2099")
    path = copy_rule_set(archive, "cn-2025")
    edit(path, SERIOUS_COPIES, 'measure = "copies"\nthreshold = 400\n')
    with pytest.raises(EditedRuleSetExistsError, match="already edited in this archive"):
        copy_rule_set(archive, "cn-2025")
    assert "threshold = 400" in path.read_text(encoding="utf-8")  # the edit is untouched

    assert copy_rule_set(archive, "cn-2025", replace=True) == path
    assert copies_450(archive).level == "none"
    kept = list((archive.backups_dir / "rules").glob("cn-2025-*.toml"))
    assert len(kept) == 1 and "threshold = 400" in kept[0].read_text(encoding="utf-8")


def test_revert_goes_back_to_the_shipped_set_and_keeps_the_edit(archive: Archive) -> None:
    path = copy_rule_set(archive, "cn-2025")
    edit(path, SERIOUS_COPIES, 'measure = "copies"\nthreshold = 400\n')
    kept = remove_edited_rule_set(archive, "cn-2025")
    assert not path.exists() and kept.is_file() and kept.parent == archive.backups_dir / "rules"
    assert archive_rule_sets(archive) == shipped_rule_sets()
    assert copies_450(archive).level == "none"
    with pytest.raises(RuleError, match="not edited in this archive"):
        remove_edited_rule_set(archive, "cn-2025")
    with pytest.raises(RuleError, match="not edited"):  # an id is never a path
        remove_edited_rule_set(archive, "../../archive")


def test_copy_and_revert_are_in_the_audit_trail(archive: Archive) -> None:
    copy_rule_set(archive, "cn-2011", actor="counsel-a")
    remove_edited_rule_set(archive, "cn-2011", actor="counsel-b")
    with archive.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.row_id == EDIT_LOG)).all()
    assert [(r.actor, r.action) for r in rows] == [("counsel-a", "insert"), ("counsel-b", "update")]


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return change


BROKEN_EDITS = [
    pytest.param(
        _replace(SERIOUS_COPIES, 'measure = "copies"\nthreshold = "lots"\n'),
        f"{COPIES_KEY}.threshold",
        "must be a number above 0, not 'lots'",
        id="threshold-not-a-number",
    ),
    pytest.param(
        _replace(SERIOUS_COPIES, 'measure = "copies"\nthreshold = -500\n'),
        f"{COPIES_KEY}.threshold",
        "above 0",
        id="threshold-negative",
    ),
    pytest.param(
        _replace(SERIOUS_COPIES, 'measure = "copies"\nthreshold = inf\n'),
        f"{COPIES_KEY}.threshold",
        "above 0",
        id="threshold-infinite",
    ),
    pytest.param(
        _replace(SERIOUS_COPIES, 'measure = "copies"\ntreshold = 400\n'),
        f"{COPIES_KEY}.treshold",
        "is not a known key",
        id="misspelt-key",
    ),
    pytest.param(
        _replace(SERIOUS_COPIES, 'measure = "kopies"\nthreshold = 500\n'),
        f"{COPIES_KEY}.measure",
        "'kopies' is not one of copies",
        id="unknown-measure",
    ),
    pytest.param(
        _replace('level = "serious"\nmeasure = "copies"', 'level = "grave"\nmeasure = "copies"'),
        f"{COPIES_KEY}.level",
        "'grave' is not one of serious, especially_serious",
        id="unknown-level",
    ),
    pytest.param(
        _replace('[[offences."218".standards]]', '[[offences."220".standards]]'),
        'offences."220"',
        "is not one of 213",
        id="unknown-offence",
    ),
    pytest.param(
        _replace('in_force_from = "2025-04-26"', 'in_force_from = "2025-02-30"'),
        "in_force_from",
        "'2025-02-30' is not a date YYYY-MM-DD",
        id="malformed-date",
    ),
    pytest.param(
        _replace('\nid = "cn-2025"', '\nid = "cn-2026"'),
        "id",
        "is 'cn-2026', but the file is named cn-2025.toml",
        id="id-not-the-file-name",
    ),
    pytest.param(
        _replace('title = "2025', 'titel = "2025'),
        "titel",
        "is not a known key",
        id="unknown-top-level-key",
    ),
    pytest.param(
        _replace(
            'in_force_from = "2025-04-26"\n', 'in_force_from = "2025-04-26"\nconfirmed = "no"\n'
        ),
        "confirmed",
        "must be true or false",
        id="confirmed-not-a-boolean",
    ),
    pytest.param(
        lambda text: text.replace('in_force_from = "2025-04-26"\n', ""),
        "in_force_from",
        "is missing",
        id="missing-key",
    ),
    pytest.param(
        lambda text: text + '\n[[offences."218".standards]\nlevel = "serious"\n',
        "(file)",
        "is not valid TOML",
        id="toml-syntax-error",
    ),
]


@pytest.mark.parametrize(("change", "key", "problem"), BROKEN_EDITS)
def test_a_broken_edit_is_refused_naming_file_key_and_problem(
    archive: Archive, change: Callable[[str], str], key: str, problem: str
) -> None:
    path = copy_rule_set(archive, "cn-2025")
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(RuleDataError) as raised:
        archive_rule_sets(archive)  # never falls back to the shipped set
    assert raised.value.path == path
    assert raised.value.key.endswith(key), raised.value.key
    assert problem in raised.value.problem
    assert str(raised.value).startswith(f"{path}: ")
    # Found by the checks too, and shown in the overview instead of stopping it.
    assert [str(p) for p in rule_problems(archive)] == [str(raised.value)]
    assert any(f"rules: {path}: " in str(p) for p in check_archive(archive).problems)
    broken = [e for e in rule_set_overview(archive) if e.id == "cn-2025"]
    assert broken[0].rule_set is None and broken[0].problem is not None


def test_dates_that_make_two_rule_sets_overlap_are_refused(archive: Archive) -> None:
    path = copy_rule_set(archive, "cn-2011")
    edit(path, 'in_force_until = "2025-04-25"', 'in_force_until = "2025-05-31"')
    with pytest.raises(RuleDataError) as raised:
        archive_rule_sets(archive)
    assert raised.value.path == path and raised.value.key == "in_force_until"
    assert "overlaps rule set cn-2025" in raised.value.problem


def test_an_end_before_the_start_is_refused(archive: Archive) -> None:
    path = copy_rule_set(archive, "cn-2011")
    edit(path, 'in_force_until = "2025-04-25"', 'in_force_until = "2010-01-01"')
    with pytest.raises(RuleDataError, match="in_force_until: 2010-01-01 is before"):
        archive_rule_sets(archive)


def test_a_file_saved_by_windows_notepad_loads_and_a_gbk_one_is_refused(tmp_path: Path) -> None:
    shipped = next(r for r in shipped_rule_sets() if r.id == "cn-2025").path
    assert shipped is not None
    text = shipped.read_text(encoding="utf-8")
    with_bom = tmp_path / "cn-2025.toml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_rule_set(with_bom, "cn-2025").id == "cn-2025"
    gbk = tmp_path / "gbk" / "cn-2025.toml"
    gbk.parent.mkdir()
    gbk.write_bytes(text.encode("gbk"))
    with pytest.raises(RuleDataError, match=r"\(file\): is not UTF-8 text"):
        load_rule_set(gbk)


def test_every_shipped_rule_set_passes_the_stricter_checks() -> None:
    for rule_set in shipped_rule_sets():
        assert rule_set.path is not None
        assert load_rule_set(rule_set.path, expected_id=rule_set.path.stem) == rule_set


# --- the open points -------------------------------------------------------------------------


def test_defaults_are_domain_md_s(archive: Archive) -> None:
    assert rule_settings(archive) == RuleSettings(True, "calendar_days", 80)
    assert deadline_settings(archive) == DeadlineSettings()
    assert set(SETTINGS) == {
        "makeup_days_count",
        "transfer_day_basis",
        "suspicion_margin_percent",
        "half_rule_item_four",
        "half_rule_top_tier",
        "repeat_top_tier",
    }
    assert all("DOMAIN.md" in info.source for info in SETTINGS.values())
    # The threshold open points default to the text's wording (DOMAIN.md leaves them open).
    assert rule_settings(archive).readings == Readings()


def test_threshold_open_points_are_settings_that_reach_the_assessment(archive: Archive) -> None:
    assert parse_setting("repeat-top-tier", "not_multiplied") == "not_multiplied"
    with pytest.raises(ValidationError, match="is not multiplied or not_multiplied"):
        set_rule_settings(archive, repeat_top_tier="sometimes")
    now = set_rule_settings(archive, half_rule_item_four="each_measure")
    assert now.readings == Readings(half_rule_item_four="each_measure")
    assert rule_settings(archive).readings.half_rule_item_four == "each_measure"


def test_settings_round_trip_and_reach_the_deadline_settings(tmp_path: Path) -> None:
    path = tmp_path / "Round.casefile"
    with Archive.open(path, create=True) as archive:
        now = set_rule_settings(
            archive,
            makeup_days_count=False,
            transfer_day_basis="working_days",
            suspicion_margin_percent=65,
        )
        assert now == RuleSettings(False, "working_days", 65)
    with Archive.open(path) as reopened:  # they live in the archive
        assert rule_settings(reopened) == RuleSettings(False, "working_days", 65)
        assert deadline_settings(reopened) == DeadlineSettings(False, "working_days")
        assert set_rule_settings(reopened, suspicion_margin_percent=100).suspicion_margin_percent


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"suspicion_margin_percent": 0}, "suspicion_margin_percent", "from 1 to 100"),
        ({"suspicion_margin_percent": 101}, "suspicion_margin_percent", "from 1 to 100"),
        ({"suspicion_margin_percent": 80.5}, "suspicion_margin_percent", "whole number"),
        ({"suspicion_margin_percent": True}, "suspicion_margin_percent", "whole number"),
        ({"suspicion_margin_percent": "80"}, "suspicion_margin_percent", "whole number"),
        ({"transfer_day_basis": "weekdays"}, "transfer_day_basis", "calendar_days or working"),
        ({"makeup_days_count": "yes"}, "makeup_days_count", "true or false"),
        ({"makeup_days_count": 1}, "makeup_days_count", "true or false"),
        ({"holiday_basis": "x"}, "holiday_basis", "is not a rule setting"),
    ],
)
def test_settings_are_validated(
    archive: Archive, changes: dict[str, object], field: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        # A valid change alongside an invalid one: nothing is written.
        set_rule_settings(archive, **{"makeup_days_count": False, **changes})
    assert raised.value.field == field and reason in raised.value.reason
    assert rule_settings(archive) == RuleSettings()


def test_an_unacceptable_stored_value_is_refused_not_ignored(archive: Archive) -> None:
    set_setting(archive, "rules.suspicion_margin_percent", 400)
    with pytest.raises(ValidationError, match="archive setting rules.suspicion_margin_percent"):
        rule_settings(archive)
    assert len(rule_problems(archive)) == 1
    set_rule_settings(archive, suspicion_margin_percent=70)  # and it can be put right
    assert rule_settings(archive).suspicion_margin_percent == 70


def test_typed_values_are_parsed(archive: Archive) -> None:
    assert parse_setting("makeup_days_count", "False") is False
    assert parse_setting("makeup_days_count", "counted") is True
    assert parse_setting("suspicion_margin_percent", "75%") == 75
    assert parse_setting("transfer-day-basis", "Working_Days") == "working_days"
    with pytest.raises(ValidationError, match="is not a whole number"):
        parse_setting("suspicion_margin_percent", "most")
    with pytest.raises(ValidationError, match="is not true or false"):
        parse_setting("makeup_days_count", "maybe")
