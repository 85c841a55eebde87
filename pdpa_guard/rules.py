"""Loading and checking the rules files, with errors that name the file, the line and a fix.

``destinations.yaml`` and ``policy.yaml`` are edited by hand by legal and operations (and
``routes.yaml``, written by ``pdpa-guard routes`` and applied on top of the policy, may be). A typo
must never silently change what leaves the organisation, so every file goes through one path:

1. parse the YAML and keep the line of every key and list item (yaml node marks);
2. validate the shape with pydantic;
3. check the meaning (names that must exist, references between the two files) in plain code;

and every problem becomes a :class:`RuleError` (file, line, message, fix). ``pdpa-guard rules
check`` prints them all; the proxy and the scanner call :func:`load_rules`, which raises
:class:`RulesInvalid` carrying the same errors, so they refuse to start on invalid rules.

Where the rules come from: the directory given; else ``rules/`` in the current directory when it
exists; else the defaults shipped inside the package (``pdpa_guard/defaults``, read through
importlib.resources so that an installed wheel has them too). A rules directory lacking one of
the two files uses the shipped default for that file.
"""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import yaml
from pydantic import AfterValidator, BaseModel, ValidationError
from pydantic_core import PydanticCustomError

if TYPE_CHECKING:
    from rich.console import Console

    from pdpa_guard.destinations import DestinationTable
    from pdpa_guard.policy import Policy
    from pdpa_guard.routes import RouteTable

Loc = tuple[str | int, ...]
RULE_FILES = ("destinations.yaml", "policy.yaml")
# Read from the rules directory only when present (no shipped default): routes.yaml is written
# by `pdpa-guard routes` from the audit and applied on top of the policy.
OPTIONAL_RULE_FILES = ("routes.yaml",)
_MAX_DEPTH = 64  # YAML aliases can build cycles; rules files are never this deep


@dataclass(frozen=True, slots=True)
class RuleError:
    """One problem in a rules file: where it is, what is wrong, and how to fix it."""

    file: str
    line: int | None
    message: str
    fix: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}" + (f" — {self.fix}" if self.fix else "")


class RulesInvalid(ValueError):
    """Raised when rules files do not load; ``errors`` holds every problem found, in file order."""

    def __init__(self, errors: Iterable[RuleError]) -> None:
        self.errors = list(errors)
        super().__init__(format_errors(self.errors))


def format_errors(errors: Iterable[RuleError]) -> str:
    """One ``file:line: message — fix`` line per error."""
    return "\n".join(str(e) for e in errors)


# --------------------------------------------------------------------------- YAML with line numbers


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed YAML file: the plain data, and the line (1-based) of every key and list item."""

    file: str
    data: Any
    lines: Mapping[Loc, int]

    def line(self, loc: Sequence[str | int]) -> int | None:
        """Line of ``loc`` (a path such as ``("rules", 2, "action")``), else of its nearest parent."""
        path = tuple(loc)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def error(self, loc: Sequence[str | int], message: str, fix: str = "") -> RuleError:
        """A :class:`RuleError` at ``loc``, its message prefixed with the key path."""
        where = format_loc(loc)
        return RuleError(self.file, self.line(loc), f"{where}: {message}" if where else message, fix)


def format_loc(loc: Sequence[str | int]) -> str:
    """``("rules", 2, "action")`` -> ``rules[2].action`` (list indices as written, from 0)."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_document(text: str, file: str) -> Document:
    """Parse YAML ``text``; raise :class:`RulesInvalid` on a syntax error or a duplicate key."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Document(file, None, {})
        lines: dict[Loc, int] = {(): node.start_mark.line + 1}
        errors: list[RuleError] = []
        _index(node, (), lines, errors, file, 0)
        if errors:
            raise RulesInvalid(errors)
        return Document(file, loader.construct_document(node), lines)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(filter(None, [exc.context, exc.problem]))
        raise RulesInvalid(
            [
                RuleError(
                    file,
                    mark.line + 1 if mark else None,
                    f"YAML syntax error: {problem}",
                    "check the indentation and quoting on this line and the one before; "
                    "quote values that contain ': ' or ' #'",
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise RulesInvalid([RuleError(file, None, f"YAML error: {exc}", "")]) from None
    finally:
        loader.dispose()


def _index(
    node: yaml.Node, loc: Loc, lines: dict[Loc, int], errors: list[RuleError], file: str, depth: int
) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                errors.append(
                    RuleError(
                        file,
                        line,
                        f"{format_loc((*loc, key))}: duplicate key (first on line {seen[key]})",
                        "remove one of them: YAML would silently keep only the last",
                    )
                )
            seen[key] = line
            lines[(*loc, key)] = line
            _index(value_node, (*loc, key), lines, errors, file, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*loc, i)] = item.start_mark.line + 1
            _index(item, (*loc, i), lines, errors, file, depth + 1)


def read_document(source: Path | Traversable) -> Document:
    """Read and parse one rules file (a path, or a resource inside the package)."""
    name = str(source)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulesInvalid([RuleError(name, None, "no such file", "check the path")]) from None
    except UnicodeDecodeError as exc:
        raise RulesInvalid(
            [RuleError(name, None, f"not UTF-8 text (byte {exc.start})", "save it as UTF-8")]
        ) from None
    except OSError as exc:
        raise RulesInvalid(
            [RuleError(name, None, f"cannot read: {exc.strerror}", "check permissions")]
        ) from None
    return parse_document(text, name)


# --------------------------------------------------------------------------- pydantic -> RuleError


def _non_empty(value: str) -> str:
    if not value.strip():
        raise invalid("must not be empty", "write a value")
    return value.strip()


def invalid(message: str, fix: str = "") -> PydanticCustomError:
    """An error for a pydantic validator to raise, carrying a fix hint to :func:`validate`."""
    return PydanticCustomError("pdpa_rules", "{message}", {"message": message, "fix": fix})


NonEmpty = Annotated[str, AfterValidator(_non_empty)]  # a text field that must say something


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``word`` (case-insensitive), or None when nothing is close."""
    by_fold = {c.casefold(): c for c in choices}
    if word.casefold() in by_fold:
        return by_fold[word.casefold()]
    close = difflib.get_close_matches(word.casefold(), list(by_fold), n=1, cutoff=0.6)
    return by_fold[close[0]] if close else None


