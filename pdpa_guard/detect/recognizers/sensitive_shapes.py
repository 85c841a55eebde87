"""s.26 data recognised by its shape, not by a word: biometric templates and genetic variants.

A lexicon finds words, and for these two kinds of data the word is not the data. ``fingerprint``
in a TLS log and ``face embedding`` in an SDK README say nothing about anyone; the template a
door controller or an eKYC service logs for a person is an opaque blob under a vendor's key
(``face_vec_hash=33cb...``, ``minutiae_template=FMR:5070...``, ``probe_embedding=[-0.06, ...]``)
that no lexicon can list. Likewise a laboratory reports a variant in HGVS notation
(``PALB2 c.3113G>A likely pathogenic``): the notation itself is the genetic fact.

So :func:`shape_hits` adds hits, judged with the lexicon's hits by
:mod:`pdpa_guard.detect.recognizers.sensitive`, for

- a blob under a key whose parts name a biometric modality and a kind of data (``face`` +
  ``template``, ``probe`` + ``embedding``; ``voiceprint`` and ``minutiae`` are both at once);
  the span is the key and its value, and it is *evident* as a form field's value is;
- a blob whose format tag names a modality (``TmpFP10:...``, ``FACEv3:...``, ``vp_v2:...``,
  ``FMR:...``, the ISO/IEC 19794-2 finger minutiae record), in a table cell or after any key;
  evident too;
- an HGVS variant (``c.68_69delAG``, ``c.3113G>A``, ``p.Arg1699Trp``) with the gene symbol
  written before it and the classification after it (``likely pathogenic``, ``VUS``). It is a
  *strong* phrase, not evident: a paper or a question about a variant ("what does c.1A>G
  mean?") names no one, so generic context or an instruction with no person keeps it out.

Speed: both rules start from a few literals (one regex of literals each, which the regex engine
skips through by their first letters); the rest runs only where one occurs. Most texts hold none
of them, and the shared cue pass (which scans every text anyway) says so: see ``_SHAPE_KEYS``.
"""

from __future__ import annotations

import re
import string

from pdpa_guard.detect.recognizers._cues import RawFamily, lowered_for_cues
from pdpa_guard.detect.recognizers.sensitive_lexicon import Term

BIOMETRIC_TEMPLATE = Term("biometric template", "BIOMETRIC_DATA", "field", 0.9)
GENETIC_VARIANT = Term("genetic variant", "GENETIC_DATA", "strong", 0.85)

# -- biometric templates ---------------------------------------------------------------------

# Key parts (snake_case, kebab-case, dotted or camelCase) that name a modality ...
_MODALITIES = frozenset(
    {"face", "facial", "iris", "retina", "retinal", "voice", "vp", "palm", "vein", "finger", "fingerprint"}
    | {"fp", "probe", "gallery", "selfie"}
)
# ... and the ones that are a kind of biometric data on their own.
_SELF_DATA = frozenset({"voiceprint", "faceprint", "palmprint", "minutiae", "biometric", "biometrics"})
_DATA_PARTS = frozenset(
    {"template", "templates", "tmpl", "tpl", "embedding", "embeddings", "emb", "vec", "vector"}
    | {"vectors", "hash", "b64", "base64", "blob", "descriptor", "descriptors", "feature"}
    | {"features", "encoding", "minutiae", "print", "sample", "image", "img", "scan", "iso", "wsq"}
)
# Keys about a key, a device or a file, not a body: "device_fingerprint", "tls.fp", "cert_fp_sha256".
_NOT_BODY = frozenset(
    {"device", "browser", "cert", "certificate", "tls", "ssl", "ssh", "key", "host", "ja3", "ja3s"}
    | {"pgp", "gpg", "file", "canvas", "audio", "tcp", "http", "client", "server", "public", "pub"}
    | {"rsa", "ecdsa", "ed25519", "apk", "build", "git", "commit", "docker", "sha", "sha1", "sha256"}
    | {"md5", "url", "uri", "path", "link", "consent", "interface", "surface"}
)
# Where a modality word may start a key or a format tag. One alternation of literals: the regex
# engine skips to their first letters, faster than a str.find per word on short prompts.
_MODALITY_WORDS = (
    *("face", "facial", "finger", "fp", "minutiae", "iris", "retina", "voice", "vp", "palm", "vein"),
    *("biometric", "probe", "gallery", "selfie", "fmr"),
)
_MODALITY = re.compile("|".join(sorted(_MODALITY_WORDS, key=len, reverse=True)))
_TOKEN_CHARS = frozenset(string.ascii_letters + string.digits + "_.-")

