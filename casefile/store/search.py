"""Full-text search of the archive: SQLite FTS5 today (PostgreSQL's pg_trgm one day), kept here
behind four calls: `install` (the tables), `rebuild` (fill them from the archive), the flush hook
that keeps them in step with every write, and `matching_cases` (a query of the cases a text
finds, with a score and the field that matched best).

The index holds one document per field of a record that people search for: a case's reference,
title, brand, summary, tags…; a party's name and notes; an identifier as typed and as normalised
("+86 138-0013-8000" and "13800138000"); an exhibit's description, web address, notary office
and certificate number; notes; proceedings' authorities and their references; events' and
transfer steps' references; rights' and recordals' numbers; listings' addresses, titles and
sellers. A document's rowid is
`record id * 128 + field code` (`FIELDS`): one record's documents are found by rowid alone, the
field that matched is read back from the rowid, and the case is reached from the record by its
primary key when searching (`TABLES`: parties and rights through `case_party` and `case_right`,
events through their proceeding). The index holds text only, so linking a party to a case, or
anything else that moves a record, needs no reindexing, and a search never meets a stale owner.

Chinese: SQLite's trigram tokenizer (`search_index`) finds any substring of three or more
characters, in any script, case-insensitively. Two-character Chinese words are common (a
surname and given name, 宁波, 耐克) and trigrams cannot find them, so the CJK text of each
document is also written as overlapping character pairs ("宁波市" → "宁波 波市") into a second
table (`search_pairs`, unicode61 tokenizer), where a two-character query is one token. Only
pairs with a CJK character go there, which keeps it small; a two-character query of Latin
letters or digits is too short to search (it would match nearly everything anyway).

In step: inserts and updates are indexed by an `after_flush` hook in the same transaction
(beside the audit trail's, store/audit.py); removals by SQL triggers, so that the rows SQLite
removes by itself (ON DELETE CASCADE: a proceeding's events, a case's exhibits) leave the index
too. Bulk inserts outside the ORM (the synthetic demo) call `rebuild`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

INDEX = "search_index"  # trigram: substrings of three characters or more
PAIRS = "search_pairs"  # unicode61 over CJK character pairs: two-character queries
SLOTS = 128  # rowid = record id * SLOTS + field code
FIELD_SLOTS = 8  # fields per table: code = table number * FIELD_SLOTS + field number
MIN_QUERY = 3  # characters a query needs (two if one of them is CJK)

# The searched fields of each table, in a fixed order (the codes are stored: append only), and
# how a search reaches the cases from a document (`x` is the record, `h.doc / 128` its id):
# (table, fields, joins, the case column). A table's number is its place in this tuple.
TABLES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    (
        "case_file",
        ("reference", "title", "brand", "product_line", "responsible_counsel", "summary", "tags"),
        "",
        "h.doc / 128",
    ),
    ("party", ("name", "notes"), "JOIN case_party c ON c.party_id = h.doc / 128", "c.case_id"),
    (
        "party_identifier",
        ("value", "normalized"),
        "JOIN party_identifier x ON x.id = h.doc / 128 "
        "JOIN case_party c ON c.party_id = x.party_id",
        "c.case_id",
    ),
    ("case_party", ("note",), "JOIN case_party x ON x.id = h.doc / 128", "x.case_id"),
    (
        "proceeding",
        ("authority", "authority_ref", "outcome", "sentence"),
        "JOIN proceeding x ON x.id = h.doc / 128",
        "x.case_id",
    ),
    (
        "proceeding_event",
        ("reference", "description"),
        "JOIN proceeding_event x ON x.id = h.doc / 128 JOIN proceeding p ON p.id = x.proceeding_id",
        "p.case_id",
    ),
    (
        "evidence_item",
        ("description", "source_url", "notary_office", "notary_certificate", "obtained_by"),
        "JOIN evidence_item x ON x.id = h.doc / 128",
        "x.case_id",
    ),
    ("note", ("body",), "JOIN note x ON x.id = h.doc / 128", "x.case_id"),
    (
        "ip_right",
        ("number", "title", "owner"),
        "JOIN case_right c ON c.right_id = h.doc / 128",
        "c.case_id",
    ),
    (
        "customs_recordal",
        ("number", "authority"),
        "JOIN customs_recordal x ON x.id = h.doc / 128 "
        "JOIN case_right c ON c.right_id = x.right_id",
        "c.case_id",
    ),
    (
        "transfer_step",
        ("reference", "authority", "note"),
        "JOIN transfer_step x ON x.id = h.doc / 128 JOIN transfer_record p ON p.id = x.transfer_id",
        "p.case_id",
    ),
    (
        "prior_penalty",
        ("reference", "authority", "note"),
        "JOIN prior_penalty x ON x.id = h.doc / 128",
        "x.case_id",
    ),
    (
        "listing",
        ("url", "title", "seller_name", "seller_id", "shop_url"),
        "JOIN listing x ON x.id = h.doc / 128",
        "x.case_id",
    ),
)
# Tables made by a migration after 0008 installed the index: that one installs their triggers
# (`install_trigger`), so 0008 (`install`, `rebuild`) leaves them out.
ADDED_LATER = ("listing",)
TABLE_NUMBER = {table: n for n, (table, *_rest) in enumerate(TABLES)}
# Field code → (table, field), e.g. 49 → ("evidence_item", "notary_certificate").
FIELD_OF: dict[int, tuple[str, str]] = {
    n * FIELD_SLOTS + i: (table, field)
    for n, (table, fields, _joins, _case) in enumerate(TABLES)
    for i, field in enumerate(fields)
}
# A case's score is the best (lowest) of its matching fields': a match in its reference ranks
# it first, then in its title, then in a party's name or identifier, then anywhere else.
SCORES = {
    ("case_file", "reference"): 0,
    ("case_file", "title"): 1,
    ("party", "name"): 2,
    ("party_identifier", "value"): 2,
    ("party_identifier", "normalized"): 2,
}
OTHER_SCORE = 3

_CJK = re.compile(
    "[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)


def is_index_table(name: str | None) -> bool:
    """Whether a table belongs to the search index (FTS5 keeps shadow tables beside it): the
    schema comparison of the migrations leaves them out, as the models do not declare them."""
    return bool(name) and str(name).startswith(("search_index", "search_pairs"))


def plain(value: str) -> str:
    """Text as it is indexed and searched: NFKC (full-width letters and digits typed with a
    Chinese input method are the ASCII ones), whitespace runs as one space."""
    return " ".join(unicodedata.normalize("NFKC", value).split())


def has_cjk(value: str) -> bool:
    return _CJK.search(value) is not None


def cjk_pairs(value: str) -> str:
    """The overlapping character pairs of `value` that hold a CJK character, space-separated
    ("宁波市 Nike" → "宁波 波市")."""
    pairs = [
        value[i : i + 2]
        for i in range(len(value) - 1)
        if (_CJK.match(value, i) or _CJK.match(value, i + 1))
        and not value[i].isspace()
        and not value[i + 1].isspace()
    ]
    return " ".join(pairs)


# --- the tables ---------------------------------------------------------------------------------


def install(connection: Connection) -> None:
    """Create the index tables and the triggers that remove a record's documents with it (of
    the tables there were when search came: see `ADDED_LATER`)."""
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {INDEX} USING fts5(body, tokenize = 'trigram')"
    )
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {PAIRS} USING fts5(body, tokenize = 'unicode61')"
    )
    for table, *_rest in TABLES:
        if table not in ADDED_LATER:
            install_trigger(connection, table)


def install_trigger(connection: Connection, table: str) -> None:
    """The trigger that removes a record's documents with it."""
    first = TABLE_NUMBER[table] * FIELD_SLOTS
    span = f"old.id * {SLOTS} + {first} AND old.id * {SLOTS} + {first + FIELD_SLOTS - 1}"
    connection.exec_driver_sql(
        f"CREATE TRIGGER search_forget_{table} AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {INDEX} WHERE rowid BETWEEN {span}; "
        f"DELETE FROM {PAIRS} WHERE rowid BETWEEN {span}; END"
    )