def suggest(word: str, choices: Iterable[str], what: str) -> str:
    """A fix hint: ``did you mean X?``, else the list of allowed values."""
    choices = list(choices)
    best = did_you_mean(word, choices)
    if best is not None:
        return f"did you mean {best}?"
    shown = ", ".join(choices[:12]) + (", ..." if len(choices) > 12 else "")
    return f"use one of the {what}: {shown}"


def validate[M: BaseModel](model: type[M], doc: Document, context: dict[str, Any] | None = None) -> M:
    """Validate ``doc`` against ``model``; raise :class:`RulesInvalid` with every error, with lines."""
    try:
        return model.model_validate({} if doc.data is None else doc.data, context=context)
    except ValidationError as exc:
        raise RulesInvalid(_convert(e, model, doc) for e in exc.errors(include_url=False)) from None


def _convert(err: Mapping[str, Any], model: type[BaseModel], doc: Document) -> RuleError:
    loc: Loc = tuple(p for p in err["loc"] if p != "[key]")
    ctx = err.get("ctx") or {}
    kind = err["type"]
    message, fix = err["msg"], str(ctx.get("fix", ""))
    if kind == "missing":
        message = f"missing required key `{loc[-1]}`"
        fix = fix or f"add `{loc[-1]}:` here"
        loc = loc[:-1]
    elif kind == "extra_forbidden":
        allowed = _fields_at(model, loc[:-1]) or []
        message = f"unknown key `{loc[-1]}`"
        fix = suggest(str(loc[-1]), allowed, "keys allowed here")
    elif kind == "literal_error":
        options = [
            o.strip().strip("'") for o in str(ctx.get("expected", "")).replace(" or ", ", ").split(",")
        ]
        message = f"{err['input']!r} is not allowed"
        fix = suggest(str(err["input"]), [o for o in options if o], "values")
    elif kind == "list_type" and isinstance(err.get("input"), str | int | float):
        message = "must be a list"
        fix = f"write [{err['input']}]"
    elif kind in ("model_type", "dict_type") and not loc:
        message = "the file must be a YAML mapping (key: value) at the top level"
        fix = "start from the shipped default file"
    return doc.error(loc, message, fix)


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str] | None:
    """Keys allowed at ``loc`` inside ``model`` (for 'did you mean' on an unknown key)."""
    tp: Any = model
    for part in loc:
        tp = _unwrap(tp)
        if isinstance(part, int):
            args = typing.get_args(tp)
            tp = args[0] if args else None
        elif isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(part)
            tp = field.annotation if field else None
        elif typing.get_origin(tp) in (dict, Mapping):
            tp = typing.get_args(tp)[1]
        else:
            return None
    tp = _unwrap(tp)
    return list(tp.model_fields) if isinstance(tp, type) and issubclass(tp, BaseModel) else None


