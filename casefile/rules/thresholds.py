"""Criminal thresholds (Criminal Law Arts 213–219) evaluated from dated, versioned rule sets.

The rule sets (`rules.threshold_sets`, data in `resources/rules/thresholds/*.toml`) each cover a
period of the judicial interpretations. The set in force on the act date applies unless the set in
force today gives the defendant a better result (2001 SPC/SPP Provisions on the temporal effect
of judicial interpretations, point 3; 2025 Interpretation Art 31): the two results are compared,
not the figures. Every result gives, per standard, the figure, the threshold, the percentage
reached and the article; the conditions that made standards apply (two or more marks, an earlier
penalty within two years); the half rule; what is still missing for the next level; and the level
under the other reading of each open point where it differs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from casefile import clock
from casefile.domain import CountingUnit
from casefile.rules.deadlines import RuleError
from casefile.rules.threshold_facts import (
    OPEN_POINTS,
    PriorPenalty,
    Readings,
    checked_figures,
    checked_penalty,
)
from casefile.rules.threshold_results import (
    Conditions,
    HalfRuleResult,
    StandardResult,
    ThresholdResult,
    condition_text,
    fmt,
    level_text,
)
from casefile.rules.threshold_sets import (
    LABEL,
    LEVELS,
    MEASURES,
    MONEY,
    OFFENCES,
    HalfRule,
    OffenceRules,
    RepeatRule,
    RuleSet,
    Standard,
    gaps,
    load_rule_set,
    load_rule_sets,
    shipped_rule_sets,
)
from casefile.words import N_, Phrase, joined

__all__ = [  # what the rest of Casefile imports from here
    "LABEL",
    "LEVELS",
    "MEASURES",
    "MONEY",
    "OFFENCES",
    "PriorPenalty",
    "Readings",
    "RuleSet",
    "StandardResult",
    "ThresholdResult",
    "checked_figures",
    "checked_penalty",
    "evaluate_thresholds",
    "fmt",
    "level_of",
    "load_rule_set",
    "load_rule_sets",
    "rule_set_for",
    "shipped_rule_sets",
]

CRIMINAL_LAW = "Criminal Law of the PRC (刑法)"
ARTICLE = {o: f"{CRIMINAL_LAW}, Art {o.split('-')[0]}" for o in OFFENCES}
TEMPORAL_RULE = N_(
    "SPC/SPP Provisions on the Temporal Effect of Criminal Judicial Interpretations "
    "(最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定, 2001), point 3"
)
LATER_INTERPRETATION = N_("SPC/SPP Interpretation on IP Crimes (法释〔2025〕5号), Art 31")
MORE_THAN = N_("Criminal Law Art 99 (以上 and 以内 include the figure itself)")
ONE_ACT = N_(
    "Casefile counts the case's figures as one act, done on its act date; acts that fall under "
    "different rule sets are each counted under their own before they are added up "
    "(法释〔2025〕5号 Art 29), so record such acts as separate cases."
)


# --- evaluation under one rule set ---------------------------------------------------------------


def _repeat_conditions(
    rule: RepeatRule | None, penalties: tuple[PriorPenalty, ...], act: date
) -> tuple[PriorPenalty | None, tuple[Phrase, ...]]:
    """The penalty that makes the act a repeat act under `rule`, and a note per penalty."""
    if not penalties:
        return None, ()
    if rule is None:
        return None, (Phrase(N_("This offence has no repeat standards in this rule set.")),)
    counted: PriorPenalty | None = None
    notes: list[Phrase] = []
    for penalty in sorted(penalties, key=lambda p: p.decided_on):
        ends = penalty.decided_on + relativedelta(years=rule.within_years)
        dates = {"act": act, "years": rule.within_years, "ends": ends}
        if penalty.conduct not in rule.conduct:
            why = Phrase(
                N_("Art {conduct} is not among Arts {articles}"),
                {"conduct": penalty.conduct, "articles": ", ".join(rule.conduct)},
            )
        elif penalty.decided_on > act:
            why = Phrase(N_("it came after the act of {act}"), {"act": act})
        elif act > ends:
            why = Phrase(
                N_("the act of {act} is more than {years} years after it (until {ends})"), dates
            )
        else:
            counted = penalty
            notes.append(
                Phrase(
                    N_(
                        "Earlier {penalty}: the act of {act} is within {years} years of it "
                        "(until {ends}), so the repeat standards apply ({source}; {more_than})."
                    ),
                    {
                        "penalty": penalty.phrase(),
                        **dates,
                        "source": rule.source,
                        "more_than": MORE_THAN,
                    },
                )
            )
            continue
        notes.append(
            Phrase(
                N_("Earlier {penalty} does not count: {why} ({source})."),
                {"penalty": penalty.phrase(), "why": why, "source": rule.source},
            )
        )
    return counted, tuple(notes)


def _conditions(
    rules: OffenceRules, figures: dict[str, Decimal], penalties: tuple[PriorPenalty, ...], act: date
) -> Conditions:
    repeat, notes = _repeat_conditions(rules.repeat, penalties, act)
    return Conditions(figures.get("marks"), figures.get("patents"), repeat, notes)


def _counts(standard: Standard, conditions: Conditions, readings: Readings) -> bool:
    if not conditions.holds(standard.when):
        return False
    return standard.open_point != "repeat_top_tier" or readings.repeat_top_tier == "multiplied"


def _half_works_at(rule: HalfRule, level: str, readings: Readings) -> bool:
    if level == "serious" or rule.top_tier == "yes":
        return True
    return rule.top_tier == "open" and readings.half_rule_top_tier == "applies"


def _item_key(rule: HalfRule, standard: Standard, readings: Readings) -> str | None:
    item = rule.item_of(standard)
    if item is None or item not in rule.items:
        return None
    if item == rule.split_item and readings.half_rule_item_four == "each_measure":
        return f"{item} {LABEL[standard.measure]}"
    return item


def _distinct_items(at_half: dict[str, set[str]]) -> tuple[str, ...]:
    """The most items that can each be counted on a different figure: one figure (business
    volume) at half of two items' standards (items (一) and (二)) counts once."""
    best: tuple[str, ...] = ()
    keys = sorted(at_half)

    def walk(i: int, used: frozenset[str], chosen: tuple[str, ...]) -> None:
        nonlocal best
        if len(chosen) + (len(keys) - i) <= len(best):
            return
        if i == len(keys):
            best = chosen
            return
        for measure in sorted(at_half[keys[i]] - used):
            walk(i + 1, used | {measure}, (*chosen, keys[i]))
        walk(i + 1, used, chosen)

    walk(0, frozenset(), ())
    return best