def uninstall(connection: Connection) -> None:
    for table, *_rest in TABLES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_forget_{table}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {PAIRS}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {INDEX}")


def _field_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):  # tags
        return plain(" ".join(str(v) for v in value))
    return plain(str(value))


def _documents(table: str, row_id: int, values: Sequence[Any]) -> Iterator[tuple[int, str]]:
    """(rowid, text) of a record's non-empty fields."""
    first = row_id * SLOTS + TABLE_NUMBER[table] * FIELD_SLOTS
    for i, value in enumerate(values):
        body = _field_text(value)
        if body:
            yield first + i, body


def _write(connection: Connection, documents: Iterable[tuple[int, str]]) -> int:
    documents = list(documents)
    if not documents:
        return 0
    rows = [{"id": d, "body": b} for d, b in documents]
    connection.execute(text(f"INSERT INTO {INDEX} (rowid, body) VALUES (:id, :body)"), rows)
    pairs = [{"id": d, "body": cjk_pairs(b)} for d, b in documents if has_cjk(b)]
    if pairs:
        connection.execute(text(f"INSERT INTO {PAIRS} (rowid, body) VALUES (:id, :body)"), pairs)
    return len(rows)


def _forget(connection: Connection, table: str, row_ids: Sequence[int]) -> None:
    first = TABLE_NUMBER[table] * FIELD_SLOTS
    spans = [{"lo": i * SLOTS + first, "hi": i * SLOTS + first + FIELD_SLOTS - 1} for i in row_ids]
    for name in (INDEX, PAIRS):
        connection.execute(text(f"DELETE FROM {name} WHERE rowid BETWEEN :lo AND :hi"), spans)


