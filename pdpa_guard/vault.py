"""The vault: reversible pseudonymisation, stable per conversation, restored in the model's answer.

    vault = Vault()
    rewrite = vault.pseudonymise(conversation, text, findings)  # or anonymise.apply / apply_all
    ...send rewrite.text to the model...
    answer = vault.restore(conversation, model_answer)           # a whole answer
    restorer = vault.stream_restorer(conversation)               # a streamed one: one per response
    for chunk in stream: emit(restorer.feed(chunk))
    emit(restorer.flush())

Placeholders look like ``<PERSON_1>``: angle brackets, the upper-case entity type, a number. Models
copy that shape intact (it reads like a template variable) and it survives tokenisation, Thai
text around it and JSON. Told that a text is raw JSON (``json_level``), restore also recognises
the escaped form some encoders write (``\\u003cPERSON_1\\u003e``) and JSON-escapes the value it
puts back, so a value with a quote cannot break a tool call's arguments.

Stability: the same value gets the same placeholder in every message and every request of a
conversation (clients resend the history with the original values, so the model sees one
consistent story). Collisions: placeholder-like text or a surrogate already in a prompt is never
issued; if it was issued before, it is withdrawn and the value gets a new token. So a token in the
prompt is never in the restore map, and restore(pseudonymise(x)) == x holds exactly.

The conversation key isolates values: restore only maps tokens issued under the same key, so keys
must be unguessable and never shared between end users (Vault.new_conversation() makes one).

Values live only in this process's memory, for ``ttl_seconds`` after the conversation was last
used, within a size bound. Nothing here logs, and neither repr() nor any exception shows a value.
"""

from __future__ import annotations

import json
import random
import re
import secrets
import threading
import time
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from pdpa_guard.anonymise import ALLOW, PSEUDONYMISE, Rewrite, apply
from pdpa_guard.surrogates import surrogate

if TYPE_CHECKING:
    from pdpa_guard.detect.finding import Finding

MAX_JSON_LEVEL = 3
_NAME = r"[A-Z][A-Z0-9_]{0,47}_[0-9]{1,9}"  # PERSON_1, TH_NATIONAL_ID_12
_PLACEHOLDER_MAX = 80  # longest placeholder form: escaped marks around the longest name
# Placeholder names already written in a prompt, plain or JSON-escaped (``\u003cPERSON_1\u003e``).
_IN_PROMPT = re.compile(rf"(?:<|u003[cC])({_NAME})(?=>|\\)")
_SURROGATE_TRIES = 20


def json_escape(value: str, level: int = 1) -> str:
    """``value`` as written inside ``level`` nested JSON strings, without the quotes.

    Level 1 writes a double quote as backslash-quote; level 2 escapes that result once more.
    """
    for _ in range(level):
        value = json.dumps(value, ensure_ascii=False)[1:-1]
    return value


def _json_forms(text: str, level: int) -> set[str]:
    """Every way JSON encoders write ``text`` inside ``level`` nested strings.

    Encoders differ: Python's default escapes non-ASCII (Thai) as ``\\uXXXX``, Go's escapes
    ``< > &``, most write UTF-8 as is. A surrogate in a raw JSON answer may come in any of these.
    """
    forms = {text}
    for _ in range(level):
        forms = {
            _encode(form, ascii_only, html)
            for form in forms
            for ascii_only in (False, True)
            for html in (False, True)
        }
    return forms


def _encode(text: str, ascii_only: bool, html: bool) -> str:
    encoded = json.dumps(text, ensure_ascii=ascii_only)[1:-1]
    if html:
        encoded = encoded.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return encoded


class StreamRestorer:
    """Restores one streamed answer chunk by chunk, whatever the chunking.

    Only a tail that could still grow into a token (``<PER``, or the start of a surrogate) is held
    back, so at most one token's length is buffered. Concatenating ``feed`` outputs and ``flush``
    gives exactly ``Vault.restore`` of the whole text. It restores with the mappings as they were
    when it was created: make it after the request was pseudonymised. Feed it ``str``; decode
    bytes with an incremental decoder first (a UTF-8 character may also be split across chunks).
    """

    __slots__ = ("_held", "_table")

    def __init__(self, table: _Table) -> None:
        self._table = table
        self._held = ""

    def feed(self, chunk: str) -> str:
        """Restored text that is final so far; a possible token prefix stays held back."""
        out, self._held = self._table.scan(self._held + chunk, final=False)
        return out

    def flush(self) -> str:
        """The rest, at the end of the stream."""
        out, self._held = self._table.scan(self._held, final=True)
        return out

    @property
    def pending(self) -> int:
        """Characters held back (for tests and metrics; never the text)."""
        return len(self._held)

    def __repr__(self) -> str:
        return f"<StreamRestorer pending={len(self._held)}>"