# After a key: its separator and a blob, a vector of numbers or one token of base64/hex/a tagged code.
_VALUE_AFTER_KEY = re.compile(
    r"""\\?["']?[ \t]*[:=][ \t]*\\?["']?[ \t]*"""
    r"(?P<v>\[[ \t]*\[?[ \t]*-?\d*\.?\d+(?:[ \t]*,[ \t]*-?\d*\.?\d+){3,}(?:[ \t]*,[ \t]*(?:\.\.\.|…))?\]?\]?"
    r"|[A-Za-z0-9+/=_.:-]{12,})"
)
# A format tag that names a modality ("TmpFP10", "FACEv3", "vp_v2", "FMR" of ISO/IEC 19794-2),
# then ':' and the blob.
_TAG = re.compile(
    r"(?i)(?:tmp|tpl|tmpl)?(?:fp|fmr|face|iris|vp|voice|palm|vein|minutiae)[_-]?(?:v?\d+(?:\.\d+)?)?"
)
_TAGGED_VALUE = re.compile(r":(?P<blob>[A-Za-z0-9+/=_-]{16,})")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}:\d{2}")
# A hash of a key or a file ("SHA256:...", "AB:CD:EF:...") is not a body's template.
_KEY_HASH = re.compile(r"(?i)(?:sha\d*|md5)[:-]|(?:[0-9a-f]{2}:){5}")
_NUMBER = re.compile(r"[-+]?[\d.,:]+")


def _key_parts(key: str) -> list[str]:
    """``face_vec_hash`` -> [face, vec, hash]; ``probeEmbedding`` -> [probe, embedding]."""
    parts: list[str] = []
    for chunk in re.split(r"[_.\-]+", key):
        parts.extend(p.lower() for p in _CAMEL.findall(chunk))
    return parts


def _biometric_key(key: str) -> bool:
    """The key names a biometric modality and a kind of data (and nothing about devices or keys)."""
    parts = _key_parts(key)
    if not parts or any(p in _NOT_BODY for p in parts):
        return False
    if any(p in _SELF_DATA for p in parts):
        return True
    modalities = [p for p in parts if p in _MODALITIES]
    # Two modality words name a trait on their own: "palm_vein", "finger_vein" (the vein pattern
    # of a palm or a finger is the biometric, as "voiceprint" is).
    if len(set(modalities)) >= 2 and "vein" in modalities:
        return True
    # A modality alone ("face: ...", "fingerprint: SHA256:...") may name a device's or a key's
    # fingerprint, a login method or a photo: only a data part says the value is a template.
    return bool(modalities) and any(p in _DATA_PARTS for p in parts if p not in modalities)


def _opaque(value: str) -> bool:
    """A value that looks like an encoded template, not a word, a number, a time or a key's hash."""
    if value.startswith("["):
        return True  # a vector of at least four numbers (the regex asked for them)
    if "://" in value or _TIMESTAMP.search(value) or _KEY_HASH.match(value):
        return False
    if _NUMBER.fullmatch(value):
        return False  # a score or a count ("face_match_score: 0.8712345678")
    digits = sum(ch.isdigit() for ch in value)
    letters = sum(ch.isalpha() for ch in value)
    if digits >= 2 and letters >= 2:
        return True
    # Base64 of a template may hold few digits; a long mixed-case run with a digit or a base64
    # sign is not a word ("FingerprintTemplateEnabled" has neither).
    mixed = any(ch.isupper() for ch in value) and any(ch.islower() for ch in value)
    return len(value) >= 20 and mixed and (digits > 0 or any(ch in "+/=" for ch in value))