def _half_items(
    rule: HalfRule,
    standards: list[Standard],
    figures: dict[str, Decimal],
    level: str,
    readings: Readings,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the items counted, the measures at half of a standard of a counted item)."""
    at_half: dict[str, set[str]] = {}
    for s in standards:
        if s.level != level or figures[s.measure] < s.threshold * rule.fraction:
            continue
        key = _item_key(rule, s, readings)
        if key is not None:
            at_half.setdefault(key, set()).add(s.measure)
    items = _distinct_items(at_half) if len(at_half) > 1 else tuple(at_half)
    measures = {m for item in items for m in at_half[item]}
    return items, tuple(s.measure for s in standards if s.measure in measures and s.level == level)


def _percent(value: Decimal, threshold: Decimal) -> float:
    return round(float(value / threshold * 100), 1)


@dataclass(frozen=True, slots=True)
class _Judgement:
    rule_set: RuleSet
    level: str
    results: tuple[StandardResult, ...]
    half: HalfRuleResult | None
    applicable: tuple[Standard, ...]
    deciding: tuple[Standard, ...]
    conditions: Conditions
    half_rule: HalfRule | None


def _judge(
    rule_set: RuleSet,
    offence: str,
    figures: dict[str, Decimal],
    penalties: tuple[PriorPenalty, ...],
    act: date,
    readings: Readings,
) -> _Judgement:
    rules = rule_set.offences.get(offence)
    if rules is None:
        refusal = _no_standards(rule_set, offence)
        raise RuleError(refusal.template, **refusal.values)
    conditions = _conditions(rules, figures, penalties, act)
    # Only standards of figures given can be met, be near or count for the half rule.
    applicable = [
        s for s in rules.standards if s.measure in figures and _counts(s, conditions, readings)
    ]
    deciding = _deciding(applicable)
    results = tuple(
        StandardResult(
            s.level,
            s.measure,
            figures[s.measure],
            s.threshold,
            _percent(figures[s.measure], s.threshold),
            figures[s.measure] >= s.threshold,
            s.source,
            s.confirmed,
            s.when,
            s.item,
        )
        for s in deciding
        if s.measure in figures
    )
    level = max((LEVELS.index(r.level) for r in results if r.met), default=0)
    half = None
    rule = rules.half_rule
    if rule is not None:
        serious, at_half = _half_items(rule, applicable, figures, "serious", readings)
        top = _half_works_at(rule, "especially_serious", readings)
        especially = (
            _half_items(rule, applicable, figures, "especially_serious", readings)[0] if top else ()
        )
        half = HalfRuleResult(
            applies=True,
            met=len(serious) >= rule.at_least,
            met_especially=top and len(especially) >= rule.at_least,
            reached=tuple(dict.fromkeys(at_half)),
            source=rule.source,
            items=serious,
            items_especially=especially,
            top_tier=top,
        )
        if half.met:
            level = max(level, 1)
        if half.met_especially:
            level = 2
    return _Judgement(
        rule_set, LEVELS[level], results, half, tuple(applicable), deciding, conditions, rule
    )


def _deciding(applicable: list[Standard]) -> tuple[Standard, ...]:
    """Per level and measure the lowest threshold that applies: with two marks, the two-marks
    figure decides and the one-mark figure adds nothing but noise (the half rule, which counts
    items, still sees every standard)."""
    lowest: dict[tuple[str, str], Standard] = {}
    for s in applicable:
        key = (s.level, s.measure)
        if key not in lowest or s.threshold < lowest[key].threshold:
            lowest[key] = s
    return tuple(lowest.values())


def _no_standards(rule_set: RuleSet, offence: str) -> Phrase:
    values = {"name": rule_set.name, "offence": offence}
    if offence == "217-online":
        return Phrase(
            N_(
                "rule set {name} has no standards for {offence}; before 2011 online "
                "dissemination is assessed as 217"
            ),
            values,
        )
    if offence in ("219", "217-tpm"):
        return Phrase(
            N_(
                "rule set {name} has no standards for {offence}; Casefile carries this "
                "offence's figures from the 2025 Interpretation only (before 26 April 2025 "
                "assess it by hand from the earlier interpretations)"
            ),
            values,
        )
    return Phrase(N_("rule set {name} has no standards for {offence}"), values)


def _missing(
    judgement: _Judgement, figures: dict[str, Decimal], readings: Readings
) -> list[Phrase]:
    """What would reach the next level: each standard's shortfall, and the half-rule route."""
    if judgement.level == "especially_serious":
        return []
    target = LEVELS[LEVELS.index(judgement.level) + 1]
    needs = [
        Phrase(
            N_("{figure} more {measure}"),
            {
                "figure": fmt(s.threshold - figures[s.measure], s.measure),
                "measure": LABEL[s.measure],
            },
        )
        for s in judgement.deciding
        if s.level == target and s.measure in figures and figures[s.measure] < s.threshold
    ]
    standards = [s for s in judgement.applicable if s.level == target]
    rule = judgement.half_rule
    if rule is None or not _half_works_at(rule, target, readings):
        return needs
    gaps_by_item: dict[str, tuple[Decimal, Standard]] = {}
    for s in standards:
        key = _item_key(rule, s, readings)
        if key is None or s.measure not in figures:
            continue
        gap = max(Decimal(0), s.threshold * rule.fraction - figures[s.measure])
        if key not in gaps_by_item or gap < gaps_by_item[key][0]:
            gaps_by_item[key] = (gap, s)
    closest = sorted(gaps_by_item.values(), key=lambda gap_and_standard: gap_and_standard[0])
    closest = closest[: rule.at_least]
    if len(closest) >= rule.at_least and any(gap > 0 for gap, _ in closest):
        parts = [
            Phrase(
                N_("{measure} to {figure} ({gap} more)")
                if gap > 0
                else N_("{measure} to {figure} (reached)"),
                {
                    "measure": LABEL[s.measure],
                    "figure": fmt(s.threshold * rule.fraction, s.measure),
                    "gap": fmt(gap, s.measure),
                },
            )
            for gap, s in closest
        ]
        needs.append(
            Phrase(N_("half of two standards: {parts}"), {"parts": joined(parts, N_(" and "))})
        )
    return needs


