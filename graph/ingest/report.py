"""What reading produced: counts of articles read and skipped, and the problems met on the way."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError


class SkippedInput(InputError):
    """A file or record that was skipped for an error; ``reason`` is its counter key."""

    reason = "unreadable"


class BadRecord(SkippedInput):
    reason = "bad record"


class Undecodable(SkippedInput):
    reason = "undecodable"


class UnknownType(SkippedInput):
    reason = "unknown file type"


class SpecialFile(SkippedInput):
    reason = "not a regular file"


class EmptyInput(SkippedInput):
    reason = "no records"


class InputWarning(InputError):
    """Something in a record that was left out while the article itself was kept."""


@dataclass
class IngestReport:
    """Counters filled while ``read_articles`` runs; read them once the iterator is exhausted."""

    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    other_language: Counter[str] = field(default_factory=Counter)
    problems: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)

    def add_problem(self, error: InputError) -> None:
        """Count a file or record skipped for an error."""
        self.skipped[getattr(error, "reason", SkippedInput.reason)] += 1
        self.problems.append(error)

    @property
    def failed(self) -> bool:
        """True when anything was skipped for an error (not for language or duplication)."""
        return bool(self.problems)

    def summary(self) -> str:
        """A few lines: articles read, duplicates, skips by reason, other languages."""
        lines = [f"read {counted(self.read, 'article')}"
                 + (f", {counted(self.duplicates, 'duplicate')} skipped" if self.duplicates else "")]
        if self.skipped:
            lines.append(f"skipped {sum(self.skipped.values())}: {_breakdown(self.skipped)}")
        if self.warnings:
            lines.append(f"{counted(len(self.warnings), 'warning')} (articles kept)")
        if self.other_language:
            lines.append(f"skipped {counted(sum(self.other_language.values()), 'article')} in other languages "
                         f"({_breakdown(self.other_language)}); --lang forces a language")
        return "\n".join(lines)


def counted(number: int, noun: str) -> str:
    """``"1 article"``, ``"2 articles"``."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _breakdown(counter: Counter[str]) -> str:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{key} {number}" for key, number in ranked)