def _tokens(text: str, folded: str) -> list[tuple[int, int]]:
    """The identifier-like tokens (``face_vec_hash``, ``TmpFP10``) that hold a modality word."""
    found: list[tuple[int, int]] = []
    n = len(text)
    for match in _MODALITY.finditer(folded):
        low, high = match.span()
        if found and low < found[-1][1]:
            continue  # a second modality word in the same token ("face_vein")
        while low > 0 and text[low - 1] in _TOKEN_CHARS:
            low -= 1
        while high < n and text[high] in _TOKEN_CHARS:
            high += 1
        found.append((low, high))
    return found


_CELL_DELIMITERS = ("\t", "|", ",", ";")
MAX_ROWS = 500


def _column_blobs(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """The opaque cells under ``text[low:high]`` when it is a whole header cell of a table.

    A time clock's CSV export names its template column once ("emp_id,name,finger_template");
    each row's blob is that employee's template. Rows end at a line with another cell count.
    """
    line_start = text.rfind("\n", 0, low) + 1
    line_end = text.find("\n", high)
    if line_end < 0:
        return []
    header = text[line_start:line_end]
    delimiter = next((d for d in _CELL_DELIMITERS if d in header), None)
    if delimiter is None or text[line_start:low].rstrip(" \"'")[-1:] not in ("", delimiter):
        return []
    if text[high:line_end].lstrip(" \"'")[:1] not in ("", delimiter):
        return []
    column = text[line_start:low].count(delimiter)
    width = header.count(delimiter)
    cells: list[tuple[int, int]] = []
    pos = line_end + 1
    for _ in range(MAX_ROWS):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        row = text[pos:stop].rstrip("\r")
        if not row or row.count(delimiter) != width:
            break
        offset = pos
        for index, cell in enumerate(row.split(delimiter)):
            if index == column:
                value = cell.strip(" \"'")
                if len(value) >= 12 and _opaque(value):
                    first = offset + cell.index(value)
                    cells.append((first, first + len(value)))
                break
            offset += len(cell) + 1
        pos = stop + 1
    return cells


# -- templates under a generic key, in prose, or known by their record header -------------------

# A key or a noun that names template data but no modality ("emb=", "template=", "liveness
# vector"): a template only when a modality is named earlier on the same line ("face_match
# user=... emb=vp-...", "finger=R2 template=...", "Selfie liveness vector [...]").
_DATA_WORD = re.compile(
    r"(?i)(?<![A-Za-z0-9_])(?:templates?|tmpl|tpl|emb|embeddings?|vectors?|descriptors?|encodings?)(?![A-Za-z0-9_])"
)
# After such a word: '=' / ':' (quoted or not), or in prose just a space, then the value.
_DATA_VALUE = re.compile(
    r"""\\?["']?[ \t]*(?:[:=][ \t]*\\?["']?[ \t]*|[ \t]+)(?P<v>\[[^\]\n]{8,}\]?|[A-Za-z0-9+/=_:-]{16,})"""
)
# Only an unmistakable blob counts under a generic key: a vector of numbers, hex with an optional
# short tag ("vp-74017eba..."), or base64 (no '-', '.' or words: not a model's name such as
# "sentence-transformers/all-MiniLM-L6-v2" or "ArcFace-r100").
_VECTOR = re.compile(r"\[[ \t]*-?\d*\.?\d+(?:[ \t]*,[ \t]*-?\d*\.?\d+){3,}")
_TAGGED_HEX = re.compile(r"(?:[A-Za-z]{1,6}[_:-])?[0-9a-fA-F]{16,}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{20,}={0,2}")
_LINE_REACH = 120  # how far after the modality word the data word may be, on the same line

# ISO/IEC 19794 and ANSI 378 records start with a format identifier ("FMR\0" finger minutiae,
# "FIR\0" finger image, "FAC\0" face, "IIR\0" iris) and a version; in base64 those 4 bytes plus
# the version's first byte are fixed text, so a blob that starts with it is a template under
# any key, or none.
_ISO_RECORD_PREFIXES = ("Rk1SA", "RklSA", "RkFDA", "SUlSA")
_ISO_RECORD = re.compile(r"(?<![A-Za-z0-9+/])(?:Rk1SA|RklSA|RkFDA|SUlSA)[AC-D][A-Za-z0-9+/]{14,}={0,2}")


def _unmistakable_blob(value: str) -> bool:
    """A vector of numbers, tagged hex or base64 with digits and both cases (see ``_BASE64``)."""
    if _VECTOR.match(value):
        return True
    if _TAGGED_HEX.fullmatch(value):
        return sum(ch.isdigit() for ch in value) >= 4
    if _BASE64.fullmatch(value):
        digits = sum(ch.isdigit() for ch in value)
        return digits >= 2 and any(ch.isupper() for ch in value) and any(ch.islower() for ch in value)
    return False


def _line_template_hits(text: str, token_end: int) -> list[tuple[int, int, Term]]:
    """Template values under a generic data word after a modality token on the same line."""
    line_end = text.find("\n", token_end)
    stop = min(len(text) if line_end < 0 else line_end, token_end + _LINE_REACH)
    hits: list[tuple[int, int, Term]] = []
    for word in _DATA_WORD.finditer(text, token_end, stop):
        value = _DATA_VALUE.match(text, word.end())
        if value is None:
            continue
        blob = value.group("v").rstrip(".,;\"'\\")
        if _unmistakable_blob(blob):
            start = value.start("v")
            hits.append((start, start + len(blob), BIOMETRIC_TEMPLATE))
    return hits


def _iso_record_hits(text: str) -> list[tuple[int, int, Term]]:
    """Base64 ISO/IEC 19794 records anywhere (gated by a substring check of their prefixes)."""
    if not any(prefix in text for prefix in _ISO_RECORD_PREFIXES):
        return []
    return [(m.start(), m.end(), BIOMETRIC_TEMPLATE) for m in _ISO_RECORD.finditer(text)]


# A list of eight or more decimals: an embedding or a feature vector (see _biometric_hits). Unlike
# a template under its key, a vector in prose may be a model's weights: it is someone's only with a
# person near it (mode person).
EMBEDDING = Term("embedding", "BIOMETRIC_DATA", "person", 0.45)
_EMBEDDING = re.compile(r"\[[ \t]*-?\d*\.\d+(?:[ \t]*,[ \t]*-?\d*\.\d+){7,}[ \t,]*(?:\.\.\.|…)?[ \t]*\]")
_EMBEDDING_REACH = 80


def _biometric_hits(text: str, folded: str) -> list[tuple[int, int, Term]]:
    hits: list[tuple[int, int, Term]] = []
    for low, high in _tokens(text, folded):
        token = text[low:high].rstrip(".")
        end = low + len(token)
        keyed = _VALUE_AFTER_KEY.match(text, end)
        if keyed is None and _biometric_key(token):
            hits.extend((s, e, BIOMETRIC_TEMPLATE) for s, e in _column_blobs(text, low, end))
        if keyed is not None and _biometric_key(token):
            value = keyed.group("v").rstrip(".")
            if _opaque(value):
                hits.append((low, keyed.start("v") + len(value), BIOMETRIC_TEMPLATE))
                continue
        if not any(part in _NOT_BODY for part in _key_parts(token)):
            hits.extend(_line_template_hits(text, end))
            # "face vector for Somchai: [0.0213, -0.1187, ...]": an embedding written out later on
            # the line, not right after a key.
            vector = _EMBEDDING.search(text, end, min(len(text), end + _EMBEDDING_REACH + 8000))
            if vector is not None and vector.start() - end <= _EMBEDDING_REACH and "\n" not in text[end : vector.start()]:
                hits.append((vector.start(), vector.end(), EMBEDDING))
        # A tag glued to its blob: the token stopped at the ':' ("TmpFP10:Y9D5...").
        if _TAG.fullmatch(token):
            tagged = _TAGGED_VALUE.match(text, end)
            if tagged is not None and sum(ch.isdigit() for ch in tagged.group("blob")) >= 2:
                hits.append((low, tagged.end(), BIOMETRIC_TEMPLATE))
    if "[" in text:
        # "embedding": [-0.0877, ...] in a face-match event or an enrolment payload ("model":
        # "arcface-r100"): the vector's key says nothing of a body, the record around it does. A
        # text embedding's record names no modality.
        for key in _VECTOR_KEY.finditer(text):
            vector = _EMBEDDING.match(text, key.end()) or _ELIDED_VECTOR.match(text, key.end())
            if vector is not None and _MODALITY.search(
                folded, max(0, key.start() - _VECTOR_CONTEXT), min(len(folded), vector.end() + _VECTOR_CONTEXT)
            ):
                hits.append((vector.start(), vector.end(), EMBEDDING))
    return hits


# A record's key for a vector, then its list ("embedding": [[0.01, ...]]), and how far around it
# a modality word makes it a body's (see _biometric_hits).
_VECTOR_KEY = re.compile(
    r"(?i)(?<![A-Za-z0-9_])[\"']?(?:embeddings?|vectors?|feature_vector|features|descriptors?|encodings?|template)[\"']?"
    r"[ \t]*[:=][ \t]*[\"']?\[?(?=[ \t]*\[)"
)
# A vector cut short for the reader ("[0.0034, -0.2143, 0.1062, 0.2281, ...]"): fewer numbers written out.
_ELIDED_VECTOR = re.compile(r"\[[ \t]*-?\d*\.\d+(?:[ \t]*,[ \t]*-?\d*\.\d+){3,}[ \t]*,?[ \t]*(?:\.\.\.|…)[ \t]*\]")
_VECTOR_CONTEXT = 300


# -- genetic variants (HGVS) -----------------------------------------------------------------

_POSITION = r"\d+(?:[+-]\d+)?(?:_\d+(?:[+-]\d+)?)?"
_AMINO = r"(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Ter)"
_HGVS = re.compile(
    r"(?<![A-Za-z0-9.])(?:[cgmn]\.(?:" + _POSITION + r")(?:[ACGT]>[ACGT]|(?:delins|del|dup|ins|inv)[ACGT]*)"
    r"|p\.\(?" + _AMINO + r"\d+(?:" + _AMINO + r"|\*|=|fs(?:Ter|\*)?\d*)\)?)(?![A-Za-z0-9])"
)
_VARIANT_DOT = re.compile(r"\.[\dA-Z(]")
# The gene symbol written before the variant ("PALB2 c.3113G>A", "BRCA1:c.68_69delAG").
_GENE_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)?[ \t]*[:(]?[ \t]*$")
# The classification after it (ACMG): "likely pathogenic", "pathogenic", "VUS", "heterozygous".
_CLASS_AFTER = re.compile(
    r"(?i)[ \t]*(?:\(?(?:p\.[^\s)]{3,20})\)?[ \t]*)?[,;:(-]?[ \t]*"
    r"(?:likely[ \t]+pathogenic|pathogenic|likely[ \t]+benign|benign|vus|heterozygous|homozygous)\)?"
)


def _variant_hits(text: str) -> list[tuple[int, int, Term]]:
    hits: list[tuple[int, int, Term]] = []
    for start in _variant_starts(text):
        match = _HGVS.match(text, start)
        if match is None:
            continue
        start, end = match.span()
        gene = _GENE_BEFORE.search(text, max(0, start - 20), start)
        if gene is not None:
            start = gene.start()
        classification = _CLASS_AFTER.match(text, end)
        if classification is not None:
            end = classification.end()
        hits.append((start, end, GENETIC_VARIANT))
    return hits


def _variant_starts(text: str) -> list[int]:
    """Where ``c.``/``g.``/``m.``/``n.`` + a digit or ``p.`` + a capital may start (``e.g.`` may not).

    The regex looks for the dot, a literal the regex engine skips to quickly; the letter before it
    is checked here and the notation itself by ``_HGVS``.
    """
    return [m.start() - 1 for m in _VARIANT_DOT.finditer(text, 1) if text[m.start() - 1] in "cgmnp"]


# -- genotypes: pharmacogene star alleles and karyotypes ------------------------------------------

# A pharmacogenomic result names a gene and its star alleles, often as a diplotype
# ("CYP2C9*3/*3", "CYP2D6*4/*10", "TPMT*3A/*3C", "HLA-B*58:01", "SLCO1B1 *5/*5"): the alleles are the genetic fact,
# the gene name alone is a test's name. Only genes written with a star allele (the CYP family,
# HLA, and the few others of CPIC's guidelines): "SIZE*2" in code is arithmetic.
_STAR_ALLELE = re.compile(
    r"(?<![A-Za-z0-9])(?:CYP\d[A-Z]\d{1,2}|HLA-[A-Z]{1,4}\d?|TPMT|NUDT15|DPYD|UGT1A1|SLCO1B1|NAT2|VKORC1|IFNL3)"
    r"[ \t]?\*\d{1,3}[A-Z]?(?::\d{2,3})*(?:[ \t]*/[ \t]*(?:[A-Z0-9-]{2,10})?\*\d{1,3}[A-Z]?(?::\d{2,3})*)?"
)
# A karyotype in ISCN ("46,XY,t(11;22)(q23;q11.2)", "47,XX,+21", "45,X", "47,XXY"): a chromosome
# count, the sex chromosomes, then comma-separated abnormalities. Gated on ",X" / ", X".
_KARYOTYPE = re.compile(
    r"(?<![\d.,])(?:4[4-9]|69|92),[ \t]?X{1,4}Y{0,3}(?![A-Za-z0-9])"
    r"(?:,[ \t]?(?:[+-]\d{1,2}|[+-]?[a-z]{1,4}\([^\s)]{1,20}\)(?:\([^\s)]{1,30}\))?|[A-Za-z0-9+?.-]+"
    r"(?:[ \t][A-Za-z][A-Za-z0-9]*){0,2}))*"
)


def _genotype_hits(text: str) -> list[tuple[int, int, Term]]:
    """Star-allele diplotypes and karyotypes (a substring check first: most texts have neither)."""
    hits: list[tuple[int, int, Term]] = []
    if "*" in text:
        hits.extend((m.start(), m.end(), GENETIC_VARIANT) for m in _STAR_ALLELE.finditer(text))
    if ",X" in text or ", X" in text:
        hits.extend((m.start(), m.end(), GENETIC_VARIANT) for m in _KARYOTYPE.finditer(text))
    return hits


# -- injuries ---------------------------------------------------------------------------------

# An injury is written as a body part and what happened to it, in too many combinations for a
# word list: "กระดูกแขนซ้ายหัก", "กระดูกหน้าแข้งแตก", "ข้อเท้าแพลง", "ไหล่หลุด", "a torn ACL",
# "a broken collarbone", "fractured left wrist". Like "กระดูกหัก" in the lexicon it is said of
# a person only with a person nearby (mode person).
INJURY = Term("injury", "HEALTH_DATA", "person", 0.35)
_TH_SIDE = "(?:ข้าง)?(?:ซ้าย|ขวา)?"
_TH_INJURY = re.compile(
    "กระดูก[ก-๙]{0,14}?" + _TH_SIDE + "(?:หัก|แตก|ร้าว|ยุบ|เคลื่อน)"
    "|(?:ข้อเท้า|ข้อมือ|ข้อเข่า|ข้อศอก|ข้อนิ้ว|นิ้ว[ก-๙]{0,6}?|ไหล่|สะโพก|หมอนรองกระดูก[ก-๙]{0,6}?|เอ็น[ก-๙]{0,12}?)"
    + _TH_SIDE + "(?:แพลง|หลุด|เคล็ด|พลิก|ฉีก(?:ขาด)?|ขาด|เคลื่อน|ทับเส้น)"
)
_BODY_PARTS_EN = (
    "acl|mcl|pcl|meniscus|ligament|tendon|achilles|rotator cuff|collarbone|clavicle|wrist|ankle|arm|forearm|leg|"
    "hip|ribs?|shoulder|knee|kneecap|fingers?|toes?|thumb|elbow|jaw|nose|skull|spine|vertebra|pelvis|tibia|"
    "fibula|femur|humerus|radius|ulna|shin|foot|hand|back|neck|disc"
)
_EN_INJURY = re.compile(
    r"(?i)\b(?:broken|fractured|torn|sprained|dislocated|ruptured|cracked|herniated|slipped)\s+"
    r"(?:(?:left|right)\s+)?(?:" + _BODY_PARTS_EN + r")\b"
)
_EN_INJURY_WORDS = ("broken", "fractured", "torn", "sprained", "dislocated", "ruptured", "cracked", "herniated", "slipped")


def _injury_hits(text: str, folded: str) -> list[tuple[int, int, Term]]:
    hits: list[tuple[int, int, Term]] = []
    if "กระดูก" in text or "แพลง" in text or "หลุด" in text or "เคล็ด" in text or "ฉีก" in text or "ขาด" in text:
        hits.extend((m.start(), m.end(), INJURY) for m in _TH_INJURY.finditer(text))
    if any(word in folded for word in _EN_INJURY_WORDS):
        hits.extend((m.start(), m.end(), INJURY) for m in _EN_INJURY.finditer(text))
    return hits


# The literals the rules above start from, as a family of the shared cue pass, which scans the
# lower-cased text of every text anyway: a modality word (every match of ``_MODALITY``), an ISO
# record prefix, and a variant's letter and dot ("c." of "c.3113G>A"; ``_variant_starts``). A rule
# whose literal the pass did not find cannot match, and its own scan of the text is skipped: most
# texts hold none of them, and the scans cost more than the rest of this module.
_MODALITY_KEY, _ISO_KEY, _VARIANT_KEY = "modality", "iso", "variant"
_SHAPE_KEYS = RawFamily(
    {word: _MODALITY_KEY for word in _MODALITY_WORDS}
    | {prefix.lower(): _ISO_KEY for prefix in _ISO_RECORD_PREFIXES}
    | {f"{letter}.": _VARIANT_KEY for letter in "cgmnp"}
)


def shape_hits(text: str, folded: str) -> list[tuple[int, int, Term]]:
    """Evident hits of biometric templates and genetic variants in ``text`` (see the module doc).

    ``folded`` is ``text`` in lower case with the same offsets. Each rule looks only where its
    literal occurs, and only in a text where the shared cue pass found one (``_SHAPE_KEYS``).
    """
    # The pass scans ``lowered_for_cues(text)``: the ISO prefixes and the variant's lower-case
    # letter and dot are in it wherever they are in ``text``; the modality words are looked for in
    # ``folded``, the same string unless a capital lengthens when lower-cased ("İ"), and then the
    # modality regex runs as before.
    found = {payload for _, payload in _SHAPE_KEYS.matches(text)}
    hits: list[tuple[int, int, Term]] = []
    if _MODALITY_KEY in found or lowered_for_cues(text) != folded:
        hits += _biometric_hits(text, folded)
    if _ISO_KEY in found:
        hits += _iso_record_hits(text)
    if _VARIANT_KEY in found:
        hits += _variant_hits(text)
    return hits + _genotype_hits(text) + _injury_hits(text, folded)


# -- labels that look like data ---------------------------------------------------------------

_CONSENT_WORDS = ("consent", "opt_in", "optin", "agree")


def in_consent_key(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of an identifier that records a consent.

    ``consent_voice_biometric: true`` says the customer agreed to a voiceprint, not what the
    voiceprint is; a category's name (a topic) in such a key is the flag's subject, not data.
    """
    low, high = start, end
    while low > 0 and (text[low - 1].isalnum() or text[low - 1] in "_-."):
        low -= 1
    while high < len(text) and (text[high].isalnum() or text[high] in "_-."):
        high += 1
    token = text[low:high].lower()
    return "_" in token and any(word in token for word in _CONSENT_WORDS)


# The tail of a key that names a setting of the system, not a result about someone:
# "face_embedding_dim", "face_template_version", "iris_threshold".
_SETTING_PARTS = frozenset(
    {"dim", "dims", "dimension", "dimensions", "size", "len", "length", "version", "ver", "model"}
    | {"threshold", "thresh", "enabled", "enable", "path", "dir", "url", "format", "type", "algo"}
    | {"algorithm", "count", "limit", "max", "min", "timeout", "ttl", "config", "mode"}
)


# A column's SQL type after its name, in a table definition ("face_template BYTEA,", "religion TEXT").
_SQL_TYPE_AFTER = re.compile(
    r"[A-Za-z0-9_]*[ \t]+(?i:bytea|blob|longblob|mediumblob|text|varchar|nvarchar|char|clob|int|integer|bigint|"
    r"smallint|jsonb?|bool|boolean|date|datetime|timestamptz|timestamp|numeric|decimal|float|real|double|uuid|"
    r"binary|varbinary|vector|enum|bit|tinyint)\b"
)
_SCHEMA_STATEMENT = re.compile(r"(?i)\b(?:create|alter)[ \t]+table\b|\badd[ \t]+column\b")


def schema_column(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is (part of) a column's name in a table definition: where the data goes."""
    if _SQL_TYPE_AFTER.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t,(`\"") and text[start - 1 : start] not in ("_", "`", '"'):
        return False  # words before it on its line: prose ("my face template bytes ...")
    return _SCHEMA_STATEMENT.search(text) is not None


def key_prefix(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` begins a longer snake_case key that names a setting.

    A biometric phrase written as a code ("step=face_template") or as the head of a result's key
    ("face template_score": 0.35, a person's match) names the data; as the head of a setting's
    key ("face_embedding_dim", "face_template_version") it names how the system is configured.
    """
    if text[end : end + 1] != "_":
        return False
    high = end + 1
    while high < len(text) and (text[high].isalnum() or text[high] == "_"):
        high += 1
    return any(part.lower() in _SETTING_PARTS for part in text[end + 1 : high].split("_"))


# The tail of a lowercase key headed by a category's name that makes the key a column's or a
# field's label: "disability_type TEXT" in a schema, "religion_id" in a SELECT, "disability_note":
# "<value>" in a record (the value is the disclosure, reported on its own). Not "status"/"flag":
# "disability_status": "Y" says something of the record's person through the key.
_LABEL_PARTS = frozenset(
    {"type", "types", "note", "notes", "id", "code", "codes", "desc", "description", "detail", "details"}
    | {"category", "categories", "remark", "remarks", "text", "info", "field", "col", "column", "label"}
    | {"name", "list", "options", "enum", "th", "en", "other"}
)


def topic_key_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a category's name) heads a lowercase snake_case key that labels a field.

    ``disability_type``, ``religion_id``, ``ethnicity_code``: the key names where a value goes,
    whether the text is a table definition, a query or a record; it is not the value.
    """
    if text[end : end + 1] != "_" or (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")):
        return False
    high = end + 1
    while high < len(text) and (text[high].isalnum() or text[high] == "_"):
        high += 1
    key = text[start:high]
    return key == key.lower() and text[end + 1 : high].split("_")[0] in _LABEL_PARTS


def label_only(text: str, start: int, end: int, term: Term) -> bool:
    """A hit that names a consent, a setting or a field rather than the data.

    See :func:`in_consent_key`, :func:`key_prefix` and :func:`topic_key_label`.
    """
    if term.topic and (
        in_consent_key(text, start, end) or (term.mode == "person" and topic_key_label(text, start, end))
    ):
        return True
    if schema_column(text, start, end):
        return True
    return (
        term.entity_type == "BIOMETRIC_DATA"
        and term.mode in ("strong", "person")
        and key_prefix(text, start, end)
    )