# --- which rule set, and the result --------------------------------------------------------------


def rule_set_for(day: date, rule_sets: tuple[RuleSet, ...]) -> RuleSet:
    for rule_set in rule_sets:
        if rule_set.in_force(day):
            return rule_set
    gap = next((g for g in gaps(rule_sets) if g.first_day <= day), None)
    if gap and (gap.last_day is None or day <= gap.last_day):
        raise RuleError(
            N_("no criminal-threshold rule set is in force on {day} ({gap})"),
            day=day.isoformat(),
            gap=gap.phrase(),
        )
    raise RuleError(N_("no criminal-threshold rule set is in force on {day}"), day=day.isoformat())


@dataclass(frozen=True, slots=True)
class _Decision:
    chosen: _Judgement
    at_act: _Judgement
    later: _Judgement | None  # the set in force today, where it differs and has the offence


def _decide(
    offence: str,
    figures: dict[str, Decimal],
    act: date,
    today: date,
    sets: tuple[RuleSet, ...],
    penalties: tuple[PriorPenalty, ...],
    readings: Readings,
) -> _Decision:
    at_act = _judge(rule_set_for(act, sets), offence, figures, penalties, act, readings)
    current = rule_set_for(today, sets)
    if current.id == at_act.rule_set.id or offence not in current.offences:
        return _Decision(at_act, at_act, None)
    later = _judge(current, offence, figures, penalties, act, readings)
    better = LEVELS.index(later.level) < LEVELS.index(at_act.level)
    return _Decision(later if better else at_act, at_act, later)