def _json_list(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("["):  # a JSON column read by raw SQL
        import json

        return json.loads(value)
    return value


def rebuild(connection: Connection, batch: int = 20_000, *, later: bool = True) -> int:
    """Empty the index and fill it from every record of the archive; returns the documents
    written. Run by the migration that adds search (`later=False`: the tables there were then)
    and after bulk inserts."""
    connection.exec_driver_sql(f"DELETE FROM {INDEX}")
    connection.exec_driver_sql(f"DELETE FROM {PAIRS}")
    written = 0
    for table, fields, _joins, _case in TABLES:
        if not later and table in ADDED_LATER:
            continue
        columns = ", ".join(fields)
        result = connection.exec_driver_sql(f"SELECT id, {columns} FROM {table}")
        while chunk := result.fetchmany(batch):
            documents: list[tuple[int, str]] = []
            for row in chunk:
                documents.extend(_documents(table, row[0], [_json_list(v) for v in row[1:]]))
            written += _write(connection, documents)
    return written


# --- kept in step with the session's writes -----------------------------------------------------


def _changed(obj: Any, fields: Sequence[str]) -> bool:
    from sqlalchemy import inspect

    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in fields)


def _reindex_flushed(session: Session) -> None:
    written: dict[str, list[Any]] = {}
    for obj in (*session.new, *session.dirty):
        table = getattr(obj, "__tablename__", None)
        if table not in TABLE_NUMBER or obj in session.deleted:
            continue
        fields = TABLES[TABLE_NUMBER[table]][1]
        if obj in session.new or _changed(obj, fields):
            written.setdefault(table, []).append(obj)
    if not written:
        return
    connection = session.connection()
    for table, objs in written.items():
        fields = TABLES[TABLE_NUMBER[table]][1]
        _forget(connection, table, [obj.id for obj in objs])
        _write(
            connection,
            (
                doc
                for obj in objs
                for doc in _documents(table, obj.id, [getattr(obj, f) for f in fields])
            ),
        )


def _expanding(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)


