"""Checking a query's text before it runs: its form, its prefixes, remote access, and readable syntax errors.

A small SPARQL tokenizer finds what matters without parsing the whole grammar: comments, strings and
IRIs are skipped, so a ``SERVICE`` keyword or a prefixed name is found only where it is code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import DipgraphError
from ..vocab import PREFIXES

READ_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
PROLOGUE_WORDS = ("PREFIX", "BASE")
_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<bnode>_:[\w.-]*)
  | (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w:%.\\-]*[\w:%\\-])?)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
CONTEXT_WORDS = 4  # words quoted from before an error's position
MAX_MESSAGE = 300  # characters of a parser message without a position


class QuerySyntaxError(DipgraphError):
    """A query that does not parse, with the line and column of the problem."""


class QueryRefused(DipgraphError):
    """A well-formed query that this read path does not run (an update, or one reaching the network)."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int


@dataclass(frozen=True)
class CheckedQuery:
    """A read query and what its text says: its form and the shipped prefixes it uses without declaring."""

    text: str
    form: str
    missing_prefixes: dict[str, str]

    def with_prologue(self) -> str:
        """The text with ``PREFIX`` declarations for the shipped prefixes it uses without declaring them."""
        lines = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in self.missing_prefixes.items())
        return lines + self.text


def tokens(sparql: str) -> list[Token]:
    """The code tokens of a query: comments and white space left out."""
    return [Token(m.lastgroup or "other", m.group(), m.start()) for m in _TOKEN.finditer(sparql)
            if m.lastgroup not in ("space", "comment")]


def position(sparql: str, offset: int) -> tuple[int, int]:
    """Line and column (both from 1) of a character offset."""
    line = sparql.count("\n", 0, offset) + 1
    return line, offset - (sparql.rfind("\n", 0, offset) + 1) + 1


def _where(sparql: str, offset: int) -> str:
    line, column = position(sparql, offset)
    return f"line {line}, column {column}"


def query_form(sparql: str) -> str:
    """The first keyword after the prologue (``SELECT``, ``ASK``, ``INSERT``…), upper-cased; '' when none."""
    return _form_token(tokens(sparql))[1]


def _form_token(toks: list[Token]) -> tuple[int, str]:
    """The index of the query form's token and the form, skipping ``PREFIX p: <iri>`` and ``BASE <iri>``."""
    i = 0
    while i < len(toks) and toks[i].text.upper() in PROLOGUE_WORDS:
        i += 3 if toks[i].text.upper() == "PREFIX" else 2
    if i >= len(toks):
        return len(toks), ""
    return i, toks[i].text.upper() if toks[i].kind == "word" else toks[i].text


def _declared(toks: list[Token], form_index: int) -> set[str]:
    """The prefixes the prologue (the tokens before the query form) declares."""
    return {toks[i + 1].text[:-1] for i in range(form_index - 1) if toks[i].text.upper() == "PREFIX"}


def check_query(sparql: str, *, allow_service: bool = False) -> CheckedQuery:
    """Check a query for the read path: a read form, no ``SERVICE`` (unless allowed), known prefixes.

    Raises ``QuerySyntaxError`` (with the position) for text that is no query and for unknown
    prefixes, and ``QueryRefused`` for updates and federated queries.
    """
    toks = tokens(sparql)
    index, form = _form_token(toks)
    if form in UPDATE_FORMS:
        raise QueryRefused(f"`{form}` is an update, not a read query: only SELECT, ASK, CONSTRUCT and "
                           f"DESCRIBE queries run here")
    if form not in READ_FORMS:
        offset = toks[index].start if index < len(toks) else len(sparql)
        found = f"`{toks[index].text}`" if index < len(toks) else "the end of the query"
        raise QuerySyntaxError(f"SPARQL syntax error at {_where(sparql, offset)}: expected SELECT, ASK, "
                               f"CONSTRUCT or DESCRIBE, found {found}")
    declared = _declared(toks, index)
    missing: dict[str, str] = {}
    for tok in toks[index:]:
        if tok.kind == "word" and tok.text.upper() == "SERVICE" and not allow_service:
            raise QueryRefused(f"SERVICE (at {_where(sparql, tok.start)}) would query another server over "
                               f"the network: federated queries are refused unless explicitly allowed "
                               f"(--allow-service)")
        if tok.kind == "pname":
            prefix = tok.text.split(":", 1)[0]
            if prefix in declared or prefix in missing:
                continue
            if prefix not in PREFIXES:
                raise QuerySyntaxError(
                    f"SPARQL syntax error at {_where(sparql, tok.start)}: unknown prefix `{prefix}:` in "
                    f"`{tok.text}`; declare it (PREFIX {prefix}: <…>) or use one of "
                    f"{', '.join(sorted(PREFIXES))}")
            missing[prefix] = PREFIXES[prefix]
    return CheckedQuery(sparql, form, missing)


def declare_prefixes(sparql: str) -> str:
    """The query with ``PREFIX`` declarations added for the shipped prefixes it uses without declaring."""
    toks = tokens(sparql)
    index, _ = _form_token(toks)
    declared = _declared(toks, index)
    used = {t.text.split(":", 1)[0] for t in toks[index:] if t.kind == "pname"}
    return CheckedQuery(sparql, "", {p: PREFIXES[p] for p in sorted(used - declared) if p in PREFIXES}).with_prologue()


def syntax_error(sparql: str, message: str) -> QuerySyntaxError:
    """A parser's error message (``error at 1:47: expected one of …``, a list of grammar alternatives that
    rarely helps) as one readable line: the position and the words just before it."""
    match = re.match(r"error at (\d+):(\d+):", message)
    if not match:
        return QuerySyntaxError(f"SPARQL syntax error: {' '.join(message.split())[:MAX_MESSAGE]}")
    line, column = int(match[1]), int(match[2])
    lines = sparql.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    before = " ".join(text[:max(0, column - 1)].split()[-CONTEXT_WORDS:])
    after = f" after `{before}`" if before else ""
    return QuerySyntaxError(f"SPARQL syntax error at line {line}, column {column}{after}")