def level_of(
    offence: str,
    figures: dict[str, Decimal],
    act: date,
    today: date,
    sets: tuple[RuleSet, ...],
    penalties: tuple[PriorPenalty, ...] = (),
    readings: Readings | None = None,
) -> tuple[RuleSet, tuple[StandardResult, ...], str, bool]:
    """(rule set applied, standard results, level, half rule met at any level), without any
    explanation: the fast path for whole-archive work. `figures` must be `checked_figures`."""
    decision = _decide(offence, figures, act, today, sets, penalties, readings or Readings())
    chosen = decision.chosen
    half_met = bool(chosen.half and (chosen.half.met or chosen.half.met_especially))
    return chosen.rule_set, chosen.results, chosen.level, half_met


def _temporal(
    decision: _Decision, act: date, today: date
) -> tuple[list[Phrase], Phrase | None, dict[str, Any]]:
    """(what the explanation says of the rule sets in force, the reason the one applied was
    chosen (None: only one was in force), the facts for JSON)."""
    at_act, later, chosen = decision.at_act, decision.later, decision.chosen
    facts: dict[str, Any] = {
        "rule_set_at_act": at_act.rule_set.id,
        "rule_set_today": later.rule_set.id if later else at_act.rule_set.id,
        "applied": chosen.rule_set.id,
        "level_at_act": at_act.level,
        "level_today": later.level if later else at_act.level,
    }
    text = Phrase(
        N_("The act date is {act}; rule set {name} was in force then."),
        {"act": act.isoformat(), "name": at_act.rule_set.name},
    )
    if later is None:
        facts["reason"] = "the rule set in force at the act is also in force today"
        return [text], None, facts
    if chosen is later:
        why = Phrase(
            N_(
                "The rule set in force today, {name}, gives the defendant a better result "
                "({level} instead of {level_at_act}), so it applies ({temporal_rule}; "
                "{later_interpretation})."
            ),
            {
                "name": later.rule_set.short_name,
                "level": level_text(later.level),
                "level_at_act": level_text(at_act.level),
                "temporal_rule": TEMPORAL_RULE,
                "later_interpretation": LATER_INTERPRETATION,
            },
        )
    else:
        same = later.level == at_act.level
        why = Phrase(
            N_(
                "The rule set in force today, {name}, gives the same result ({level}), so the "
                "rule set in force at the act applies ({temporal_rule})."
            )
            if same
            else N_(
                "The rule set in force today, {name}, gives a worse result ({level}), so the "
                "rule set in force at the act applies ({temporal_rule})."
            ),
            {
                "name": later.rule_set.short_name,
                "level": level_text(later.level),
                "temporal_rule": TEMPORAL_RULE,
            },
        )
    facts["reason"] = str(why)
    return [text, why], why, facts


