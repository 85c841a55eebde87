"""E-mail addresses (``EMAIL_ADDRESS``), also glued to Thai text and with Thai (IDN) domains.

The scan is anchored on ``@``: most text has none, so the recognizer costs one ``str.find`` per
text. Around each ``@`` it reads the local part backwards and the domain forwards:

* the local part is ASCII (``[A-Za-z0-9._%+-]``), so a Thai cue glued before the address
  (``อีเมลsomchai@example.com``) is not swallowed; internationalised local parts (EAI) are rare
  and cannot be told apart from a glued Thai word, so they are not supported;
* domain labels may be Thai (``ตัวอย่าง.ไทย``) or punycode (``xn--...``); the suffix must be one
  the public suffix list knows (tldextract's bundled snapshot, offline), which rules out
  ``icon@2x.png`` and ``foo@bar.baz``, and an ASCII top-level label stops at the first Thai
  letter (``somchai@example.comครับ``);
* an ``@`` inside a URL's userinfo (``https://user:pass@host``) or an SSH/scp target
  (``git@github.com:org/repo``) is not an e-mail address;
* an organisation's role mailbox (``info@``, ``support@``, ``hr@``, ``noreply@``,
  ``underwriting@``, ``loan.desk@``, ``plant-managers@``), and the mailbox of an internal group
  or community (``pride@``, ``comms@``, ``wellbeing@``, ``sports.club@``, a ministry's
  ``saraban@``) is not reported;
* a test fixture's placeholder at a domain reserved for documentation (``test@example.com``,
  ``user1@example.org``) is not reported; a name there (``somchai@example.com``) still is.

Why role mailboxes are left out: PDPA protects data about an identifiable natural person. A
mailbox named only after a function (a desk, a department, a list) identifies the organisation's
function, not a person, and the annotators of our evaluation sets do not mark it. The rule is
deliberately narrow: the local part must consist *only* of function words from ``ROLE_WORDS``
(split at ``.``, ``_``, ``-``, ``+`` and digits, or a run of such words written together,
``customerservice``). Anything else stays an address, because it may hold a name or initials
(``somchai.k@``, ``sales.nattaya@``, ``hr.pim@``, ``j.smith@``). The list holds no word that is
also a common given name or nickname (no ``bill``, ``mark``, ``grace``, ``bank``), and no
two-letter word that is as often a person's initials (``ar@``, ``er@``, ``th@``): ``ap@`` and
``ar@`` (accounts payable/receivable) count as a function only after words of invoicing and
payment, at a company's own domain (``_finance_desk``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import tldextract

from pdpa_guard.detect.recognizers.base import Span, ThaiRecognizer

_LOCAL_TAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}\Z")
_LABEL = r"[A-Za-z0-9\u0E01-\u0E4E](?:[A-Za-z0-9\u0E01-\u0E4E\-]{0,61}[A-Za-z0-9\u0E01-\u0E4E])?"
_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+(?:[A-Za-z]{{2,24}}|xn--[A-Za-z0-9\-]{{2,59}}|ไทย)(?![A-Za-z0-9\-])")
# Pseudo top-level domains of company networks: internal mail, still a person's address.
_INTERNAL_TLDS = frozenset({"local", "internal", "corp", "lan", "intranet", "home"})


# Words that name an organisational function, never a person (see the module doc). Lower case.
ROLE_WORDS: frozenset[str] = frozenset(
    """
    info information contact contacts enquiry enquiries inquiry inquiries hello help helpdesk
    support service services customer customers customerservice care cs callcenter
    noreply no reply donotreply do not notify notification notifications alert alerts
    mailer daemon postmaster hostmaster webmaster abuse root admin administrator system sysadmin
    hr humanresources people talent recruit recruiting recruitment jobs job careers career
    sales marketing press media pr news newsletter events event
    billing invoice invoices invoicing accounts accounting finance payroll payments payment
    treasury tax procurement purchasing vendor vendors supplier suppliers orders order
    shipping logistics warehouse dispatch delivery fleet
    legal compliance privacy dpo security soc it ops operations devops dev noc infra
    underwriting underwriter claims claim policy policies insurance loan loans credit lending
    mortgage desk counter branch office frontdesk reception booking bookings reservation
    reservations ticket tickets feedback complaint complaints quality qa audit risk
    plant factory site team teams group staff all everyone managers manager management
    department dept division board directors executive exec secretariat secretary registrar
    admission admissions student students alumni library faculty academic
    clinic hospital opd ipd pharmacy lab nursing ward emergency appointment appointments
    global intl hq head headquarters main general public
    disputes dispute chargeback chargebacks refund refunds returns collections collection
    receivable receivables payable payables remittance remittances settlement settlements
    hotline helpline concierge guest guests membership members partners partnership merchant
    merchants investor investors relations fraud kyc onboarding corporate tender tenders
    quotation quotations servicedesk frontoffice housekeeping banquet catering
    comms communication communications internal external brand branding content editor editorial
    newsroom digital web website online ecommerce shop store export import purchase sale account
    pride lgbt lgbtq diversity inclusion dei erg women wellness wellbeing welfare benefits benefit
    csr sustainability esg volunteer volunteers charity donation donations foundation
    club clubs sport sports fitness social community communities committee council union
    association society ethics whistleblowing whistleblower speakup idea ideas suggestion
    suggestions innovation training learning academy facilities facility building parking
    safety ehs hse environment canteen cafeteria transport travel shuttle mailroom archive
    documents saraban rsvn spa restaurant wedding weddings meeting meetings mice research
    report reports data analytics survey surveys registration enrolment enrollment scholarship
    scholarships intern interns internship center centre callcentre contactcenter
    juristic niti nitibukkol condo property estate residence residences leasing rental maintenance
    openhouse enterprise enterprises business sme smes retail wholesale solutions
    seller sellers rider riders affiliate affiliates creator creators
    visa visas immigration dining life campus
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# A test fixture's address: a placeholder mailbox at a domain reserved for documentation (RFC 2606:
# example.com/.net/.org and their subdomains), where no mail is delivered ("test@example.com",
# "user1@example.org"). A name there ("somchai@example.com") is how people write a real-looking
# address and stays one.
_RESERVED_EXAMPLE = re.compile(r"(?i)(?:^|\.)example\.(?:com|net|org)\Z")
_PLACEHOLDER_WORD = (
    r"(?:test|tester|testing|user|username|foo|bar|baz|qux|example|sample|demo|dummy|fake|placeholder|"
    r"someone|somebody|anyone|name|email|mail|me|you|your\.?name|first\.?last|john\.?doe|jane\.?doe|"
    r"abc|xyz)"
)
# One or two placeholder words and a number: "test@", "user1@", "test.user@", "demo_user_02@"; or one
# letter alone ("a@", "x1@"; two letters are someone's initials: "a.b@").
_PLACEHOLDER_LOCAL = re.compile(
    rf"(?i){_PLACEHOLDER_WORD}(?:[._\-]?{_PLACEHOLDER_WORD})?[._\-]?\d{{0,4}}|[abxy][._\-]?\d{{0,4}}"
)
# "ap@" and "ar@" (accounts payable / receivable) are as often a person's initials, so they are
# a function's mailbox only where the text just before speaks of invoices and payment ("ส่ง
# สำเนาใบแจ้งหนี้ที่ ap@...", "AP contact: ap@...") and the domain is no free-mail provider (a
# company hands out function mailboxes; "ar@gmail.com" is someone's).
_FINANCE_INITIALS = frozenset({"ap", "ar", "a.p", "a.r", "ap-ar", "apar"})
_FINANCE_CONTEXT = re.compile(
    r"(?i)(?<![a-z])(?:ap|ar|a/p|a/r)(?![a-z])|payable|receivable|invoice|billing|payment|remit|vendor|"
    r"account|financ|procure|purchas|"
    r"ใบแจ้งหนี้|ใบกำกับ|ชำระ|เจ้าหนี้|ลูกหนี้|วางบิล|บัญชี|การเงิน|จ่ายเงิน|รับเงิน"
)
_FINANCE_REACH = 120
_FREE_MAIL = re.compile(r"(?i)(?:^|\.)(?:gmail|hotmail|outlook|yahoo|live|icloud|proton|protonmail|msn|aol)\.")
_ROLE_SPLIT = re.compile(r"[._+\-0-9]+")
_MIN_GLUED_WORD = 3  # pieces of a glued run ("loandesk") must be words of 3+ letters