@event.listens_for(Session, "after_flush")
def _keep_in_step(session: Session, flush_context: Any) -> None:
    # after_flush: new rows have their ids and the old attribute history is still there; the
    # writes go through the session's connection, so they are part of its transaction.
    _reindex_flushed(session)


# --- searching ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Query:
    """A search text made ready for the index: the FTS5 expressions to match, or `too_short`."""

    trigram: str  # an FTS5 MATCH expression for search_index, or ""
    pairs: str  # for search_pairs (a two-character query with a CJK character), or ""
    needles: tuple[str, ...]  # the texts looked for (to cut snippets around)

    @property
    def too_short(self) -> bool:
        return not (self.trigram or self.pairs)


def _phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def prepare(typed: str, alternatives: Iterable[str] = ()) -> Query:
    """The query for a text as typed and its other forms (normalised identifiers): each is one
    substring to find; any of them finds a document."""
    needles: list[str] = []
    for candidate in (typed, *alternatives):
        needle = plain(candidate)
        if needle and needle.casefold() not in (n.casefold() for n in needles):
            needles.append(needle)
    long = [n for n in needles if len(n) >= MIN_QUERY]
    short = [n for n in needles if len(n) == MIN_QUERY - 1 and has_cjk(n)]
    return Query(
        trigram=" OR ".join(_phrase(n) for n in long),
        pairs=" OR ".join(_phrase(n) for n in short),
        needles=tuple(long + short),
    )


def matching_cases_sql(query: Query) -> str:
    """SQL giving (case_id, score, doc) for each case the query finds: its best document
    (`SCORES`: lower is better). The MATCH expressions are bound as :trigram and :pairs."""
    sources = []
    if query.trigram:
        sources.append(f"SELECT rowid AS doc FROM {INDEX} WHERE {INDEX} MATCH :trigram")
    if query.pairs:
        sources.append(f"SELECT rowid AS doc FROM {PAIRS} WHERE {PAIRS} MATCH :pairs")
    hits = " UNION ".join(sources)
    scores = " ".join(
        f"WHEN {code} THEN {SCORES.get(key, OTHER_SCORE)}"
        for code, key in FIELD_OF.items()
        if SCORES.get(key, OTHER_SCORE) != OTHER_SCORE
    )
    score = f"CASE h.doc % {SLOTS} {scores} ELSE {OTHER_SCORE} END"
    branches = " UNION ALL ".join(
        f"SELECT {case} AS case_id, h.doc, {score} AS score FROM hits h {joins} "
        f"WHERE h.doc % {SLOTS} / {FIELD_SLOTS} = {n}"
        for n, (_table, _fields, joins, case) in enumerate(TABLES)
    )
    return (
        f"WITH hits AS MATERIALIZED ({hits}), matched AS ({branches}) "
        # SQLite takes a bare column (doc) from the row holding the min() of its group.
        "SELECT case_id, min(score) AS score, doc FROM matched GROUP BY case_id"
    )


def matching_cases(query: Query) -> Any:
    """A subquery of (case_id, score, doc) to join with the cases (see `matching_cases_sql`)."""
    from sqlalchemy import column

    statement = text(matching_cases_sql(query)).columns(
        column("case_id"), column("score"), column("doc")
    )
    binds = {}
    if query.trigram:
        binds["trigram"] = query.trigram
    if query.pairs:
        binds["pairs"] = query.pairs
    return statement.bindparams(**binds).subquery("found")


def field_of(doc: int) -> tuple[str, str]:
    """(table, field) of a document's rowid."""
    return FIELD_OF[doc % SLOTS]


def bodies(connection: Connection, docs: Sequence[int]) -> dict[int, str]:
    """The indexed text of the given documents."""
    if not docs:
        return {}
    query = text(f"SELECT rowid, body FROM {INDEX} WHERE rowid IN :docs").bindparams(
        _expanding("docs")
    )
    return {int(r[0]): str(r[1]) for r in connection.execute(query, {"docs": list(docs)})}