def _unwrap(tp: Any) -> Any:
    """Strip Annotated[...] and Optional[...] (X | None) down to the interesting type."""
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(tp) if a is not type(None)]
            tp = options[0] if len(options) == 1 else tp
            if len(options) != 1:
                return tp
        else:
            return tp


# --------------------------------------------------------------------------- where the rules live


def shipped_defaults() -> Traversable:
    """The default rules shipped inside the package (``pdpa_guard/defaults``)."""
    return resources.files("pdpa_guard").joinpath("defaults")


def rule_sources(directory: str | Path | None = None) -> dict[str, Path | Traversable]:
    """The file to read for each of :data:`RULE_FILES` (and :data:`OPTIONAL_RULE_FILES` present).

    ``directory`` when given, else ``./rules`` when it exists; any file missing there comes
    from the shipped defaults; optional files missing there are left out.
    """
    if directory is not None:
        base: Path | None = Path(directory)
    else:
        base = Path("rules") if Path("rules").is_dir() else None
    sources: dict[str, Path | Traversable] = {}
    for name in RULE_FILES:
        candidate = base / name if base is not None else None
        sources[name] = (
            candidate if candidate is not None and candidate.is_file() else shipped_defaults() / name
        )
    for name in OPTIONAL_RULE_FILES:
        if base is not None and (base / name).is_file():
            sources[name] = base / name
    return sources


@dataclass(frozen=True, slots=True)
class Rules:
    """The rules files, loaded and checked against each other.

    ``policy`` already carries ``routes`` (routes.yaml, when present) for :func:`decide`.
    """

    destinations: DestinationTable
    policy: Policy
    sources: Mapping[str, Path | Traversable]
    routes: RouteTable | None = None


def load_rules(directory: str | Path | None = None) -> Rules:
    """Load and check both rules files; raise :class:`RulesInvalid` listing every error.

    The proxy and the scanner call this at start-up and refuse to start when it raises.
    """
    from pdpa_guard.destinations import DestinationTable
    from pdpa_guard.policy import Policy

    if directory is not None and not Path(directory).is_dir():
        raise RulesInvalid(
            [
                RuleError(
                    str(directory), None, "no such rules directory", "give a directory holding policy.yaml"
                )
            ]
        )
    sources = rule_sources(directory)
    errors: list[RuleError] = []
    table: DestinationTable | None = None
    policy: Policy | None = None
    try:
        table = DestinationTable.from_document(read_document(sources["destinations.yaml"]))
    except RulesInvalid as exc:
        errors += exc.errors
    try:
        # Without a valid destinations table, reroute targets cannot be checked: report the
        # policy's own errors anyway so that one run shows everything.
        policy = Policy.from_document(read_document(sources["policy.yaml"]), destinations=table)
    except RulesInvalid as exc:
        errors += exc.errors
    routes: RouteTable | None = None
    if "routes.yaml" in sources:
        from pdpa_guard.routes import RouteTable

        try:
            routes = RouteTable.from_document(read_document(sources["routes.yaml"]), destinations=table)
        except RulesInvalid as exc:
            errors += exc.errors
    if errors or table is None or policy is None:
        raise RulesInvalid(errors)
    if routes is not None:
        policy = policy.with_routes(routes)
    return Rules(table, policy, sources, routes)


def check_rules_dir(path: str | Path | None = None) -> list[RuleError]:
    """Every error in the rules of ``path`` (see :func:`rule_sources`); empty when valid."""
    try:
        load_rules(path)
    except RulesInvalid as exc:
        return exc.errors
    return []


def print_errors(errors: Sequence[RuleError], console: Console) -> None:
    """Print one ``file:line: message — fix`` line per error (no wrapping, no markup)."""
    for e in errors:
        console.print(str(e), markup=False, highlight=False, soft_wrap=True)
    console.print(f"{len(errors)} error(s): the rules were not loaded.", markup=False, highlight=False)


def run_check(directory: str | Path | None, out: Console, err: Console) -> int:
    """``pdpa-guard rules check``: 0 when the rules are valid, 2 (errors on ``err``) when not."""
    try:
        rules = load_rules(directory)
    except RulesInvalid as exc:
        print_errors(exc.errors, err)
        return 2
    for name, source in rules.sources.items():
        what = {
            "destinations.yaml": f"{len(rules.destinations.entries)} destinations",
            "routes.yaml": f"{len(rules.routes or ())} routes",
        }.get(name, f"{len(rules.policy.rules)} rules")
        out.print(f"ok  {source}  ({what})", markup=False, highlight=False, soft_wrap=True)
    return 0