class Vault:
    """Maps tokens to original values, per conversation, in memory only.

    ``ttl_seconds``: a conversation is forgotten this long after it was last used.
    ``max_conversations``: beyond it the least recently used conversation is forgotten.
    ``max_entries``: values per conversation; beyond it the least recently used value is forgotten
    (its token is then left as is in answers: the failure mode shows a placeholder, never a wrong
    value). One call never evicts the values it just assigned.
    ``clock`` and ``rng`` are for tests. Thread-safe; no method awaits or blocks on I/O, so asyncio
    code may call it directly.
    """

    def __init__(
        self,
        ttl_seconds: float = 3600.0,
        max_conversations: int = 10_000,
        max_entries: int = 5_000,
        *,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        if ttl_seconds <= 0 or max_conversations < 1 or max_entries < 1:
            raise ValueError("ttl_seconds, max_conversations and max_entries must be positive")
        self._ttl = ttl_seconds
        self._max_conversations = max_conversations
        self._max_entries = max_entries
        self._clock = clock
        self._rng = rng or random.Random(secrets.randbits(128))
        self._lock = threading.Lock()
        self._conversations: OrderedDict[str, _Conversation] = OrderedDict()

    def __repr__(self) -> str:
        return f"<Vault conversations={len(self._conversations)} ttl={self._ttl:g}s>"

    def __len__(self) -> int:
        """Conversations currently held."""
        with self._lock:
            self._expire(self._clock())
            return len(self._conversations)

    @staticmethod
    def new_conversation() -> str:
        """A fresh unguessable conversation key, for callers that have none."""
        return secrets.token_urlsafe(16)

    def forget(self, conversation: str) -> None:
        """Drop a conversation's mappings now (e.g. when its last response has been restored)."""
        with self._lock:
            self._conversations.pop(conversation, None)

    def pseudonymise(
        self,
        conversation: str,
        text: str,
        findings: Sequence[Finding],
        entity_filter: Collection[str] | Callable[[Finding], bool] | None = None,
        *,
        surrogates: bool = False,
    ) -> Rewrite:
        """``text`` with the value of each finding (of the filtered types) replaced by its token.

        Overlapping findings become one token named after the identifier among them. With
        ``surrogates`` fake values of the same shape are used where the type has a generator.
        For several segments of one request use ``anonymise.apply_all`` (collisions are then
        checked against all of them).
        """
        if entity_filter is None:
            keep: Callable[[Finding], bool] = lambda f: True  # noqa: E731
        elif callable(entity_filter):
            keep = entity_filter
        else:
            types = frozenset(entity_filter)
            keep = lambda f: f.entity_type in types  # noqa: E731
        return apply(
            text,
            findings,
            lambda f: PSEUDONYMISE if keep(f) else ALLOW,
            self,
            conversation,
            surrogates=surrogates,
        )

    def reserve(self, conversation: str, texts: Iterable[str]) -> None:
        """Note tokens that already appear in prompt ``texts`` so that they are never issued.

        A token issued earlier in the conversation that now appears in the prompt is withdrawn:
        its value gets a new one. ``anonymise.apply`` calls this; call it yourself only when you
        assign tokens directly.
        """
        texts = list(texts)
        # Every match holds "<" or "u003": most prompts have neither, and these two substring
        # tests cost far less than running the regex over them.
        seen = {
            m.group(1) for text in texts if "<" in text or "u003" in text for m in _IN_PROMPT.finditer(text)
        }
        seen |= self._table(conversation, 0).surrogates_in(texts)
        if not seen:
            return
        with self._lock:
            state = self._state(conversation, create=True)
            for token in seen:
                state.withdraw(token, self._max_entries)

    def assign(
        self,
        conversation: str,
        items: Sequence[tuple[str, str]],
        *,
        surrogates: bool = False,
        context: Sequence[str] = (),
    ) -> list[str]:
        """The token to write for each ``(entity_type, value)``: the conversation's, or a new one.

        ``context`` is the prompt text (all segments): a new surrogate never occurs in it.
        """
        touched: set[tuple[bool, str]] = set()
        tokens: list[str] = []
        with self._lock:
            state = self._state(conversation, create=True)
            for entity_type, value in items:
                key = (surrogates, value)
                token = state.entries.get(key)
                if token is None and surrogates:
                    token = self._new_surrogate(state, entity_type, value, context)
                if token is None:
                    key = (False, value)
                    token = state.entries.get(key) or state.new_placeholder(entity_type, value)
                state.entries.move_to_end(key)
                touched.add(key)
                tokens.append(token)
            state.evict(self._max_entries, touched)
        return tokens

    def restore(self, conversation: str, text: str, *, json_level: int = 0) -> str:
        """``text`` with every token of this conversation replaced by its original value.

        ``json_level`` says where ``text`` sits: 0 decoded text; 1 raw JSON text (a response
        body, an SSE ``data:`` line, or the decoded ``arguments`` string of a tool call, which is
        JSON itself); 2 JSON inside a JSON string (tool arguments as they appear in a raw body).
        Escaped placeholder forms are recognised and values are JSON-escaped that many times.
        Unknown or expired conversations leave the text unchanged.
        """
        return self._table(conversation, json_level).scan(text, final=True)[0]

    def stream_restorer(self, conversation: str, *, json_level: int = 0) -> StreamRestorer:
        """A restorer for one streamed response of ``conversation`` (see ``restore`` for levels)."""
        return StreamRestorer(self._table(conversation, json_level))

    def restorer(self, conversation: str) -> Callable[[str, int], str]:
        """``restore(text, json_level)`` for the many strings of one answer.

        An answer is restored string by string (every string value of a JSON body, every event
        of a stream); each ``restore`` call would take the lock and look the conversation up
        again. This one looks each level's table up once, on first use, and then restores with
        the mappings as they were at that moment, as a stream restorer does.
        """
        tables: dict[int, _Table] = {}

        def restore(text: str, json_level: int = 0) -> str:
            table = tables.get(json_level)
            if table is None:
                table = tables[json_level] = self._table(conversation, json_level)
            return table.scan(text, final=True)[0]

        return restore

    # -- internals: every method below that touches ``_conversations`` runs under ``_lock``.

    def _state(self, conversation: str, *, create: bool) -> _Conversation | None:
        now = self._clock()
        self._expire(now)
        state = self._conversations.get(conversation)
        if state is None:
            if not create:
                return None
            state = self._conversations[conversation] = _Conversation()
            while len(self._conversations) > self._max_conversations:
                self._conversations.popitem(last=False)
        else:
            self._conversations.move_to_end(conversation)
        state.expires = now + self._ttl
        return state

    def _expire(self, now: float) -> None:
        # Conversations are ordered by last use and share one TTL, so the expired ones are first.
        while self._conversations:
            oldest = next(iter(self._conversations.values()))
            if oldest.expires > now:
                break
            self._conversations.popitem(last=False)

    def _table(self, conversation: str, level: int) -> _Table:
        if not 0 <= level <= MAX_JSON_LEVEL:
            raise ValueError(f"json_level must be between 0 and {MAX_JSON_LEVEL}")
        with self._lock:
            state = self._state(conversation, create=False)
            if state is None:
                return _empty_table(level)
            table = state.tables.get(level)
            if table is not None:
                return table
            version, names, fakes = state.version, dict(state.names), dict(state.surrogates)
        table = _Table(names, fakes, level)  # built outside the lock: may compile a regex
        with self._lock:
            if state.version == version:
                state.tables[level] = table
        return table

    def _new_surrogate(
        self, state: _Conversation, entity_type: str, value: str, context: Sequence[str]
    ) -> str | None:
        for _ in range(_SURROGATE_TRIES):
            fake = surrogate(entity_type, value, self._rng)
            if fake is None:
                return None
            if fake != value and not state.known(fake) and not any(fake in text for text in context):
                state.add(True, value, fake)
                return fake
        return None


class _Conversation:
    """One conversation's mappings. Its repr shows counts only."""

    __slots__ = ("counters", "entries", "expires", "names", "reserved", "surrogates", "tables", "version")

    def __init__(self) -> None:
        # (is surrogate, value) -> token, least recently used first
        self.entries: OrderedDict[tuple[bool, str], str] = OrderedDict()
        self.names: dict[str, str] = {}  # placeholder name (PERSON_1) -> value
        self.surrogates: dict[str, str] = {}  # surrogate -> value
        self.counters: dict[str, int] = {}  # placeholder prefix -> last number issued
        self.reserved: OrderedDict[str, None] = OrderedDict()  # tokens seen in prompts: never issue
        self.version = 0
        self.tables: dict[int, _Table] = {}
        self.expires = 0.0

    def __repr__(self) -> str:
        return f"<conversation entries={len(self.entries)}>"

    def known(self, token: str) -> bool:
        return (
            token in self.surrogates
            or token in self.reserved
            or (True, token) in self.entries
            or (False, token) in self.entries
        )

    def add(self, is_surrogate: bool, value: str, token: str) -> None:
        self.entries[(is_surrogate, value)] = token
        if is_surrogate:
            self.surrogates[token] = value
        else:
            self.names[token[1:-1]] = value
        self._changed()

    def new_placeholder(self, entity_type: str, value: str) -> str:
        prefix = _placeholder_prefix(entity_type)
        number = self.counters.get(prefix, 0)
        while True:  # numbers only grow, so a forgotten placeholder is never reissued
            number += 1
            name = f"{prefix}_{number}"
            if name not in self.names and name not in self.reserved:
                break
        self.counters[prefix] = number
        self.add(False, value, f"<{name}>")
        return f"<{name}>"

    def withdraw(self, token: str, cap: int) -> None:
        """``token`` appeared in a prompt: stop restoring it and never issue it again."""
        for is_surrogate, tokens in ((False, self.names), (True, self.surrogates)):
            value = tokens.pop(token, None)
            if value is not None:
                self.entries.pop((is_surrogate, value), None)
                self._changed()
        self.reserved[token] = None
        self.reserved.move_to_end(token)
        while len(self.reserved) > cap:
            self.reserved.popitem(last=False)

    def evict(self, cap: int, keep: set[tuple[bool, str]]) -> None:
        while len(self.entries) > cap:
            key = next(iter(self.entries))
            if key in keep:  # the rest was touched by this call too (moved to the end)
                break
            token = self.entries.pop(key)
            if key[0]:
                self.surrogates.pop(token, None)
            else:
                self.names.pop(token[1:-1], None)
            self._changed()

    def _changed(self) -> None:
        self.version += 1
        self.tables.clear()


class _Table:
    """What restoring needs for one conversation at one JSON level, frozen at one moment.

    Restore semantics, the same for whole texts and streams: scanning left to right, a
    placeholder-shaped match is replaced when the conversation issued it (and kept otherwise),
    else the longest surrogate starting there is replaced. No pattern looks behind, so a decision
    at a position depends only on the text from there on: that is what makes streaming exact.
    """

    __slots__ = ("_automaton", "_first", "_forms", "_max_len", "_names", "_partial", "_plain", "_regex", "_sorted")

    def __init__(self, names: dict[str, str], fakes: dict[str, str], level: int) -> None:
        placeholder, escape, self._partial = _placeholder_patterns(level)
        self._names = {name: json_escape(value, level) for name, value in names.items()}
        self._forms = {
            form: json_escape(value, level)
            for fake, value in fakes.items()
            for form in _json_forms(fake, level)
        }
        self._sorted = sorted(self._forms)
        fake = f"(?P<fake>{_trie_regex(self._forms)})" if fakes else ""
        pattern = "|".join(p for p in (placeholder, fake, escape) if p)
        self._regex = re.compile(pattern) if fakes else _compiled(pattern)  # cache the few shared ones
        self._first = frozenset({"<", "\\"} | {form[0] for form in self._forms})
        self._max_len = max([_PLACEHOLDER_MAX] + [len(form) for form in self._forms])
        self._automaton: ahocorasick.Automaton | None = None
        # Without surrogates every pattern (placeholder, escape, partial) starts with < or a
        # backslash: text with neither has nothing to restore and nothing to hold back.
        self._plain = not self._forms

    def scan(self, buf: str, *, final: bool) -> tuple[str, str]:
        """(restored text, unprocessed tail). The tail is empty when ``final``."""
        if self._plain and "<" not in buf and "\\" not in buf:
            return buf, ""
        cut = len(buf) if final else self._hold_from(buf)
        out: list[str] = []
        pos = 0
        for match in self._regex.finditer(buf):
            if match.start() >= cut:
                break
            out.append(buf[pos : match.start()])
            if match.lastgroup == "name":
                out.append(self._names.get(match.group("name"), match.group(0)))
            elif match.lastgroup == "fake":
                out.append(self._forms[match.group(0)])
            else:  # a JSON escape sequence, passed over whole so nothing matches inside it
                out.append(match.group(0))
            pos = match.end()
        if pos < cut:
            out.append(buf[pos:cut])
            pos = cut
        return "".join(out), buf[pos:]

    def _hold_from(self, buf: str) -> int:
        """Where the held-back tail starts: the first position whose rest could still grow into a token."""
        for i in range(max(0, len(buf) - self._max_len + 1), len(buf)):
            if buf[i] in self._first and self._could_grow(buf[i:]):
                return i
        return len(buf)

    def _could_grow(self, tail: str) -> bool:
        if self._partial.fullmatch(tail):
            return True
        i = bisect_left(self._sorted, tail)  # forms starting with ``tail`` follow it in sorted order
        return any(len(form) > len(tail) and form.startswith(tail) for form in self._sorted[i : i + 2])

    def surrogates_in(self, texts: Iterable[str]) -> set[str]:
        """Surrogates of this table that occur in ``texts`` (overlapping occurrences included)."""
        if not self._forms:
            return set()
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for form in self._forms:
                automaton.add_word(form, form)
            automaton.make_automaton()
            self._automaton = automaton
        return {form for text in texts for _, form in self._automaton.iter(text)}


@lru_cache(maxsize=256)
def _placeholder_prefix(entity_type: str) -> str:
    """``PERSON`` for PERSON: the entity type as a placeholder name's prefix (A-Z, 0-9, _)."""
    prefix = re.sub(r"[^A-Z0-9_]", "_", entity_type.upper())[:40]
    return prefix if "A" <= prefix[:1] <= "Z" else "X" + prefix[:39]


@cache
def _placeholder_patterns(level: int) -> tuple[str, str, re.Pattern[str]]:
    """Regexes of a placeholder, of a JSON escape, and of anything that could still grow into one.

    JSON may write ``<`` as ``\\u003c``; each further level of JSON-in-JSON doubles the backslashes.
    In JSON text an escape sequence is skipped as a whole, so that a surrogate such as ``0e01``
    cannot match inside ``\\u0e01``. That is exact at level 1; at deeper levels a surrogate could
    still match inside an inner escape (placeholders cannot: they start with ``<`` or a backslash).
    """
    if level == 0:
        opener, closer, partial_mark, escape = "<", ">", "", ""
    else:
        slashes = "|".join(rf"\\{{{2**k}}}" for k in range(level))
        opener = rf"(?:<|(?:{slashes})u003[cC])"
        closer = rf"(?:>|(?:{slashes})u003[eE])"
        partial_mark = rf"\\{{1,{2 ** (level - 1)}}}(?:u(?:0(?:0(?:3)?)?)?)?"
        escape = r"(?P<esc>\\(?:u[0-9a-fA-F]{4}|[\s\S]))"
    placeholder = rf"{opener}(?P<name>{_NAME}){closer}"
    partial = rf"{opener}(?:[A-Z][A-Z0-9_]{{0,58}}(?:{partial_mark})?)?"
    if partial_mark:
        partial = rf"{partial_mark}|\\(?:u[0-9a-fA-F]{{0,3}})?|{partial}"
    return placeholder, escape, re.compile(partial)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _empty_table(level: int) -> _Table:
    return _Table({}, {}, level)


def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching the longest of ``words`` at a position, factored as a trie.

    A flat alternation of thousands of surrogates would try each one at every position; the trie
    tries one branch per distinct next character.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(trie)