def _describe(
    judgement: _Judgement, figures: dict[str, Decimal], readings: Readings, missing: list[Phrase]
) -> list[Phrase]:
    text: list[Phrase] = []
    rule_set = judgement.rule_set
    if rule_set.unconfirmed and any(not s.confirmed for s in judgement.applicable):
        text.append(Phrase(N_("UNCONFIRMED: {what}"), {"what": rule_set.unconfirmed}))
    c = judgement.conditions
    if c.marks is not None and c.marks >= 2:
        marks = {"marks": int(c.marks)}
        text.append(
            Phrase(
                N_(
                    "{marks} registered marks identifying different sources: the two-or-more-"
                    'marks standards apply ("two or more marks": 法释〔2025〕5号 Art 7; marks of '
                    "one source used on the same goods count as one)."
                ),
                marks,
            )
            if rule_set.in_force_from >= date(2025, 4, 26)
            else Phrase(N_("{marks} marks: the two-or-more-marks standards apply."), marks)
        )
    if c.patents is not None and c.patents >= 2:
        text.append(
            Phrase(
                N_("{patents} patents passed off: the two-or-more-patents standards apply."),
                {"patents": int(c.patents)},
            )
        )
    text.extend(c.notes)
    for r in judgement.results:
        condition = Phrase(N_(", {when}"), {"when": condition_text(r.when)}) if r.when else ""
        text.append(
            Phrase(
                N_(
                    "{measure:cap} ({level}{condition}): {value} of {threshold} ({percent}%), "
                    "{verdict} ({source})."
                ),
                {
                    "measure": LABEL[r.measure],
                    "level": level_text(r.level),
                    "condition": condition,
                    "value": fmt(r.value, r.measure),
                    "threshold": fmt(r.threshold, r.measure),
                    "percent": r.percent,
                    "verdict": N_("met") if r.met else N_("not met"),
                    "source": r.source,
                },
            )
        )
    if judgement.half:
        h = judgement.half
        values = {
            "count": len(h.items),
            "items": ", ".join(h.items) or N_("none"),
            "serious": N_("met") if h.met else N_("not met"),
            "especially": N_("met") if h.met_especially else N_("not met"),
            "source": h.source,
        }
        text.append(
            Phrase(
                N_(
                    "Half rule: {count} item(s) at half or more ({items}); serious {serious}, "
                    "especially serious {especially} ({source})."
                )
                if h.top_tier
                else N_(
                    "Half rule: {count} item(s) at half or more ({items}); serious {serious}, "
                    "especially serious {especially}; at the top tier it does not work (this "
                    "reading) ({source})."
                ),
                values,
            )
        )
    if not judgement.results:
        text.append(Phrase(N_("No figure given applies to this offence.")))
    text.append(Phrase(N_("Level: {level}."), {"level": level_text(judgement.level)}))
    if missing:
        text.append(
            Phrase(N_("For the next level: needs {needs}."), {"needs": joined(missing, N_(" or "))})
        )
    return text