# An abstract noun names a function or a programme, not a person (accessibility@, safeguarding@,
# sustainability@, partnerships@): long words with a noun-forming suffix. Given names with these
# endings are short (Ming, Jing, Xiaoming) or end otherwise (Florence, Constance: -ence/-ance
# are left out), hence the minimum lengths.
_ABSTRACT_NOUN = re.compile(r"[a-z]{5,}(?:ity|ities|tion|tions|ment|ments|ness|ship|ships)|[a-z]{6,}ing")


def is_role_mailbox(local: str) -> bool:
    """The local part is made of function words only (``info``, ``loan.desk``, ``plant-managers``)."""
    parts = [p for p in _ROLE_SPLIT.split(local.lower()) if p]
    return bool(parts) and all(
        p in ROLE_WORDS or _ABSTRACT_NOUN.fullmatch(p) or _glued_role_words(p) for p in parts
    )


@functools.lru_cache(maxsize=1024)
def _glued_role_words(part: str) -> bool:
    """``part`` is two or more role words written together (``customerservice``, ``loandesk``)."""
    n = len(part)
    ok = [True] + [False] * n  # ok[i]: part[:i] splits into role words
    for i in range(_MIN_GLUED_WORD, n + 1):
        ok[i] = any(ok[j] and part[j:i] in ROLE_WORDS for j in range(0, i - _MIN_GLUED_WORD + 1))
    return ok[n]


@functools.cache
def _suffixes() -> tldextract.TLDExtract:
    """The public suffix list from tldextract's bundled snapshot: no download, no cache dir.

    tldextract parses the list on its first look-up (~150M instructions, tens of ms); doing that
    here, while the engine is built, keeps it off the first request that holds an address.
    """
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    extract("example.co.th")
    return extract


class EmailAddressRecognizer(ThaiRecognizer):
    """Syntactically valid addresses with a known public suffix."""

    ENTITIES = ("EMAIL_ADDRESS",)

    def __init__(self, supported_language: str = "th") -> None:
        super().__init__(supported_language)
        self._extract = _suffixes()

    def find(self, text: str) -> Iterator[Span]:
        at = text.find("@")
        while at != -1:
            span = self._at(text, at)
            if span:
                yield span
                at = text.find("@", span.end)
            else:
                at = text.find("@", at + 1)

    def _at(self, text: str, at: int) -> Span | None:
        local = _LOCAL_TAIL.search(text, max(0, at - 64), at)
        domain = _DOMAIN.match(text, at + 1)
        if not local or not domain:
            return None
        start = local.start()
        # Leading dots or dashes belong to the surrounding text ("...somchai@"), not the address.
        while start < at and text[start] in ".-":
            start += 1
        name = text[start:at]
        if not name or name.endswith(".") or ".." in name:
            return None
        if start == at - 64 and start > 0 and _LOCAL_TAIL.match(text[start - 1]):
            return None  # a local part longer than 64 characters: not an address
        end = domain.end()
        if _in_url_userinfo(text, start, at) or _is_scp_target(text, end):
            return None
        if is_role_mailbox(name):
            return None  # a function's mailbox, not a person's (module doc)
        if name.lower() in _FINANCE_INITIALS and _finance_desk(text, start, domain.group()):
            return None  # "AP contact: ap@company.co.th"
        if _PLACEHOLDER_LOCAL.fullmatch(name) and _RESERVED_EXAMPLE.search(domain.group()):
            return None  # "test@example.com": a fixture's placeholder
        score = self._domain_score(domain.group())
        return Span("EMAIL_ADDRESS", start, end, score) if score else None

    def _domain_score(self, domain: str) -> float:
        return _domain_score(domain)


@functools.lru_cache(maxsize=4096)
def _domain_score(domain: str) -> float:
    """0.95 for a domain under a public suffix, 0.7 for an internal one, else 0.

    Cached: a few mail domains (gmail.com, hotmail.co.th, a company's own) make up most
    addresses, and the suffix-list look-up costs more than the rest of the recognizer.
    """
    tld = domain.rsplit(".", 1)[-1].lower()
    if tld in _INTERNAL_TLDS:
        return 0.7
    parts = _suffixes()(domain)
    if parts.suffix and parts.domain:
        return 0.95
    # "someone@go.th", "x@co.th": a mailbox right at a second-level suffix (go.th, ac.th, co.uk).
    # Registries do not hand those out, but people write them (a typo for a ministry's domain,
    # an address with its department dropped); two labels are never a file name (icon@2x.png).
    return 0.8 if parts.suffix and not parts.domain and "." in parts.suffix else 0.0


def _finance_desk(text: str, start: int, domain: str) -> bool:
    """An ``ap@``/``ar@`` address after words of invoicing, at a company domain (see above)."""
    return not _FREE_MAIL.search(domain) and _FINANCE_CONTEXT.search(text, max(0, start - _FINANCE_REACH), start) is not None


def _in_url_userinfo(text: str, start: int, at: int) -> bool:
    """True when the ``@`` ends a URL's userinfo (``scheme://user:pass@host``).

    An address in a URL's path or query (``?email=somchai@example.com``) is still an address.
    """
    token_start = max(0, start - 200)
    for ws in (" ", "\n", "\t", '"', "'", "<", "("):
        token_start = max(token_start, text.rfind(ws, token_start, start) + 1)
    scheme_end = text.rfind("://", token_start, start)
    return scheme_end != -1 and not any(ch in text[scheme_end + 3 : at] for ch in "/?#")


def _is_scp_target(text: str, end: int) -> bool:
    """``git@github.com:org/repo.git``: an SSH user at a host, followed by a path."""
    return text[end : end + 1] == ":" and bool(re.match(r"[\w~/.\-]", text[end + 1 : end + 2]))