def _relevant_open_points(judgement: _Judgement, offence: str) -> list[str]:
    """The open points whose other reading could change this result."""
    names: list[str] = []
    rule = judgement.half_rule
    if rule is not None and rule.split_item is not None:
        names.append("half_rule_item_four")
    if rule is not None and rule.top_tier == "open":
        names.append("half_rule_top_tier")
    standards = judgement.rule_set.offences[offence].standards
    if judgement.conditions.repeat is not None and any(
        s.open_point == "repeat_top_tier" for s in standards
    ):
        names.append("repeat_top_tier")
    return names


def evaluate_thresholds(
    offence: str,
    figures: Mapping[str, object],
    act_date: date | None = None,
    today: date | None = None,
    rule_sets: tuple[RuleSet, ...] | None = None,
    penalties: tuple[PriorPenalty, ...] = (),
    readings: Readings | None = None,
) -> ThresholdResult:
    """The level an offence reaches on these figures, explained and sourced."""
    if offence not in OFFENCES:
        raise RuleError(
            N_("unknown offence {offence!r}; one of {allowed}"),
            offence=offence,
            allowed=", ".join(OFFENCES),
        )
    sets = rule_sets or shipped_rule_sets()
    readings = readings or Readings()
    today = today or clock.today()
    act = act_date or today
    if act > today:
        raise RuleError(N_("the act date {day} is in the future"), day=act.isoformat())
    checked = checked_figures(figures)
    decision = _decide(offence, checked, act, today, sets, penalties, readings)
    chosen = decision.chosen
    said, reason, temporal = _temporal(decision, act, today)
    missing = _missing(chosen, checked, readings)
    text = [*said, *_describe(chosen, checked, readings, missing)]
    other: list[tuple[str, str, str]] = []
    for name in _relevant_open_points(chosen, offence):
        flipped = readings.flipped(name)
        alt = _decide(offence, checked, act, today, sets, penalties, flipped).chosen.level
        if alt != chosen.level:
            point = OPEN_POINTS[name]
            reading = getattr(flipped, name)
            other.append((name, reading, alt))
            text.append(
                Phrase(
                    N_(
                        "Open point: {question} This result reads: {reading}; if {other}, the "
                        "level is {level} ({source})."
                    ),
                    {
                        "question": point.question,
                        "reading": point.readings[getattr(readings, name)],
                        "other": point.readings[reading],
                        "level": level_text(alt),
                        "source": point.source,
                    },
                )
            )
    readings_by_unit: list[tuple[str, str]] = []
    if offence in ("217", "217-online") and "episodes" in checked:
        per_episode = dict(checked)
        per_episode["works"] = checked["episodes"]
        alt = _decide(offence, per_episode, act, today, sets, penalties, readings).chosen.level
        readings_by_unit = [(CountingUnit.WORK, chosen.level), (CountingUnit.EPISODE, alt)]
        text.append(
            Phrase(
                N_("Counting each episode as a work ({episodes} episodes): {level}."),
                {"episodes": fmt(checked["episodes"], "episodes"), "level": level_text(alt)},
            )
        )
    text.append(Phrase(ONE_ACT))
    used = [r.source for r in chosen.results]
    if chosen.half:
        used.append(chosen.half.source)
    repeat_rule = chosen.rule_set.offences[offence].repeat
    if chosen.conditions.repeat is not None and repeat_rule is not None:
        used.append(repeat_rule.source)
    extra = [TEMPORAL_RULE] if decision.later is not None else []
    sources = (ARTICLE[offence], *chosen.rule_set.sources, *extra, *used)
    return ThresholdResult(
        offence=offence,
        rule_set=chosen.rule_set,
        level=chosen.level,
        standards=chosen.results,
        half_rule=chosen.half,
        missing=tuple(str(need) for need in missing),
        missing_phrases=tuple(missing),
        explanation=" ".join(str(said) for said in text),
        explanation_phrases=tuple(text),
        temporal_reason=reason,
        sources=tuple(dict.fromkeys(sources)),
        unconfirmed=any(not r.confirmed for r in chosen.results),
        unit_readings=tuple(readings_by_unit),
        act_date=act,
        temporal=temporal,
        conditions=chosen.conditions,
        readings=readings,
        other_readings=tuple(other),
    )
