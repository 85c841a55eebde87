"""Twenty-fifth blind held-out set for pdpa-guard: bench/freshset25.jsonl.

Written blind (without reading the detector or any other labelled set), from the entity catalogue in
DESIGN.md, the interface of tests/test_freshsets.py and the file-format plumbing of make_freshset10.py
only. Every prompt comes from a template (one function below) that assembles it from plain strings and
``(entity_type, value)`` tuples, so the gold offsets are exact by construction. All values are
fabricated; names are hand-written in this file (Thai, Japanese, Chinese, Korean, Burmese, Lao,
Cambodian, Indian and Western names of people living in or dealing with Thailand).

Emphasis: cross-border and multinational work in Thailand. Thai subsidiaries of Japanese, Chinese,
Korean and European firms and their HR/expat desks, BPO call centres serving foreign customers in
English, medical-tourism coordinators, international schools, tourist police, visa agents and embassy
desks, freight forwarders, crypto/forex KYC desks, and LLM agent traffic (multi-turn chat histories
pasted as JSON, tool-call arguments, RAG chunks, ASR voice-call transcripts without punctuation, with
speaker turns and numbers read out in groups). Negatives come from the same domains: HS/tariff codes,
container and AWB numbers, flight numbers, booking references, invoices, exchange rates, public news
about named ministers, and policy text about health, religion, unions ... that is about no person.

Conventions: PERSON is the name without its title, honorific or kinship prefix (นาย, น.ส., คุณ, พี่,
น้อง, Khun, Mr, Dr, นพ. ...) and without the Japanese suffix -san; a name written in passport MRZ form
(SURNAME<<GIVEN) is one PERSON span. ADDRESS is one span from the house number to the postcode (or
province); DATE_OF_BIRTH is the date only; cued numbers (HN, student ID, account ...) are the number
only; a plate includes the province written right after it. Passport numbers of any nationality are
labelled TH_PASSPORT (the catalogue's only passport type); the 13-digit numbers Thailand issues to
non-Thai residents (pink cards) are TH_NATIONAL_ID. Nationality alone (Japanese, Burmese ...) is not
labelled as ETHNICITY; an ethnic group stated of a person is. s.26 spans are the shortest phrase
disclosing the fact about the person. Role mailboxes (info@, hr@, visa@ ...), organisation hotlines
and public figures in news are not personal data and are left unlabelled.

    python bench/make_freshset25.py            # (re)write bench/freshset25.jsonl
    python bench/make_freshset25.py --check    # exit 1 unless the file matches what this script writes
    python bench/make_freshset25.py --stats    # print coverage
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faker
import phonenumbers
from stdnum.th import moa, pin

# Faker is not used for any value in this set; the pin only records the environment it was built in.
GENERATED_WITH_FAKER = "40.54.0"
_ = faker  # imported so the pin above can be compared with the installed version by the tests

ENTITY_TYPES = [
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IP_ADDRESS", "TH_NATIONAL_ID",
    "TH_PASSPORT", "TH_BANK_ACCOUNT", "TH_VEHICLE_PLATE", "ADDRESS", "DATE_OF_BIRTH", "STUDENT_ID",
    "MEDICAL_RECORD_NUMBER", "LINE_ID", "TH_JURISTIC_ID",
    "HEALTH_DATA", "RELIGION", "ETHNICITY", "POLITICAL_OPINION", "CRIMINAL_RECORD", "SEXUAL_BEHAVIOUR",
    "DISABILITY", "TRADE_UNION", "GENETIC_DATA", "BIOMETRIC_DATA",
]
S26_TYPES = ENTITY_TYPES[-10:]

OUT = Path(__file__).resolve().parent / "freshset25.jsonl"
PROMPTS_PER_TEMPLATE = 2
SEED = "freshset25"

# ----------------------------------------------------------------------------------------------
# Hand-written names (never Faker)
# ----------------------------------------------------------------------------------------------
TH_MALE = ["ธนกฤต", "กฤษณะ", "วรากร", "ภูริภัทร", "ทศพล", "สิทธิชัย", "พีรพัฒน์", "อนันต์", "ธีรวัฒน์", "ปิยะพงษ์",
           "วัชระ", "เอกราช", "ชาญวิทย์", "บุญส่ง"]
TH_FEMALE = ["ณัฐวดี", "ปวีณ์ธิดา", "สุพัตรา", "อารีรัตน์", "ชุติมา", "เบญจวรรณ", "นันทนา", "ลลิตา", "จารุวรรณ", "ศศิธร",
             "กัลยา", "รุ่งนภา", "สุดารัตน์", "มยุรี", "พัชรินทร์", "ประภาพร"]
TH_FIRST = TH_MALE + TH_FEMALE
TH_LAST = [
    "ศรีสวัสดิ์", "วงศ์ไพบูลย์", "ทองคำ", "เจริญสุข", "บุญประเสริฐ", "แก้วมณี", "สุขเจริญ", "พงษ์พานิช",
    "รัตนวงศ์", "ชัยมงคล", "อินทร์แก้ว", "ธนสาร", "มหาสุข", "ปัญญาดี", "ศักดิ์สิทธิ์", "กิตติวงศ์", "โพธิ์ทอง",
    "สมบูรณ์ชัย", "เพชรรัตน์", "นาคสุวรรณ",
]
# The same people written in Thai and in the romanisation they use on passports and e-mail.
TH_PAIRS = [
    ("ณัฐวดี ศรีสวัสดิ์", "Nattawadee Srisawat"), ("ธนกฤต วงศ์ไพบูลย์", "Thanakrit Wongpaiboon"),
    ("สุพัตรา ทองคำ", "Supattra Thongkham"), ("กฤษณะ เจริญสุข", "Kritsana Charoensuk"),
    ("ชุติมา บุญประเสริฐ", "Chutima Boonprasert"), ("พีรพัฒน์ แก้วมณี", "Pheeraphat Kaewmanee"),
    ("ลลิตา สุขเจริญ", "Lalita Sukcharoen"), ("ฐิติพงศ์ รัตนวงศ์", "Thitipong Rattanawong"),
    ("จันจิรา ชัยมงคล", "Janjira Chaimongkol"), ("อนันต์ ปัญญาดี", "Anan Panyadee"),
    ("ศศิธร กิตติวงศ์", "Sasithorn Kittiwong"), ("วัชระ อินทร์แก้ว", "Wachara Intarakaew"),
    ("มยุรี โพธิ์ทอง", "Mayuree Phothong"), ("ชาญวิทย์ สมบูรณ์ชัย", "Chanwit Somboonchai"),
]
TH_ROMAN = [p[1] for p in TH_PAIRS]
TH_NICK = ["แนน", "ต้น", "เมย์", "บอส", "ฝน", "กอล์ฟ", "แพร", "เจมส์", "ปุ้ย", "โอ๊ต", "มิ้นท์", "เบียร์"]
TH_NICK_F = ["แนน", "เมย์", "ฝน", "แพร", "ปุ้ย", "มิ้นท์"]
ROMAN_NICK = ["Nan", "Ton", "May", "Boss", "Fon", "Golf", "Prae", "Pui", "Oat", "Mint", "Beer", "Ploy"]
JP_M = ["Tanaka Hiroshi", "Suzuki Kenji", "Watanabe Sho", "Yamamoto Daisuke", "Kobayashi Takumi", "Matsumoto Ryo"]
JP_F_GIVEN = ["Yumi", "Aiko", "Megumi", "Naoko", "Emi"]
JP = [
    "Tanaka Hiroshi", "Sato Yuki", "Suzuki Kenji", "Takahashi Mai", "Watanabe Sho", "Ito Ayaka",
    "Yamamoto Daisuke", "Nakamura Rina", "Kobayashi Takumi", "Kato Haruka", "Matsumoto Ryo", "Inoue Saki",
]
JP_TH = ["ทานากะ ฮิโรชิ", "ซาโตะ ยูกิ", "ซูซูกิ เคนจิ", "ทาคาฮาชิ ไม", "ยามาโมโตะ ไดสุเกะ", "นากามูระ รินะ",
         "คาโต้ ฮารุกะ", "อิโต้ อายากะ"]
CN = ["Zhang Wei", "Liu Yang", "Chen Jing", "Wang Lei", "Huang Xinyi", "Zhao Ming", "Lin Zihan", "Xu Haoran"]
CN_M = ["Zhang Wei", "Wang Lei", "Zhao Ming", "Xu Haoran"]
CN_F = ["Chen Jing", "Huang Xinyi", "Liu Yang", "Li Na"]
CN_TH_F = ["เฉิน จิง", "หวง ซินอี๋", "หลี่ น่า", "โจว ถิง"]
CN_TH = ["จาง เหว่ย", "หลิว หยาง", "เฉิน จิง", "หวัง เหล่ย", "หวง ซินอี๋", "หลิน จื่อหาน"]
KR = ["Kim Min-jun", "Park Ji-woo", "Lee Seo-yeon", "Choi Hyun-woo", "Jung Da-eun", "Kang Tae-hyun"]
KR_M = ["Kim Min-jun", "Choi Hyun-woo", "Kang Tae-hyun"]
KR_TH = ["คิม มินจุน", "พัค จีอู", "อี ซอยอน", "ชเว ฮยอนอู", "จอง ดาอึน"]
MM = ["Aung Ko Ko", "Thandar Hlaing", "Zaw Min Htut", "Nilar Win", "Kyaw Zin Oo", "Htet Htet Aung", "Myo Thant",
      "Su Mon Kyaw"]
MM_M = ["Aung Ko Ko", "Zaw Min Htut", "Kyaw Zin Oo", "Myo Thant"]
MM_TH = ["อ่อง โก โก", "ตันดา หล่าย", "ซอ มิน ทุต", "นิลา วิน", "จ่อ ซิน อู", "เท็ด เท็ด อ่อง", "มโย ตั่น"]
LAO = ["Khamphone Sisavath", "Vilayvanh Phommasack", "Somphone Keovongsa", "Bounthavy Xayavong"]
LAO_TH = ["คำผอน สีสะหวาด", "วิไลวัน พมมะสัก", "สมพอน แก้ววงสา", "บุนทะวี ไซยะวง"]
KH = ["Sok Dara", "Chan Sreypov", "Heng Vuthy", "Meas Sokunthea", "Kim Sopheak"]
KH_TH = ["ซก ดารา", "จัน สไรปอฟ", "เฮง วุทธี", "เมียส โสกุนเทีย"]
IN = ["Rajesh Kumar Iyer", "Priya Nair", "Arjun Mehta", "Sunita Reddy", "Vikram Singh Rathore", "Ananya Krishnan"]
IN_M = ["Rajesh Kumar Iyer", "Arjun Mehta", "Vikram Singh Rathore"]
IN_KIDS = ["Aarav Mehta", "Vihaan Iyer", "Ishaan Nair", "Kabir Reddy"]
IN_TH = ["ราเจช กุมาร์", "ปริยา แนร์", "อรชุน เมห์ตา", "สุนิตา เรดดี้"]
# Westerners, with the passport scheme used for them when one is needed.
WEST = [
    ("Oliver Grant", "AU"), ("Chloe Whitaker", "AU"), ("Emily Carter", "US"), ("Ryan Mitchell", "US"),
    ("Marco Bianchi", "IT"), ("Giulia Romano", "IT"), ("Daniel O'Brien", "IE"), ("Aoife Byrne", "IE"),
    ("Lukas Schneider", "AU"), ("Hannah Fischer", "US"), ("Henrik Larsen", "US"), ("Sophie Martin", "AU"),
]
WEST_M = ["Oliver Grant", "Ryan Mitchell", "Marco Bianchi", "Daniel O'Brien", "Lukas Schneider", "Henrik Larsen"]
WEST_F = ["Chloe Whitaker", "Emily Carter", "Giulia Romano", "Aoife Byrne", "Hannah Fischer", "Sophie Martin"]
WEST_KIND = dict(WEST)
WEST_TH = ["โอลิเวอร์ แกรนท์", "เอมิลี คาร์เตอร์", "มาร์โก บิอันคี", "ลูคัส ชไนเดอร์", "ฮันนาห์ ฟิชเชอร์",
           "โซฟี มาร์แต็ง"]
DOCTORS_TH = ["ปกรณ์ เลิศวิริยะ", "สุนิสา อรุณรัตน์", "ภาคิน ตั้งจิตกุล", "วิมลรัตน์ ชูศรี"]
DOCTORS_EN = ["Pakorn Lertwiriya", "Sunisa Arunrat", "Phakin Tangjitkul", "Wimonrat Chusri"]


def thn(r: random.Random, g: str | None = None) -> str:
    """A Thai full name; g="m" or "f" when the text around it is gendered (นาย, ผม, ค่ะ ...)."""
    first = {"m": TH_MALE, "f": TH_FEMALE, None: TH_FIRST}[g]
    return f"{r.choice(first)} {r.choice(TH_LAST)}"


def west(r: random.Random) -> tuple[str, str]:
    return r.choice(WEST)


def asian(r: random.Random) -> tuple[str, str]:
    """A random non-Thai Asian name with its passport scheme."""
    kind = r.choice(["JP", "CN", "KR", "MM", "LA", "KH", "IN"])
    pool = {"JP": JP, "CN": CN, "KR": KR, "MM": MM, "LA": LAO, "KH": KH, "IN": IN}[kind]
    return r.choice(pool), kind


def slug(name: str) -> str:
    """Lower-case ASCII letters of a romanised name, for e-mail and LINE handles."""
    return re.sub(r"[^a-z]", "", name.lower())


# ----------------------------------------------------------------------------------------------
# Fabricated values
# ----------------------------------------------------------------------------------------------
def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def nid(r: random.Random, first: str | None = None, style: str | None = None) -> str:
    first = first or r.choice("1111133358")
    body = first + digits(r, 11)
    num = body + pin.calc_check_digit(body)
    assert pin.is_valid(num)
    style = style or r.choice(["plain", "dash", "dash", "space"])
    if style == "plain":
        return num
    if style == "asr":  # read out in the groups a caller uses
        return " ".join([num[0], num[1:5], num[5:10], num[10:12], num[12]])
    if style == "asr3":
        return " ".join([num[0:3], num[3:6], num[6:9], num[9:12], num[12]])
    sep = "-" if style == "dash" else " "
    return sep.join([num[0], num[1:5], num[5:10], num[10:12], num[12]])


def juristic(r: random.Random, style: str | None = None) -> str:
    body = "0" + r.choice(["105", "105", "205", "215", "107", "125", "505"]) + digits(r, 8)
    num = body + moa.calc_check_digit(body)
    assert moa.is_valid(num)
    style = style or r.choice(["plain", "plain", "moa", "dash"])
    if style == "plain":
        return num
    if style == "moa":
        return moa.format(num)
    return "-".join([num[0], num[1:5], num[5:10], num[10:12], num[12]])


def epoch_ms(r: random.Random) -> str:
    """13-digit epoch milliseconds (late 2024 - 2026) that happen to pass the Thai ID checksum."""
    body = str(r.randint(173_000_000_000, 179_999_999_999))
    num = body + pin.calc_check_digit(body)
    assert pin.is_valid(num) and len(num) == 13
    return num


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card(r: random.Random, style: str | None = None, brand: str | None = None) -> str:
    prefix = {"visa": "4", "mc": r.choice(["51", "53", "55"]), "jcb": r.choice(["3528", "3556"]),
              "cup": "62", None: r.choice(["4", "4", "52", "54", "3540", "62"])}[brand]
    body = prefix + digits(r, 15 - len(prefix))
    num = next(body + c for c in "0123456789" if _luhn_ok(body + c))
    style = style or r.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    return sep.join([num[0:4], num[4:8], num[8:12], num[12:16]])


def _valid_phone(v: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, "TH"))
    except phonenumbers.NumberParseException:
        return False


def mobile(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "intl", "space", "dash"])
    for _ in range(50):
        n = "0" + r.choice(["81", "82", "86", "89", "91", "92", "95", "98", "61", "63", "64"]) + digits(r, 7)
        v = {"dash": f"{n[:3]}-{n[3:6]}-{n[6:]}", "plain": n, "intl": f"+66 {n[1:3]} {n[3:6]} {n[6:]}",
             "intl0": f"+66{n[1:]}", "space": f"{n[:3]} {n[3:6]} {n[6:]}", "asr": f"{n[:2]} {n[2:6]} {n[6:]}",
             "asr1": " ".join(n[:3]) + f" {n[3:6]} {n[6:8]} {n[8:]}"}[style]
        if _valid_phone(v):
            return v
    raise AssertionError("no valid mobile")


def landline(r: random.Random) -> str:
    for _ in range(50):
        v = r.choice([f"02-{digits(r, 3)}-{digits(r, 4)}", f"038-{digits(r, 3)}-{digits(r, 3)}",
                      f"053-{digits(r, 3)}-{digits(r, 3)}"])
        if _valid_phone(v):
            return v
    raise AssertionError("no valid landline")


def fphone(r: random.Random, country: str) -> str:
    """A mobile number of another country, written the way its owner would."""
    for _ in range(80):
        v = {
            "JP": f"+81 {r.choice(['90', '80', '70'])}-{digits(r, 4)}-{digits(r, 4)}",
            "CN": f"+86 1{r.choice('3589')}{digits(r, 1)} {digits(r, 4)} {digits(r, 4)}",
            "KR": f"+82 10-{digits(r, 4)}-{digits(r, 4)}",
            "MM": f"+95 9 {r.choice('4789')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
            "LA": f"+856 20 {r.choice('5579')}{digits(r, 3)} {digits(r, 4)}",
            "KH": f"+855 {r.choice(['12', '17', '77', '92'])} {digits(r, 3)} {digits(r, 3)}",
            "IN": f"+91 {r.choice('6789')}{digits(r, 4)} {digits(r, 5)}",
            "AU": f"+61 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
            "US": f"+1 {r.choice(['206', '312', '617', '415'])} {r.randint(2, 9)}{digits(r, 2)} {digits(r, 4)}",
            "IT": f"+39 3{r.choice('2348')}{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}",
            "IE": f"+353 8{r.choice('3579')} {digits(r, 3)} {digits(r, 4)}",
            "UK": f"+44 7{r.choice('4589')}{digits(r, 2)} {digits(r, 6)}",
            "DE": f"+49 15{r.choice('12')} {digits(r, 8)}",
        }[country]
        if _valid_phone(v):
            return v
    raise AssertionError(f"no valid phone for {country}")


def passport(r: random.Random, kind: str = "TH") -> str:
    return {
        "TH": lambda: "A" + r.choice("ABC") + digits(r, 7),
        "JP": lambda: r.choice(["TK", "TR", "TZ", "MZ"]) + digits(r, 7),
        "CN": lambda: "E" + digits(r, 8),
        "KR": lambda: "M" + digits(r, 8),
        "MM": lambda: "M" + r.choice("ABCDEFGH") + digits(r, 6),
        "LA": lambda: "P" + digits(r, 7),
        "KH": lambda: "N" + digits(r, 8),
        "IN": lambda: r.choice("KLMNPRSTUVZ") + digits(r, 7),
        "AU": lambda: "P" + r.choice("ABE") + digits(r, 7),
        "US": lambda: r.choice("AC") + digits(r, 8),
        "IT": lambda: "Y" + r.choice("ABC") + digits(r, 7),
        "IE": lambda: "P" + r.choice("ABD") + digits(r, 7),
    }[kind]()


COUNTRY_EN = {"JP": "Japanese", "CN": "Chinese", "KR": "Korean", "MM": "Myanmar", "LA": "Lao", "KH": "Cambodian",
              "IN": "Indian", "AU": "Australian", "US": "American", "IT": "Italian", "IE": "Irish"}
COUNTRY_NAME = {"AU": "Australia", "US": "the United States", "IT": "Italy", "IE": "Ireland"}
COUNTRY_TH = {"JP": "ญี่ปุ่น", "CN": "จีน", "KR": "เกาหลีใต้", "MM": "เมียนมา", "LA": "ลาว", "KH": "กัมพูชา",
              "IN": "อินเดีย", "AU": "ออสเตรเลีย", "US": "อเมริกัน", "IT": "อิตาลี", "IE": "ไอร์แลนด์"}
ISO3 = {"JP": "JPN", "CN": "CHN", "KR": "KOR", "MM": "MMR", "LA": "LAO", "KH": "KHM", "IN": "IND", "AU": "AUS",
        "US": "USA", "IT": "ITA", "IE": "IRL", "TH": "THA"}

FREE_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com"]
MAIL_BY_KIND = {"JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"], "CN": ["qq.com", "163.com", "gmail.com"],
                "KR": ["naver.com", "gmail.com", "daum.net"], "IN": ["gmail.com", "rediffmail.com"],
                "MM": ["gmail.com"], "LA": ["gmail.com", "yahoo.com"], "KH": ["gmail.com"],
                "TH": ["gmail.com", "hotmail.com", "outlook.co.th", "hotmail.co.th"]}


def email(r: random.Random, name: str, domain: str | None = None, kind: str = "") -> str:
    parts = [slug(p) for p in name.split() if slug(p)]
    first, last = parts[0], parts[-1]
    local = r.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[:2]}{r.randint(1, 99)}",
                      f"{last}.{first}", f"{first}_{r.randint(80, 99)}"])
    if kind == "CN" and domain is None and r.random() < 0.5:
        return f"{r.randint(10_000_000, 3_999_999_999)}@qq.com"
    domain = domain or r.choice(MAIL_BY_KIND.get(kind, FREE_MAIL))
    return f"{local}@{domain}"


def line_id(r: random.Random, name: str) -> str:
    parts = [slug(p) for p in name.split() if slug(p)]
    v = r.choice([f"{parts[0]}.{parts[-1][:3]}", f"{parts[0]}_{r.randint(10, 99)}", f"{parts[-1]}{r.randint(1, 999)}",
                  f"{parts[0][:4]}-{parts[-1][:4]}"])
    return v[:20]


def ipv4(r: random.Random) -> str:
    a = r.choice(["49.228", "49.49", "171.97", "183.88", "1.46", "203.150", "124.122", "58.11", "110.164"])
    return f"{a}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    return f"2001:fb1:{r.randint(1, 0xfff):x}:{r.randint(1, 0xffff):x}::{r.randint(1, 0xffff):x}"


def bank_acct(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["dash", "plain", "dash", "twelve"])
    n = digits(r, 10)
    if style == "plain":
        return n
    if style == "twelve":
        m = digits(r, 12)
        return f"{m[:4]} {m[4:8]} {m[8:]}"
    if style == "asr":
        return f"{n[:3]} {n[3]} {n[4:9]} {n[9]}"
    return f"{n[:3]}-{n[3]}-{n[4:9]}-{n[9]}"


BANKS = ["กสิกรไทย", "ไทยพาณิชย์", "กรุงเทพ", "กรุงไทย", "กรุงศรีอยุธยา", "ทหารไทยธนชาต", "ยูโอบี", "ซีไอเอ็มบี ไทย"]
BANKS_EN = ["KBank", "SCB", "Bangkok Bank", "Krungthai", "Krungsri", "ttb", "UOB Thailand", "Mizuho Bangkok"]

PLATE_LETTERS = ["กข", "ฌฐ", "1กท", "2ขค", "ภธ", "9กฎ", "3ฒษ", "งพ", "7กม", "ชล", "4กด", "ฮย", "8ขบ", "2ฒจ"]
PROVINCES = ["กรุงเทพมหานคร", "ชลบุรี", "ระยอง", "ภูเก็ต", "เชียงใหม่", "สมุทรปราการ", "นนทบุรี", "ตาก",
             "สมุทรสาคร", "ปทุมธานี"]


def plate(r: random.Random, province: str | None = None) -> str:
    sep = r.choice([" ", " ", "-", ""])
    return f"{r.choice(PLATE_LETTERS)}{sep}{r.randint(1, 9999)} {province or r.choice(PROVINCES)}"


AREAS_TH = [
    "แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110", "แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110",
    "ต.ศรีราชา อ.ศรีราชา จ.ชลบุรี 20110", "ต.บ้านเก่า อ.พานทอง จ.ชลบุรี 20160", "ต.แม่สอด อ.แม่สอด จ.ตาก 63110",
    "ต.ช้างเผือก อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50300", "ต.ป่าตอง อ.กะทู้ จ.ภูเก็ต 83150",
    "ต.มาบยางพร อ.ปลวกแดง จ.ระยอง 21140", "แขวงสีลม เขตบางรัก กรุงเทพฯ 10500", "ต.หนองปรือ อ.บางละมุง จ.ชลบุรี 20150",
    "ต.มหาชัย อ.เมืองสมุทรสาคร จ.สมุทรสาคร 74000", "ตำบลบางเสาธง อำเภอบางเสาธง สมุทรปราการ 10570",
    "แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ 10110", "ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี 12120",
]
STREETS_TH_BKK = ["ซอยสุขุมวิท 39", "ซ.ทองหล่อ 13", "ถนนสุขุมวิท", "ซอยพร้อมพงษ์", "ถ.สุรศักดิ์", "ซ.ศาลาแดง 1",
                  "ซอยเอกมัย 10", "ซอยนานาเหนือ"]
STREETS_TH_PROV = ["หมู่ 5 ถ.สุขุมวิท", "หมู่ 3", "ถ.บายพาส", "ซอย 7", "หมู่ 2", "ถ.เทศบาล 1"]
AREAS_EN = [
    "Khlong Tan Nuea, Watthana, Bangkok 10110", "Si Racha, Si Racha District, Chon Buri 20110",
    "Nong Prue, Bang Lamung, Chon Buri 20150", "Patong, Kathu, Phuket 83150",
    "Chang Phueak, Mueang Chiang Mai, Chiang Mai 50300", "Silom, Bang Rak, Bangkok 10500",
    "Khlong Toei Nuea, Watthana, Bangkok 10110", "Rawai, Mueang Phuket, Phuket 83130",
    "Map Yang Phon, Pluak Daeng, Rayong 21140", "Lumphini, Pathum Wan, Bangkok 10330",
]
STREETS_EN_BKK = ["Sukhumvit Soi 39", "Thong Lo Soi 13", "Sukhumvit Road", "Soi Sala Daeng 1", "Sukhumvit Soi 26",
                  "Ekkamai Soi 10", "Soi Nana Nuea"]
STREETS_EN_PROV = ["Moo 5, Sukhumvit Road", "Moo 7", "Bypass Road", "Soi 3", "Moo 2"]


def house(r: random.Random) -> str:
    return r.choice([f"{r.randint(1, 999)}/{r.randint(1, 300)}", str(r.randint(3, 899)),
                     f"{r.randint(10, 99)}/{r.randint(100, 2999)}"])


def addr(r: random.Random, en: bool = False) -> str:
    if en:
        area = r.choice(AREAS_EN)
        streets = STREETS_EN_BKK if "Bangkok" in area else STREETS_EN_PROV
        return f"{house(r)} {r.choice(streets)}, {area}"
    area = r.choice(AREAS_TH)
    streets = STREETS_TH_BKK if "กรุงเทพ" in area else STREETS_TH_PROV
    return f"{house(r)} {r.choice(streets)} {area}"


TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]


def dob(r: random.Random, style: str | None = None, lo: int = 1960, hi: int = 2003) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    style = style or r.choice(["dmy", "iso", "en", "th", "thshort", "enlong", "mrz", "jp"])
    return {
        "dmy": f"{d:02d}/{m:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}", "en": f"{d:02d} {EN_MON[m - 1]} {y}",
        "th": f"{d} {TH_MONTHS[m - 1]} {y + 543}", "thshort": f"{d} {TH_MON[m - 1]} {y + 543}",
        "enlong": f"{EN_MONTH[m - 1]} {d}, {y}", "mrz": f"{y % 100:02d}{m:02d}{d:02d}", "jp": f"{y}年{m}月{d}日",
        "dmybe": f"{d:02d}/{m:02d}/{y + 543}",
    }[style]


def student_id(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["s", "plain", "dash"])
    y = r.choice(["2019", "2021", "2022", "2023", "2024"])
    return {"s": f"S{y}{digits(r, 4)}", "plain": f"{y[2:]}{digits(r, 6)}", "dash": f"{y}-{digits(r, 4)}"}[style]


def hn(r: random.Random, style: str | None = None) -> str:
    style = style or r.choice(["yy", "plain", "slash"])
    return {"yy": f"{r.randint(60, 68)}-{digits(r, 6)}", "plain": f"{r.randint(1, 9)}{digits(r, 7)}",
            "slash": f"{r.randint(2560, 2568)}/{digits(r, 5)}"}[style]


def amount(r: random.Random, lo: int = 500, hi: int = 250000) -> str:
    return f"{r.randint(lo, hi):,}"


def container_no(r: random.Random) -> str:
    """ISO 6346 container number with a valid check digit."""
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    owner = r.choice(["MSC", "MAE", "ONE", "OOL", "TGH", "CMA", "HLX", "EGH", "KKF", "SIT"]) + "U"
    serial = digits(r, 6)
    total = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(owner + serial))
    return f"{owner}{serial}{total % 11 % 10}"


def awb(r: random.Random) -> str:
    serial = digits(r, 7)
    return f"{r.choice(['217', '131', '205', '180', '618', '297'])}-{serial}{int(serial) % 7}"


def pnr(r: random.Random) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


FLIGHTS = ["TG 676", "JL 034", "NH 847", "CZ 3082", "KE 651", "FD 3254", "UL 403", "EK 372", "MU 548", "8M 336",
           "QF 23", "VN 611", "AI 333", "LH 772"]


# ----------------------------------------------------------------------------------------------
# Value checks used by tests/test_freshsets.py on every labelled span
# ----------------------------------------------------------------------------------------------
def _check_value(entity_type: str, span: str) -> bool:
    """True when a labelled span is a well-formed fabricated value of its type."""
    num = re.sub(r"\D", "", span)
    if not span or span != span.strip():
        return False
    if entity_type == "TH_NATIONAL_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and pin.is_valid(num)
    if entity_type == "TH_JURISTIC_ID":
        return bool(re.fullmatch(r"[\d -]+", span)) and moa.is_valid(num)
    if entity_type == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d -]+", span)) and 13 <= len(num) <= 19 and _luhn_ok(num)
    if entity_type == "PHONE_NUMBER":
        return _valid_phone(span)
    if entity_type == "EMAIL_ADDRESS":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", span))
    if entity_type == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            return False
        return True
    if entity_type == "TH_PASSPORT":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d{6,8}", span))
    if entity_type == "TH_BANK_ACCOUNT":
        return bool(re.fullmatch(r"[\d -]+", span)) and len(num) in (10, 12)
    if entity_type == "TH_VEHICLE_PLATE":
        return bool(re.fullmatch(r"\d?[ก-ฮ]{1,2}[ -]?\d{1,4} [ก-๙]+", span))
    if entity_type == "ADDRESS":
        return bool(re.match(r"\d", span)) and len(span) >= 12
    if entity_type == "DATE_OF_BIRTH":
        return bool(re.search(r"\d", span)) and len(span) <= 30
    if entity_type == "STUDENT_ID":
        return bool(re.fullmatch(r"[A-Z]?\d[\d-]{3,12}", span))
    if entity_type == "MEDICAL_RECORD_NUMBER":
        return bool(re.fullmatch(r"\d[\d/-]{4,11}", span)) and len(num) >= 5
    if entity_type == "LINE_ID":
        return bool(re.fullmatch(r"[a-z0-9._-]{3,20}", span))
    if entity_type == "PERSON":
        return not re.search(r"\d|^(นาย|นาง|น\.ส\.|คุณ|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Khun) ", span)
    return entity_type in ENTITY_TYPES


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------
Part = str | tuple[str, str] | list


@dataclass(frozen=True)
class Template:
    name: str
    domain: str
    negative: bool
    s26_hard_negative: str | None
    fn: Callable[[random.Random], list]


TEMPLATES: list[Template] = []


def T(domain: str, neg: bool = False, hard: str | None = None) -> Callable:
    def deco(fn: Callable[[random.Random], list]) -> Callable[[random.Random], list]:
        TEMPLATES.append(Template(fn.__name__, domain, neg or hard is not None, hard, fn))
        return fn
    return deco


def _flatten(parts: list) -> list:
    out: list = []
    for p in parts:
        if isinstance(p, list):
            out.extend(_flatten(p))
        else:
            out.append(p)
    return out


def assemble(parts: list) -> tuple[str, list[dict]]:
    text = ""
    ents: list[dict] = []
    for p in _flatten(parts):
        if isinstance(p, str):
            text += p
            continue
        etype, value = p
        if etype not in ENTITY_TYPES or not value or value != value.strip():
            raise ValueError(f"bad part {p!r}")
        ents.append({"entity_type": etype, "start": len(text), "end": len(text) + len(value)})
        text += value
    return text, ents


# Tags: one short function per entity type, so templates read like the text they produce.
def P(v: str) -> tuple[str, str]:
    return ("PERSON", v)


def PH(v: str) -> tuple[str, str]:
    return ("PHONE_NUMBER", v)


def EM(v: str) -> tuple[str, str]:
    return ("EMAIL_ADDRESS", v)


def CC(v: str) -> tuple[str, str]:
    return ("CREDIT_CARD", v)


def IP(v: str) -> tuple[str, str]:
    return ("IP_ADDRESS", v)


def NID(v: str) -> tuple[str, str]:
    return ("TH_NATIONAL_ID", v)


def PP(v: str) -> tuple[str, str]:
    return ("TH_PASSPORT", v)


def BA(v: str) -> tuple[str, str]:
    return ("TH_BANK_ACCOUNT", v)


def PL(v: str) -> tuple[str, str]:
    return ("TH_VEHICLE_PLATE", v)


def AD(v: str) -> tuple[str, str]:
    return ("ADDRESS", v)


def DOB(v: str) -> tuple[str, str]:
    return ("DATE_OF_BIRTH", v)


def SID(v: str) -> tuple[str, str]:
    return ("STUDENT_ID", v)


def HN(v: str) -> tuple[str, str]:
    return ("MEDICAL_RECORD_NUMBER", v)


def LN(v: str) -> tuple[str, str]:
    return ("LINE_ID", v)


def JUR(v: str) -> tuple[str, str]:
    return ("TH_JURISTIC_ID", v)


def HEA(v: str) -> tuple[str, str]:
    return ("HEALTH_DATA", v)


def REL(v: str) -> tuple[str, str]:
    return ("RELIGION", v)


def ETH(v: str) -> tuple[str, str]:
    return ("ETHNICITY", v)


def POL(v: str) -> tuple[str, str]:
    return ("POLITICAL_OPINION", v)


def CRI(v: str) -> tuple[str, str]:
    return ("CRIMINAL_RECORD", v)


def SEX(v: str) -> tuple[str, str]:
    return ("SEXUAL_BEHAVIOUR", v)


def DIS(v: str) -> tuple[str, str]:
    return ("DISABILITY", v)


def UNI(v: str) -> tuple[str, str]:
    return ("TRADE_UNION", v)


def GEN(v: str) -> tuple[str, str]:
    return ("GENETIC_DATA", v)


def BIO(v: str) -> tuple[str, str]:
    return ("BIOMETRIC_DATA", v)


def two_thn(r: random.Random, g: str | None = None) -> tuple[str, str]:
    """Two different Thai full names."""
    a = thn(r, g)
    b = thn(r, g)
    while b.split()[0] == a.split()[0]:
        b = thn(r, g)
    return a, b


def given(name: str) -> str:
    """First written token of a name (the given name of a Thai or Western name)."""
    return name.split()[0]


def family(name: str) -> str:
    """Last token of a name (the family name of a Western name)."""
    return name.split()[-1]


def jp_family(name: str) -> str:
    """Japanese names above are written family name first."""
    return name.split()[0]


# ----------------------------------------------------------------------------------------------
# Shared vocabulary (s.26 phrases stated of a person; the labelled span is the phrase itself)
# ----------------------------------------------------------------------------------------------
HEALTH_TH = ["เบาหวานชนิดที่ 2", "ความดันโลหิตสูง", "โรคซึมเศร้า", "ไวรัสตับอักเสบบีเรื้อรัง", "มะเร็งลำไส้ใหญ่ระยะที่ 2",
             "ไข้เลือดออก", "หมอนรองกระดูกทับเส้นประสาท", "ไมเกรนเรื้อรัง", "โรคหอบหืด", "ภาวะหัวใจห้องบนสั่นพลิ้ว"]
HEALTH_EN = ["type 2 diabetes", "stage II colon cancer", "major depressive disorder", "chronic hepatitis B",
             "atrial fibrillation", "dengue fever", "a herniated lumbar disc", "generalised anxiety disorder",
             "asthma", "hypertension"]
JP_COS = ["Toyo Seiki (Thailand) Co., Ltd.", "Hanshin Precision (Thailand) Co., Ltd.", "Daiwa Auto Parts (Thailand)",
          "Kanto Denki Thailand", "Mizuho Kogyo Asia"]
CN_COS = ["Zhongxin Solar (Thailand)", "Huayang Tyre Thailand", "Sinotrans Rayong", "Jinlong EV Parts (Thailand)"]
KR_COS = ["Hanbit Electronics Thailand", "Daesung Steel (Thailand)", "Seoul Cosmetics Thai"]
EU_COS = ["Nordhavn Pumps Asia", "Brenner Maschinenbau (Thailand)", "Lumière Logistics Siam", "Van Dijk Foods Thailand"]
UNIONS = ["สหภาพแรงงานชิ้นส่วนยานยนต์อมตะ", "สหภาพแรงงานไทยโทโยเซกิ", "สหภาพแรงงานอิเล็กทรอนิกส์ภาคตะวันออก",
          "สหภาพแรงงานฮันบิทประเทศไทย", "สหภาพแรงงานขนส่งสินค้าแหลมฉบัง"]
UNIONS_EN = ["the Amata Auto Parts Workers' Union", "the Eastern Electronics Labour Union",
             "the Laem Chabang Freight Workers' Union", "the Hanbit Thailand Employees' Union"]


# ----------------------------------------------------------------------------------------------
# A. Thai subsidiaries of foreign firms: HR and expat desks
# ----------------------------------------------------------------------------------------------
@T("expat_hr")
def hr_jp_workpermit_email(r: random.Random) -> list:
    jp, hr = r.choice(JP_M), thn(r, "f")
    return [
        "Subject: ขอต่อ Non-B / Work Permit – ", P(jp), "\n\nเรียน ทีมวีซ่า\n\nฝ่าย HR ", r.choice(JP_COS),
        " ขอส่งข้อมูลพนักงานญี่ปุ่นเพื่อยื่นต่อวีซ่าค่ะ\n- ชื่อ: Mr. ", P(jp), "\n- Passport No.: ",
        PP(passport(r, "JP")), "\n- วันเกิด: ", DOB(dob(r, r.choice(["dmy", "en"]))), "\n- ที่พักปัจจุบัน: ",
        AD(addr(r, en=r.random() < 0.5)), "\n- มือถือ: ", PH(mobile(r)), "\n- email ส่วนตัว: ",
        EM(email(r, jp, kind="JP")), "\n\nวีซ่าหมดอายุสิ้นเดือนหน้า รบกวนนัดวันยื่นที่ One Stop Service ด้วยนะคะ\n",
        "ขอบคุณค่ะ\n", P(hr), " | HR & GA Section",
    ]


@T("expat_hr")
def hr_jp_sick_leave_json(r: random.Random) -> list:
    jp = r.choice(JP)
    return [
        'Summarise this leave request for the Japanese MD in 3 bullet points (EN + 日本語):\n{"employee": "', P(jp),
        '", "dept": "Production Engineering", "leave_type": "sick", "days": ', str(r.randint(3, 12)),
        ', "hospital": "Samitivej Sriracha", "hn": "', HN(hn(r)), '", "diagnosis": "', HEA(r.choice(HEALTH_EN)),
        '", "contact_during_leave": "', PH(fphone(r, "JP") if r.random() < 0.5 else mobile(r)),
        '", "approved_by": "GA"}',
    ]


@T("expat_hr")
def hr_kr_union_meeting_minutes(r: random.Random) -> list:
    a, b = thn(r, "m"), thn(r, "f")
    kr = r.choice(KR_M)
    union = "สหภาพแรงงานฮันบิทประเทศไทย"
    return [
        "บันทึกการประชุมเจรจาข้อเรียกร้องประจำปี Hanbit Electronics Thailand\nผู้เข้าร่วมฝ่ายบริษัท: Mr. ", P(kr),
        " (Plant Director), ฝ่าย HR\nผู้แทนลูกจ้าง: นาย", P(a), " ซึ่ง", UNI(f"เป็นประธาน{union}"), " และนางสาว", P(b),
        " ", UNI("กรรมการสหภาพฯ"),
        "\nประเด็น: โบนัส 4.5 เดือน, ค่ากะดึก, รถรับส่ง\nมติ: นัดประชุมครั้งถัดไปสัปดาห์หน้า\n",
        "ช่วยสรุปเป็นภาษาอังกฤษให้ HQ ที่โซล อ่านเข้าใจง่าย ไม่เกิน 150 คำ",
    ]


@T("expat_hr")
def hr_cn_onboarding_csv(r: random.Random) -> list:
    c1, c2, t1 = r.choice(CN), r.choice(CN), thn(r)
    return [
        "Clean this onboarding sheet for ", r.choice(CN_COS), ", fix date formats to ISO, output CSV only:\n",
        "name,nationality,passport_or_id,dob,payroll_account\n",
        P(c1), ",CN,", PP(passport(r, "CN")), ",", DOB(dob(r, "dmy")), ",", BA(bank_acct(r, "dash")), "\n",
        P(c2), ",CN,", PP(passport(r, "CN")), ",", DOB(dob(r, "en")), ",", BA(bank_acct(r, "plain")), "\n",
        P(t1), ",TH,", NID(nid(r, style="plain")), ",", DOB(dob(r, "thshort")), ",", BA(bank_acct(r, "dash")), "\n",
    ]


@T("expat_hr")
def hr_eu_relocation_checklist(r: random.Random) -> list:
    w, k = r.choice(WEST)
    sp = r.choice(WEST_F if w in WEST_M else WEST_M)
    kid = r.choice(["Noah", "Mia", "Leo", "Ella", "Finn"]) + " " + family(w)
    return [
        "Relocation checklist – ", r.choice(EU_COS), "\nAssignee: ", P(w), " (", COUNTRY_EN[k], ")\nSpouse: ", P(sp),
        "\nChild: ", P(kid), ", DOB ", DOB(dob(r, "iso", 2014, 2020)), "\nHome lease signed: ",
        AD(addr(r, en=True)), "\nThai mobile issued: ", PH(mobile(r, "intl")), "\nPersonal email: ",
        EM(email(r, w)), "\nOpen items: bank account at Bangkok Bank, school seat, TM30 by landlord.\n",
        "ช่วยร่างอีเมลต้อนรับครอบครัวนี้เป็นภาษาอังกฤษ แจ้งรายการที่ยังค้างอยู่ด้วย",
    ]


@T("expat_hr")
def hr_dependent_visa_letter(r: random.Random) -> list:
    jp = r.choice(JP_M)
    sp = f"{jp_family(jp)} {r.choice(JP_F_GIVEN)}"
    return [
        "ช่วยตรวจคำผิดหนังสือรับรองนี้ก่อนส่ง ตม. ครับ\n\nหนังสือรับรองการจ้างงาน\n",
        "บริษัท ", r.choice(JP_COS), " เลขทะเบียนนิติบุคคล ", JUR(juristic(r)), " ขอรับรองว่า Mr. ", P(jp),
        " หนังสือเดินทางเลขที่ ", PP(passport(r, "JP")), " เป็นพนักงานตำแหน่ง General Manager เงินเดือน ",
        amount(r, 150000, 400000), " บาท และขอรับรองให้ Mrs. ", P(sp), " หนังสือเดินทางเลขที่ ",
        PP(passport(r, "JP")), " ซึ่งเป็นภรรยา ขอรับการตรวจลงตราประเภทผู้ติดตาม (Non-O)\n",
    ]


@T("expat_hr")
def hr_background_check_result(r: random.Random) -> list:
    t = thn(r)
    crime = r.choice(["เคยต้องคำพิพากษาคดีลักทรัพย์ในที่ทำงาน ปี 2562", "มีประวัติถูกจำคุกคดียาเสพติด 2 ปี",
                      "เคยถูกศาลพิพากษาจำคุกรอลงอาญาคดียักยอกทรัพย์"])
    return [
        "[Background check – candidate for Warehouse Supervisor, ", r.choice(EU_COS), "]\nชื่อ: ", P(t),
        "\nเลขบัตรประชาชน: ", NID(nid(r)), "\nผลตรวจประวัติอาชญากรรม (กองทะเบียนประวัติอาชญากร): ", CRI(crime),
        "\n\nPlease write a neutral note in English for the hiring manager in Rotterdam on how to proceed under",
        " Thai law.",
    ]


@T("expat_hr")
def hr_prayer_room_request(r: random.Random) -> list:
    name = r.choice([*IN, thn(r)])
    rel = r.choice(["I am Muslim", "As a practising Muslim", "I'm a Muslim", "As a Muslim employee"])
    return [
        "Hi HR team,\nThis is ", P(name), " from Finance (ext. 2214). ", REL(rel),
        ", I'd like to ask if I can use meeting room 3B for Friday prayers from 12:10 to 12:40 and adjust my lunch",
        " break during Ramadan. Happy to make up the time.\nThanks!\n---\n",
        "Rewrite HR's reply in polite English and Thai; approve it.",
    ]


@T("expat_hr")
def hr_disability_quota_list(r: random.Random) -> list:
    a, b = two_thn(r)
    d1 = r.choice(["พิการทางการได้ยิน", "พิการทางการเคลื่อนไหว (ใช้วีลแชร์)", "พิการทางการมองเห็น"])
    d2 = r.choice(["พิการขาขวา", "บกพร่องทางการได้ยินระดับรุนแรง", "ตาบอดสนิทข้างซ้าย"])
    return [
        "รายชื่อพนักงานคนพิการตาม ม.33 ปี 2568 (", r.choice(JP_COS), ")\n1. ", P(a), " เลขบัตร ", NID(nid(r)),
        " ประเภท: ", DIS(d1), "\n2. ", P(b), " เลขบัตร ", NID(nid(r)), " ประเภท: ", DIS(d2),
        "\nทำตารางสรุปให้ฝ่ายบัญชีส่งกรมการจัดหางาน",
    ]


@T("expat_hr")
def hr_payroll_tax_json(r: random.Random) -> list:
    t, tr = r.choice(TH_PAIRS)
    return [
        "Validate this payroll record, flag anything odd:\n",
        '{"emp_no": "E-0', str(r.randint(1000, 9999)), '", "name_th": "', P(t), '", "name_en": "', P(tr),
        '", "tax_id": "', NID(nid(r, style="plain")), '", "bank": "', r.choice(BANKS_EN), '", "account": "',
        BA(bank_acct(r)), '", "email": "', EM(email(r, tr, kind="TH")), '", "gross": ', str(r.randint(25, 95) * 1000),
        ', "sso": 750, "pvd_rate": 0.05}',
    ]


@T("expat_hr")
def hr_spouse_visa_samesex(r: random.Random) -> list:
    w, h = r.sample(WEST_M, 2)
    return [
        "Expat desk ticket #", str(r.randint(40000, 49999)), "\nEmployee ", P(w),
        " asks us to sponsor a dependant visa for ", SEX("his husband"), ", ", P(h),
        ", now that the marriage is registered at the district office. Please draft the HR reply in English",
        " explaining the Non-O documents needed (translated marriage certificate, passport copies).",
    ]


@T("expat_hr")
def hr_annual_checkup_results(r: random.Random) -> list:
    t = thn(r)
    gen = r.choice(["พาหะธาลัสซีเมีย (HbE trait)", "พาหะธาลัสซีเมียชนิดแอลฟา-1", "ผลตรวจยีน G6PD พร่อง"])
    return [
        "ผลตรวจสุขภาพประจำปี พนักงาน ", r.choice(KR_COS + JP_COS), "\nชื่อ: ", P(t), " HN ", HN(hn(r)), " เกิด ",
        DOB(dob(r, "th")), "\nสรุป: ", HEA(r.choice(HEALTH_TH)), ", ไขมันในเลือดสูง, ", GEN(gen),
        "\nช่วยเขียนคำแนะนำสุขภาพสั้นๆ เป็นภาษาไทย ส่งให้พนักงานทางอีเมล",
    ]


@T("expat_hr")
def hr_school_enrolment_request(r: random.Random) -> list:
    kr = r.choice(KR)
    child = kr.split()[0] + " " + r.choice(["Seo-ah", "Ji-ho", "Ha-eun", "Do-yun"])
    return [
        "To: admissions@ (international school)\nCc: expat desk\n\nDear Admissions,\nOn behalf of ",
        r.choice(KR_COS), ", we are arranging a Year 4 place for ", P(child), " (DOB ",
        DOB(dob(r, "en", 2015, 2017)), ", passport ", PP(passport(r, "KR")), "), child of our assignee Mr. ",
        P(kr), ". The family arrives on ", r.choice(FLIGHTS[4:5]), " next month. Please advise on the assessment",
        " date.\n\nRegards,\n", P(r.choice(TH_ROMAN)), "\nExpat Services",
    ]


@T("expat_hr")
def hr_company_car_registry(r: random.Random) -> list:
    cn, t = r.choice(CN), thn(r)
    return [
        "ทะเบียนรถประจำตำแหน่ง ", r.choice(CN_COS), "\n| ผู้ใช้รถ | ทะเบียน | คนขับ | เบอร์คนขับ |\n| ", P(cn), " | ",
        PL(plate(r)), " | ", P(t), " | ", PH(mobile(r)), " |\nช่วยแปลงเป็น JSON array keys: user, plate, driver, phone",
    ]


@T("expat_hr")
def hr_union_dues_deduction(r: random.Random) -> list:
    a, b = two_thn(r)
    union = r.choice(UNIONS)
    return [
        "เขียน SQL อัปเดตตาราง payroll_deductions ตามรายการนี้ (หักค่าบำรุง", union, " เดือนละ 100 บาท)\n",
        P(a), " acct ", BA(bank_acct(r, "plain")), " — ", UNI("สมาชิกสหภาพฯ"), "\n", P(b), " acct ",
        BA(bank_acct(r, "plain")), " — ", UNI("สมาชิกสหภาพฯ ตั้งแต่ ม.ค."), "\n",
    ]


@T("expat_hr")
def hr_social_media_complaint(r: random.Random) -> list:
    t = thn(r)
    pol = r.choice(["โพสต์สนับสนุนพรรคฝ่ายค้านในกลุ่มไลน์บริษัท", "ชวนเพื่อนร่วมงานไปร่วมชุมนุมเรียกร้องประชาธิปไตย",
                    "แชร์ข้อความต่อต้านรัฐบาลในกลุ่ม LINE แผนก"])
    return [
        "ผู้จัดการชาวเยอรมันส่งเรื่องมา: พนักงานชื่อ ", P(t), " ", POL(pol),
        " มีคนร้องเรียนว่าไม่เหมาะสม\nช่วยร่างคำตอบเป็นภาษาอังกฤษว่าบริษัทควรทำอย่างไรโดยไม่ละเมิดสิทธิพนักงาน",
    ]


# ----------------------------------------------------------------------------------------------
# B. BPO call centres in Bangkok serving foreign customers
# ----------------------------------------------------------------------------------------------
AIRLINES = ["SkyLanna Airways", "Andaman Air", "Pacific Orchid Airlines"]


@T("bpo")
def bpo_asr_airline_refund(r: random.Random) -> list:
    agent, (w, k) = r.choice(ROMAN_NICK), r.choice(WEST)
    return [
        "Transcript (ASR, unpunctuated). Summarise the customer's request and next action.\n",
        "agent: thank you for calling ", r.choice(AIRLINES).lower(), " this is ", P(agent),
        " speaking how may i help you\ncustomer: hi yes my name is ", P(w.lower()),
        " my flight last night got cancelled and i'd like a full refund not a voucher\nagent: i'm sorry to hear that",
        " may i have the booking reference\ncustomer: ", " ".join(pnr(r).lower()), "\nagent: thank you and the card",
        " used for payment\ncustomer: visa ", CC(card(r, "space", "visa")), "\nagent: and the email on the booking\n",
        "customer: ", EM(email(r, w).lower()), "\nagent: and a number we can reach you\ncustomer: ",
        PH(fphone(r, k)), "\nagent: perfect i've submitted it refunds take seven to fourteen working days",
    ]


@T("bpo")
def bpo_asr_telco_roaming_th(r: random.Random) -> list:
    nick, name = r.choice(TH_NICK_F), thn(r, "m")
    return [
        "ถอดเสียงสายสนทนา (ASR) ช่วยจัดหมวดหมู่คำขอ\nspk_0: สวัสดีค่ะ ศูนย์บริการลูกค้า ดิฉัน", P(nick),
        "ค่ะ ยินดีให้บริการค่ะ\nspk_1: ครับ จะเปิดโรมมิ่งไปโตเกียวอาทิตย์หน้าครับ ไปดูงานที่บริษัทแม่\n",
        "spk_0: ขอเบอร์ที่ต้องการเปิดบริการค่ะ\nspk_1: ", PH(mobile(r, "asr")), " ครับ\n",
        "spk_0: ขอเลขบัตรประชาชนเพื่อยืนยันตัวตนค่ะ\nspk_1: ", NID(nid(r, style="asr")),
        "\nspk_0: ขอบคุณค่ะ คุณ", P(name), " นะคะ แพ็กเกจญี่ปุ่นเจ็ดวันสามร้อยเก้าสิบเก้าบาทค่ะ\nspk_1: โอเคครับ",
    ]


@T("bpo")
def bpo_travel_insurance_claim_json(r: random.Random) -> list:
    w, _ = r.choice(WEST)
    return [
        "You are a claims assistant. Draft an acknowledgement email from this ticket.\n",
        '{"ticket":"TIC-', str(r.randint(100000, 999999)), '","policyholder":"', P(w), '","dob":"',
        DOB(dob(r, "iso")), '","email":"', EM(email(r, w)), '","event":"admitted to Bangkok Hospital Phuket after',
        ' a scooter accident","diagnosis":"', HEA(r.choice(["fractured left clavicle", "concussion and a fractured wrist",
                                                          "a fractured right tibia"])),
        '","hospital_hn":"', HN(hn(r)), '","estimated_cost_thb":', str(r.randint(80, 400) * 1000), "}",
    ]


@T("bpo")
def bpo_qa_scorecard_deaf(r: random.Random) -> list:
    agent, (w, k) = r.choice(TH_ROMAN), r.choice(WEST)
    return [
        "QA scorecard – call ID 7731-", str(r.randint(1000, 9999)), "\nAgent: ", P(agent), "\nCustomer: ", P(w),
        "\nANI: ", PH(fphone(r, k)), "\nNotes: customer mentioned being ", DIS(r.choice(["deaf", "hard of hearing",
                                                                                    "profoundly deaf"])),
        " and was calling through a relay operator; agent did not offer the chat channel and talked over the",
        " relay twice. Score 62/100.\nWrite coaching feedback for the agent, 5 bullets.",
    ]


@T("bpo")
def bpo_hotel_chat_escalation(r: random.Random) -> list:
    agent, (w, k) = r.choice(ROMAN_NICK), r.choice(WEST)
    return [
        "สรุปแชทนี้ให้ night manager สั้นๆ:\n[22:14] Guest: Hi, I'm ", P(w),
        ", booked the sea-view suite for 5 nights but got a garden room.\n[22:15] ", P(agent),
        " (agent): So sorry! Could you confirm the card on the booking?\n[22:16] Guest: ", CC(card(r)),
        "\n[22:16] Guest: and please email me at ", EM(email(r, w)), " or call ", PH(fphone(r, k)),
        "\n[22:18] ", P(agent), " (agent): Upgrade approved for tonight.",
    ]


@T("bpo")
def bpo_asr_bank_fraud_en(r: random.Random) -> list:
    agent, (w, _) = r.choice(ROMAN_NICK), r.choice(WEST)
    return [
        "speaker 1: fraud team this is ", P(agent), " can i confirm i'm speaking with ", P(w.lower()),
        "\nspeaker 2: yes that's me\nspeaker 1: for security your date of birth\nspeaker 2: ", DOB(dob(r, "enlong")),
        "\nspeaker 1: thanks we saw an attempt on your card ending ", CC(card(r, "space", "mc")),
        " from ip ", IP(ipv4(r)), " in bangkok at three am was that you\nspeaker 2: no i was asleep in melbourne",
        "\n--\nExtract: verified(y/n), disputed transactions, action. JSON.",
    ]


@T("bpo")
def bpo_jp_customer_email(r: random.Random) -> list:
    jp = r.choice(JP)
    fam = jp_family(jp)
    return [
        "Translate to natural Japanese keigo and keep names as they are:\n\nDear ", P(fam),
        "-san,\nThank you for contacting us about your booking at our Chiang Mai resort. We have refunded the",
        " deposit to your card and sent the receipt to ", EM(email(r, jp, kind="JP")),
        ". If anything is unclear, our Japanese desk can call you back on ", PH(fphone(r, "JP")),
        ".\nKind regards,\n", P(r.choice(TH_ROMAN)), "\nGuest Relations",
    ]


@T("bpo")
def bpo_call_notes_sabbath(r: random.Random) -> list:
    w, k = r.choice(WEST)
    rel = r.choice(["is Jewish", "is a Seventh-day Adventist", "is an observant Jew"])
    return [
        "CRM note, account holder ", P(w), " (", PH(fphone(r, k)), "): customer ", REL(rel),
        " and asked that we never schedule callbacks between Friday sunset and Saturday sunset. Add to contact",
        " preferences.\n>> Rewrite as a short contact-preference flag for the dialler system.",
    ]


@T("bpo")
def bpo_asr_roadside_th(r: random.Random) -> list:
    name, nick = thn(r, "m"), r.choice(TH_NICK_F)
    return [
        "สรุปเคสช่วยเหลือฉุกเฉินจากเสียงถอดความต่อไปนี้\nagent: ศูนย์ช่วยเหลือบนท้องถนนค่ะ ", P(nick),
        " รับสายค่ะ\ncaller: รถเสียครับ ควันขึ้น ผม", P(name), " ครับ\nagent: ขอทะเบียนรถค่ะ\ncaller: ",
        PL(plate(r)), "\nagent: ตอนนี้อยู่ที่ไหนคะ\ncaller: จอดหน้าบ้านเลขที่ ", AD(addr(r)),
        "\nagent: เบอร์ติดต่อกลับค่ะ\ncaller: ", PH(mobile(r, "asr")), "\nagent: รถยกจะถึงภายในสี่สิบห้านาทีค่ะ",
    ]


@T("bpo")
def bpo_dating_app_trust_safety(r: random.Random) -> list:
    (w, _), (rep, _) = r.choice(WEST), r.choice(WEST)
    sex = r.choice(["am gay", "am bisexual", "am a gay man"])
    return [
        "Trust & Safety queue (outsourced, Bangkok). Classify the report and suggest an action.\n",
        "reported_user: ", P(w), " | email ", EM(email(r, w)), " | last_ip ", IP(ipv4(r)), "\nreporter: ", P(rep),
        "\nreport_text: \"This user threatened to tell my employer that I ", SEX(sex), " unless I paid.\"",
    ]


@T("bpo")
def bpo_agent_roster_csv(r: random.Random) -> list:
    rows: list = ["Merge these agents into the WFM roster, dedupe by email. CSV:\nagent,line_id,personal_email,mobile\n"]
    for _ in range(3):
        a = r.choice(TH_ROMAN)
        rows += [P(a), ",", LN(line_id(r, a)), ",", EM(email(r, a, kind="TH")), ",", PH(mobile(r, "plain")), "\n"]
    rows.append("skills: EN/JP voice, shift B (22:00-07:00 for US queue)")
    return rows


@T("bpo")
def bpo_wheelchair_assistance(r: random.Random) -> list:
    w, k = r.choice(WEST)
    dis = r.choice(["wheelchair user who cannot climb stairs (WCHC)", "paraplegic and uses a manual wheelchair",
                    "below-knee amputee"])
    return [
        "Special assistance request – PNR ", pnr(r), ", flight ", r.choice(FLIGHTS), " BKK-HKT\nPassenger: ", P(w),
        ", ", DIS(dis), ". Contact ", PH(fphone(r, k)),
        ".\nPlease write the SSR remark and a message to the station at HKT.",
    ]


# ----------------------------------------------------------------------------------------------
# C. Medical-tourism coordinators and international patient centres
# ----------------------------------------------------------------------------------------------
GULF = ["Khalid Al-Mansouri", "Fatima Al-Harthy", "Omar Haddad", "Aisha Al-Balushi", "Yousef Al-Sabah"]


def gulf_phone(r: random.Random) -> str:
    for _ in range(50):
        v = r.choice([f"+971 5{r.choice('0568')} {digits(r, 3)} {digits(r, 4)}", f"+968 9{digits(r, 3)} {digits(r, 4)}",
                      f"+965 {r.choice('569')}{digits(r, 3)} {digits(r, 4)}"])
        if _valid_phone(v):
            return v
    raise AssertionError("no gulf phone")


@T("medical_tourism")
def med_quote_request_en(r: random.Random) -> list:
    g = r.choice(GULF)
    proc = r.choice(["triple-vessel coronary artery disease", "severe osteoarthritis of both knees",
                     "a 2 cm left renal mass", "stage II colon cancer"])
    return [
        "International Patient Centre – new enquiry (WhatsApp, auto-forwarded)\nName: ", P(g), "\nDOB: ",
        DOB(dob(r, "dmy", 1950, 1975)), "\nCondition (from referral letter): ", HEA(proc), "\nEmail: ",
        EM(email(r, g)), "\nPhone: ", PH(gulf_phone(r)), "\nPreferred: Arabic interpreter, suite room, 2 companions",
        "\n\nDraft a reply with an estimated package range and the documents we need before the tele-consult.",
    ]


@T("medical_tourism")
def med_jehovah_transfusion(r: random.Random) -> list:
    w = r.choice(WEST_F)
    doc = r.choice(DOCTORS_EN)
    return [
        "Hi, coordinator here. Please help me write a note to Dr. ", P(doc), " (ortho):\nPatient ", P(w), " HN ",
        HN(hn(r)), " booked for ", HEA(r.choice(["total knee replacement", "hip resurfacing", "spinal fusion L4-L5"])),
        " on the 14th. She ", REL(r.choice(["is a Jehovah's Witness", "is one of Jehovah's Witnesses"])),
        " and refuses blood transfusion, including her own stored blood. She has signed the advance directive.",
        " Ask about cell salvage and EPO pre-op.",
    ]


@T("medical_tourism")
def med_brca_consult(r: random.Random) -> list:
    w = r.choice(WEST_F)
    k = WEST_KIND[w]
    return [
        "Summarise for the breast surgeon before the video consult:\n- Patient: ", P(w), ", ",
        COUNTRY_EN[k], ", DOB ", DOB(dob(r, "en", 1970, 1990)), "\n- Genetic report: ",
        GEN(r.choice(["BRCA1 pathogenic variant c.68_69delAG", "BRCA2 pathogenic variant detected",
                      "heterozygous BRCA1 mutation"])),
        "\n- Wants: ", HEA("risk-reducing bilateral mastectomy with reconstruction"),
        "\n- Budget: USD 20-25k\n- Contact: ", EM(email(r, w)),
    ]


@T("medical_tourism")
def med_ivf_translocation(r: random.Random) -> list:
    a, b = r.choice(CN_F), r.choice(CN_M)
    return [
        "IVF 中心病例摘要 → 请翻译成英文给胚胎实验室\n女方: ", P(a), " HN ", HN(hn(r, "yy")), "\n男方: ", P(b),
        " HN ", HN(hn(r, "yy")), "\n男方染色体检查: ", GEN(r.choice(["平衡易位 t(11;22)(q23;q11)", "Y染色体微缺失 AZFc"])),
        "\n女方: ", HEA(r.choice(["多囊卵巢综合征", "子宫内膜异位症 III 期"])),
        "\n计划: PGT-SR, 两个周期",
    ]


@T("medical_tourism")
def med_gender_affirming_schedule(r: random.Random) -> list:
    w, k = r.choice(WEST)
    return [
        "Coordinator checklist – arrival next week\nPatient: ", P(w), " (passport ", PP(passport(r, k)), ", DOB ",
        DOB(dob(r, "iso", 1985, 2001)), ")\nProcedure: ", HEA(r.choice(["gender-affirming vaginoplasty",
                                                                       "facial feminisation surgery",
                                                                       "gender-affirming top surgery"])),
        "\nHormones: stop estradiol 2 weeks pre-op per surgeon\nHotel: recovery suite, 21 nights\n",
        "Write a kind, clear pre-arrival email in English.",
    ]


@T("medical_tourism")
def med_prep_clinic_th(r: random.Random) -> list:
    t = thn(r, "m")
    return [
        "ช่วยสรุปเคสนี้เป็นภาษาอังกฤษให้แพทย์ต่างชาติที่มาช่วยคลินิก\nผู้รับบริการ: ", P(t), " โทร ",
        PH(mobile(r)), "\nประวัติ: ", SEX(r.choice(["มีเพศสัมพันธ์กับผู้ชายโดยไม่ใช้ถุงยาง", "เป็นชายที่มีเพศสัมพันธ์กับชาย",
                                                   "มีคู่นอนหลายคนในช่วง 3 เดือน"])),
        " ต้องการเริ่ม PrEP\nผลตรวจวันนี้: ", HEA(r.choice(["HIV negative, ซิฟิลิส positive", "HIV ลบ, ไวรัสตับอักเสบบีบวก"])),
        "\nนัดติดตาม 1 เดือน",
    ]


@T("medical_tourism")
def med_interpreter_schedule(r: random.Random) -> list:
    g, interp = r.choice(GULF), r.choice(TH_ROMAN)
    return [
        "Arabic desk schedule, Tuesday\n09:00 ", P(g), " (HN ", HN(hn(r)), ") – cardiology follow-up, ",
        HEA(r.choice(["post-PCI", "heart failure NYHA II", "post-CABG week 3"])), "; interpreter ", P(interp),
        "\nNotes: patient is ", REL(r.choice(["Muslim", "a practising Muslim"])),
        ", halal tray, prefers female nurse for ECG, prayer break 12:15.\nFormat this as a table for the ward.",
    ]


@T("medical_tourism")
def med_mae_sot_referral(r: random.Random) -> list:
    m = r.choice(MM_TH)
    eth = r.choice(["ชาวกะเหรี่ยง", "เชื้อสายกะเหรี่ยง", "ชาวไทใหญ่", "ชาติพันธุ์มอญ"])
    return [
        "ใบส่งตัวผู้ป่วย รพ.แม่สอด → รพ.ศูนย์\nผู้ป่วย: ", P(m), " (", ETH(eth), ") สัญชาติเมียนมา\n",
        "เลขประจำตัว (บัตรชมพู): ", NID(nid(r, first="6")), "\nโทรญาติ: ", PH(fphone(r, "MM")),
        "\nวินิจฉัย: ", HEA(r.choice(["มาลาเรียชนิดฟัลซิปารัมรุนแรง", "วัณโรคปอดดื้อยา", "ไตวายเฉียบพลัน"])),
        "\nช่วยแปลเป็นภาษาพม่าให้ญาติเข้าใจ",
    ]


@T("medical_tourism")
def med_visa_extension_letter(r: random.Random) -> list:
    kh, doc = r.choice(KH), r.choice(DOCTORS_EN)
    return [
        "Draft a letter to the Immigration Bureau supporting a 30-day medical extension.\nHospital company: ",
        "Siam Care Hospital Co., Ltd. (tax ID ", JUR(juristic(r, "plain")), ")\nPatient: ", P(kh), ", passport ",
        PP(passport(r, "KH")), ", HN ", HN(hn(r)), "\nReason: ongoing ",
        HEA(r.choice(["chemotherapy for acute myeloid leukaemia", "dialysis after kidney transplant rejection",
                      "radiotherapy for nasopharyngeal carcinoma"])),
        "\nAttending physician: Dr. ", P(doc),
    ]


@T("medical_tourism")
def med_cn_dental_package(r: random.Random) -> list:
    c = r.choice(CN)
    return [
        "เคสทันตกรรมลูกค้าจีนจากเอเจนซี่ ช่วยร่างใบเสนอราคาเป็นภาษาจีน\nชื่อ: ", P(c), "\nพาสปอร์ต: ",
        PP(passport(r, "CN")), "\nโทร/WeChat: ", PH(fphone(r, "CN")), "\nประวัติ: ",
        HEA(r.choice(["โรคปริทันต์อักเสบรุนแรง ต้องฝังรากฟันเทียม 4 ซี่", "ฟันผุลึกถึงโพรงประสาท 3 ซี่",
                      "เบาหวาน คุมน้ำตาลไม่ดี"])), "\nวันเข้ารับบริการ: 3 วัน 2 คืน",
    ]


@T("medical_tourism")
def med_hla_pharmacogenomics(r: random.Random) -> list:
    name = r.choice([thn(r), r.choice(CN_TH)])
    return [
        "แจ้งเตือนเภสัชกร: ผู้ป่วย ", P(name), " HN ", HN(hn(r)), " ผลตรวจ ",
        GEN(r.choice(["HLA-B*15:02 positive", "HLA-B*58:01 เป็นบวก", "ยีน CYP2C19 *2/*2 (poor metabolizer)"])),
        " ห้ามจ่าย carbamazepine/allopurinol ตามลำดับ\nข้อวินิจฉัยหลัก: ",
        HEA(r.choice(["โรคลมชัก", "เกาต์เรื้อรัง", "หลอดเลือดหัวใจตีบ หลังใส่ขดลวด"])),
        "\nเขียนข้อความสั้นสำหรับติดในระบบ HIS (TH/EN)",
    ]


@T("medical_tourism")
def med_airport_transfer_line(r: random.Random) -> list:
    kh, (driver, driver_rom) = r.choice(KH_TH), r.choice(TH_PAIRS)
    return [
        "[LINE กลุ่ม ทีมรับส่งผู้ป่วยต่างชาติ]\nพรุ่งนี้ 10:40 รับคุณ", P(kh), " เที่ยวบิน ", r.choice(["KH 902", "PG 932",
                                                                                              "K6 120"]),
        " จาก PNH ผู้ป่วย", DIS(r.choice(["อัมพาตครึ่งซีกซ้าย ต้องใช้วีลแชร์", "ขาขวาพิการ ใช้ไม้ค้ำ",
                                          "ตาบอดทั้งสองข้าง"])),
        " ญาติเบอร์ ", PH(fphone(r, "KH")), "\nคนขับ: ", P(driver), " LINE ", LN(line_id(r, driver_rom)),
        "\nช่วยเขียนข้อความแจ้งคนขับให้สั้นและชัด",
    ]


@T("medical_tourism")
def med_guarantee_of_payment(r: random.Random) -> list:
    w, _ = r.choice(WEST)
    return [
        "GOP request to insurer (please tighten wording):\nMember: ", P(w), "\nDate of birth: ",
        DOB(dob(r, "en")), "\nPolicy: INT-", str(r.randint(1000000, 9999999)), "\nHN: ", HN(hn(r)),
        "\nAdmission diagnosis: ", HEA(r.choice(["acute appendicitis", "dengue haemorrhagic fever",
                                                  "community-acquired pneumonia"])),
        "\nEstimated LOS: 4 days, THB ", amount(r, 90000, 350000),
    ]


@T("medical_tourism")
def med_face_checkin_enrolment(r: random.Random) -> list:
    jp = r.choice(JP_TH)
    return [
        "บันทึกเคาน์เตอร์ Japanese Clinic: คุณ", P(jp), " HN ", HN(hn(r)),
        " ยินยอมให้ ", BIO(r.choice(["บันทึกภาพใบหน้า (face template) สำหรับ Face Check-in",
                                     "สแกนใบหน้าเก็บ face template ไว้ในระบบ",
                                     "ลงทะเบียนลายนิ้วมือสำหรับตู้ยืนยันตัวตน"])),
        " แล้ว โทร ", PH(mobile(r)), "\nช่วยแปลข้อความแจ้งผู้ป่วยเป็นภาษาญี่ปุ่น",
    ]


@T("medical_tourism")
def med_ivf_same_sex_couple_th(r: random.Random) -> list:
    a, b = r.sample(CN_TH_F, 2)
    return [
        "ช่วยร่างคำตอบภาษาจีนแบบสุภาพ: ลูกค้าคุณ", P(a), " แจ้งว่า", SEX(r.choice(["เป็นเลสเบี้ยน", "เป็นคู่รักหญิงรักหญิง"])),
        " มากับแฟนคุณ", P(b), " อยากทำ IVF โดยใช้สเปิร์มบริจาค อีเมล ", EM(email(r, r.choice(CN), kind="CN")),
        "\nให้อธิบายว่ากฎหมายไทยเรื่องเทคโนโลยีช่วยการเจริญพันธุ์มีเงื่อนไขอย่างไร และเสนอให้ปรึกษาแพทย์ออนไลน์",
    ]


# ----------------------------------------------------------------------------------------------
# D. International schools
# ----------------------------------------------------------------------------------------------
SCHOOLS = ["Riverside International School Bangkok", "Sriracha Japanese School", "Lanna International Academy",
           "Andaman British School"]
KIDS_EN = ["Noah", "Mia", "Leo", "Ella", "Finn", "Aria", "Kai", "Zoe"]


@T("intl_school")
def school_admission_form(r: random.Random) -> list:
    f, m = r.choice(WEST_M), r.choice(WEST_F)
    k = WEST_KIND[f]
    child = f"{r.choice(KIDS_EN)} {family(f)}"
    return [
        "Please check this admission form for missing fields and reply with a list.\n--- ",
        r.choice([s for s in SCHOOLS if "Japanese" not in s]), " / Application Year 7 ---\nStudent: ", P(child), "\nDate of birth: ",
        DOB(dob(r, "dmy", 2012, 2014)), "\nPassport: ", PP(passport(r, k)), "\nFather: ", P(f), " mobile ",
        PH(mobile(r)), "\nMother: ", P(m), " email ", EM(email(r, m)), "\nHome address: ", AD(addr(r, en=True)),
        "\nPrevious school: (blank)\nSiblings at school: (blank)",
    ]


@T("intl_school")
def school_sen_report(r: random.Random) -> list:
    kid = r.choice(KIDS_EN) + " " + family(r.choice(WEST)[0])
    dis = r.choice(["severe bilateral hearing loss and uses cochlear implants", "cerebral palsy affecting gait",
                    "low vision (legally blind)"])
    return [
        "Learning Support – IEP summary\nStudent ID ", SID(student_id(r, "s")), ", ", P(kid),
        ", Grade 5\nProfile: has ", DIS(dis),
        ". Needs front seating, captioned videos, extra 25% exam time.\nช่วยเขียนใหม่ให้ครูประจำชั้นคนใหม่อ่าน",
        " เป็นกันเอง ไม่เกิน 120 คำ",
    ]


@T("intl_school")
def school_counsellor_note(r: random.Random) -> list:
    kid = r.choice(["Kenta", "Yuna", "Haruto"]) + " " + jp_family(r.choice(JP))
    return [
        "Counsellor's confidential note (do not share with parents):\n", P(kid), " (", SID(student_id(r, "dash")),
        ", Grade 11) told me ", SEX(r.choice(["they are gay", "they are bisexual", "they are attracted to the same sex"])),
        " and is being teased in the group chat. No self-harm disclosed.\nHelp me plan next week's follow-up",
        " session and what to say to the form tutor without outing the student.",
    ]


@T("intl_school")
def school_nurse_log_csv(r: random.Random) -> list:
    rows: list = ["Summarise today's nurse visits by year group, no names in the output:\nstudent_id,name,complaint,note\n"]
    for _ in range(2):
        kid = r.choice(KIDS_EN) + " " + family(r.choice(WEST)[0])
        rows += [SID(student_id(r, "plain")), ",", P(kid), ",", HEA(r.choice(["asthma attack", "peanut allergy reaction",
                                                                              "migraine", "type 1 diabetes hypo"])),
                 ",sent to class\n"]
    kid = r.choice(CN)
    rows += [SID(student_id(r, "plain")), ",", P(kid), ",", HEA("fever 38.2"), ",", GEN("thalassaemia carrier (HbE)"),
             " noted in file\n"]
    return rows


@T("intl_school")
def school_bus_pickup_th(r: random.Random) -> list:
    parent, nanny = r.choice(JP_TH), r.choice(MM_TH)
    return [
        "แจ้งเปลี่ยนผู้รับนักเรียน (", r.choice(SCHOOLS), ")\nผู้ปกครอง: คุณ", P(parent), " โทร ", PH(mobile(r)),
        "\nมอบหมายให้พี่เลี้ยง: ", P(nanny), " เลขประจำตัวคนต่างด้าว ", NID(nid(r, first="6")),
        "\nมารับด้วยรถทะเบียน ", PL(plate(r, "ชลบุรี")), "\nนักเรียน: รหัส ", SID(student_id(r, "s")),
        "\nช่วยเขียนเป็นภาษาอังกฤษส่ง security gate",
    ]


@T("intl_school")
def school_religion_optout(r: random.Random) -> list:
    kid = r.choice(IN_KIDS)
    rel = r.choice(["is Hindu", "follows the Hindu faith", "is a Jain", "is Sikh"])
    return [
        "Parent email to translate into Thai for the Thai-culture teacher:\n\"Dear teacher, our son ", P(kid),
        " (student no. ", SID(student_id(r, "s")), ") ", REL(rel),
        ". He is welcome to learn about Buddhist traditions but please excuse him from the wai kru offering",
        " and from the temple merit-making trip.\"",
    ]


@T("intl_school")
def school_fee_refund(r: random.Random) -> list:
    kr = r.choice(KR)
    return [
        "ฝ่ายการเงินโรงเรียน: ผู้ปกครอง Mr. ", P(kr), " ขอคืนค่ามัดจำ เนื่องจากย้ายกลับเกาหลี\nนักเรียนรหัส ",
        SID(student_id(r)), "\nโอนเข้าบัญชี ", r.choice(BANKS), " เลขที่ ", BA(bank_acct(r)), "\nแจ้งผลทาง ",
        EM(email(r, kr, kind="KR")), "\nช่วยเขียนอีเมลยืนยันเป็นภาษาอังกฤษ ระบุว่าโอนภายใน 14 วันทำการ",
    ]


@T("intl_school")
def school_fingerprint_attendance(r: random.Random) -> list:
    kid = r.choice(KIDS_EN) + " " + family(r.choice(WEST)[0])
    return [
        "ERROR log from attendance kiosk, explain to the IT intern:\n[gate-2] student=", SID(student_id(r, "plain")),
        " name=\"", P(kid), "\" ", BIO(r.choice(["fingerprint template", "palm-vein template", "face embedding"])),
        " mismatch score=0.41 threshold=0.60 retry=3 -> manual check by guard",
    ]


@T("intl_school")
def school_teacher_background(r: random.Random) -> list:
    w, k = r.choice(WEST)
    return [
        "Confidential – HR (teaching staff)\nCandidate ", P(w), ", passport ", PP(passport(r, k)),
        ". The FBI/ACRO check returned: ", CRI(r.choice(["conviction for drink-driving, 2016",
                                                         "caution for possession of cannabis, 2012",
                                                         "conviction for assault, 2018"])),
        ". The Teachers' Council needs a statement. Draft a neutral email asking the candidate for context.",
    ]


@T("intl_school")
def school_parent_line_chat(r: random.Random) -> list:
    parent, teacher = r.choice(CN_TH_F), r.choice(TH_NICK_F)
    return [
        "แปลแชทนี้เป็นภาษาจีนกลางให้ผู้ปกครอง\nครู", P(teacher), ": สวัสดีค่ะคุณ", P(parent),
        " น้อง", P(r.choice(["เสี่ยวหมิง", "อิงอิง", "หลิงหลิง"])), " ", HEA("มีไข้ 38.5"), " ครูให้พักห้องพยาบาลแล้วนะคะ\nคุณ", P(parent),
        ": ขอบคุณค่ะ เดี๋ยวให้คนขับไปรับ LINE ของคนขับคือ ", LN(line_id(r, r.choice(TH_ROMAN))),
        " เบอร์ ", PH(mobile(r)),
    ]


# ----------------------------------------------------------------------------------------------
# E. Tourist police, visa agents, embassy desks, migrant-worker services
# ----------------------------------------------------------------------------------------------
@T("tourist_police")
def tpolice_incident_report_th(r: random.Random) -> list:
    kr = r.choice(KR_TH + CN_TH)
    k = "KR" if kr in KR_TH else "CN"
    return [
        "บันทึกรับแจ้งเหตุ ตำรวจท่องเที่ยว (ร่าง) ช่วยเรียบเรียงและแปลเป็นภาษาอังกฤษ\nผู้แจ้ง: ", P(kr),
        " สัญชาติ", COUNTRY_TH[k], " หนังสือเดินทาง ", PP(passport(r, k)), " โทร ", PH(fphone(r, k)),
        "\nเหตุ: ถูกกระชากกระเป๋าบริเวณถนนเยาวราช คนร้ายขับรถจักรยานยนต์ทะเบียน ", PL(plate(r, "กรุงเทพมหานคร")),
        "\nทรัพย์สินที่เสียหาย: โทรศัพท์ 1 เครื่อง เงินสด 8,000 บาท",
    ]


@T("tourist_police")
def tpolice_arrest_summary_en(r: random.Random) -> list:
    w, k = r.choice(WEST)
    crime = r.choice(["arrested for possession of 12 methamphetamine tablets",
                      "charged with assault after a bar fight in Patong",
                      "previously deported in 2019 for overstaying 400 days"])
    return [
        "Embassy liaison note – please turn into a consular notification email.\nDetainee: ", P(w), ", ",
        COUNTRY_EN[k], " passport ", PP(passport(r, k)), ", DOB ", DOB(dob(r, "iso", 1975, 2000)), ".\nSubject was ",
        CRI(crime), ". Held at Kathu police station, requests consular visit.",
    ]


@T("tourist_police")
def tpolice_lost_passport_report(r: random.Random) -> list:
    name, k = r.choice([(r.choice(IN), "IN"), (r.choice(JP), "JP"), r.choice(WEST)])
    return [
        "Tourist Police Lost Property Report (for embassy)\nFull name: ", P(name), "\nPassport no. (lost): ",
        PP(passport(r, k)), "\nDate of birth: ", DOB(dob(r, "dmy")), "\nMobile in Thailand: ", PH(mobile(r, "intl")),
        "\nEmail: ", EM(email(r, name, kind=k)), "\nPlace: Chatuchak Weekend Market, approx. 14:00\n",
        "แก้แกรมมาร์อย่างเดียว ห้ามเปลี่ยนข้อมูล",
    ]


@T("visa_agent")
def visa_retirement_checklist(r: random.Random) -> list:
    w, k = r.choice(WEST)
    return [
        "เช็กลิสต์ต่อวีซ่าเกษียณ (Non-O Retirement) ลูกค้า ", P(w), "\n☑ Passport ", PP(passport(r, k)),
        " (เกิด ", DOB(dob(r, "dmy", 1950, 1964)), ")\n☑ เงินฝาก 800,000 บาท บัญชี ", r.choice(BANKS), " ",
        BA(bank_acct(r)), "\n☑ TM30 ที่อยู่ ", AD(addr(r)),
        "\n☐ ใบรับรองแพทย์\nช่วยเขียนอีเมลภาษาอังกฤษแจ้งลูกค้าว่าขาดเอกสารอะไร",
    ]


@T("visa_agent")
def visa_tm30_tool_call(r: random.Random) -> list:
    name, k = r.choice([(r.choice(CN), "CN"), (r.choice(KR), "KR"), r.choice(WEST)])
    return [
        '{"role":"assistant","tool_calls":[{"id":"call_', pnr(r).lower(), '","type":"function","function":{"name":',
        '"submit_tm30","arguments":"{\\"full_name\\":\\"', P(name), '\\",\\"nationality\\":\\"', ISO3[k],
        '\\",\\"passport_no\\":\\"', PP(passport(r, k)), '\\",\\"birth_date\\":\\"', DOB(dob(r, "iso")),
        '\\",\\"address\\":\\"', AD(addr(r, en=True)), '\\",\\"phone\\":\\"', PH(mobile(r, "intl0")),
        '\\",\\"arrival\\":\\"2026-01-09\\"}"}}]}',
    ]


@T("visa_agent")
def visa_90day_sms(r: random.Random) -> list:
    name, k = r.choice([(r.choice(JP), "JP"), r.choice(WEST), (r.choice(IN), "IN")])
    return [
        "Shorten this SMS to 160 chars, keep the key facts:\nTo: ", PH(mobile(r, "intl0")), "\nDear ", P(name),
        ", your 90-day report for passport ", PP(passport(r, k)),
        " is due in 7 days. Reply YES and our agent will file it online for THB 500. Visa Desk.",
    ]


@T("visa_agent")
def visa_marriage_visa_file(r: random.Random) -> list:
    w, t = r.choice(WEST_M), thn(r, "f")
    k = WEST_KIND[w]
    return [
        "สรุปเอกสารยื่นวีซ่าแต่งงาน (Non-O Thai spouse) ให้ลูกค้าอ่าน เป็นภาษาอังกฤษ\nผู้ยื่น: ", P(w),
        " Passport ", PP(passport(r, k)), "\nคู่สมรส: นาง", P(t), " บัตรประชาชน ", NID(nid(r)),
        "\nทะเบียนสมรสเขตวัฒนา\nที่อยู่ร่วมกัน: ", AD(addr(r)), "\nบัญชีเงินฝาก 400,000: ", BA(bank_acct(r)),
    ]


@T("visa_agent")
def visa_blacklist_check_th(r: random.Random) -> list:
    name, k = r.choice([(r.choice(CN), "CN"), (r.choice(IN), "IN"), (r.choice(MM), "MM")])
    return [
        "ลูกค้าถามว่าเข้าไทยได้ไหม ช่วยตอบแบบสุภาพเป็นภาษาอังกฤษ\nข้อมูล: ", P(name), " พาสปอร์ต ",
        PP(passport(r, k)), " ", CRI(r.choice(["เคยถูกจับข้อหาอยู่เกินกำหนด 2 ปี และถูกขึ้นบัญชีดำ",
                                               "เคยต้องโทษจำคุกคดีฉ้อโกงในไทยเมื่อปี 2564",
                                               "ถูกเนรเทศเมื่อปี 2565 ฐานทำงานโดยไม่มีใบอนุญาต"])),
        " ตอนนี้อยากขอวีซ่าท่องเที่ยว",
    ]


@T("embassy")
def embassy_dna_reunification(r: random.Random) -> list:
    father = r.choice(IN_M + WEST_M)
    child = thn(r)
    return [
        "Consular section – family reunification file\nApplicant (child): ", P(child), ", DOB ",
        DOB(dob(r, "dmy", 2012, 2018)), "\nSponsor (father): ", P(father), "\nDNA result from accredited lab: ",
        GEN(r.choice(["paternity confirmed, probability 99.99%", "STR profile match at 23/23 loci",
                      "biological paternity excluded"])),
        "\nDraft the decision paragraph for the visa officer.",
    ]


@T("embassy")
def embassy_vfs_biometrics(r: random.Random) -> list:
    t = r.choice(TH_ROMAN)
    return [
        "ช่วยเขียนอีเมลยืนยันนัดเป็นภาษาไทย\nApplicant: ", P(t), "\nPassport: ", PP(passport(r)),
        "\nAppointment: Schengen short-stay, VFS The Trendy, 09:30\nStatus: ",
        BIO(r.choice(["10 fingerprints and facial image captured", "fingerprints enrolled in VIS",
                      "biometrics (fingerprints + photo) collected"])),
        "\nMobile: ", PH(mobile(r)), " Email: ", EM(email(r, t, kind="TH")),
    ]


@T("embassy")
def embassy_asylum_caseworker_note(r: random.Random) -> list:
    m = r.choice(MM)
    return [
        "Caseworker note (NGO, Mae Sot) – summarise for the resettlement referral:\n", P(m), " is ",
        ETH(r.choice(["ethnic Kachin", "Rohingya", "ethnic Karenni", "ethnic Chin"])), ", a former teacher who ",
        POL(r.choice(["joined the Civil Disobedience Movement after the 2021 coup",
                      "openly supports the National Unity Government",
                      "organised anti-junta protests in Mandalay"])),
        ". Fears arrest if returned. Reachable via Signal at ", PH(mobile(r)), ".",
    ]


@T("visa_agent")
def visa_agent_line_chat_cn(r: random.Random) -> list:
    c = r.choice(CN_TH_F)
    return [
        "แชท LINE กับลูกค้าจีน แปลเป็นภาษาจีนตัวย่อ\nลูกค้า (", P(c), "): ต้องใช้อะไรบ้างสำหรับวีซ่าการศึกษา\n",
        "เรา: ส่งหน้าพาสปอร์ตมาได้เลยค่ะ\nลูกค้า: พาสปอร์ต ", PP(passport(r, "CN")), " ค่ะ LINE สำรอง ",
        LN(line_id(r, r.choice(CN))), " เบอร์ไทย ", PH(mobile(r)),
    ]


@T("migrant_services")
def migrant_ngo_intake(r: random.Random) -> list:
    m, k2 = r.choice(MM), r.choice(KH)
    return [
        "Legal aid intake (Samut Sakhon) – make a Thai table for the lawyer\n1) ", P(m), ", pink card ",
        NID(nid(r, first="6")), ", ", ETH(r.choice(["Shan", "Mon", "Karen"])), ", ",
        UNI(r.choice(["member of the Migrant Workers Federation", "union member since 2023"])),
        ", unpaid wages 3 months\n2) ", P(k2), ", passport ", PP(passport(r, "KH")), ", DOB ", DOB(dob(r, "dmy", 1988, 2002)),
        ", injured hand at seafood plant, employer kept passport",
    ]


@T("tourist_police")
def tpolice_crypto_scam_victim(r: random.Random) -> list:
    w, k = r.choice(WEST)
    mule = thn(r)
    return [
        "Victim statement (translated by volunteer) – extract a timeline table:\nI, ", P(w),
        ", met someone on a dating app who convinced me to invest in a USDT platform. I transferred THB 600,000",
        " to a Thai account ", BA(bank_acct(r)), " in the name of ", P(mule), " at ", r.choice(BANKS_EN),
        ". The website asked me to log in from ", IP(ipv4(r)), " which was my hotel Wi-Fi. My phone: ",
        PH(fphone(r, k)), ".",
    ]


@T("visa_agent")
def visa_ltr_application_json(r: random.Random) -> list:
    name, k = r.choice([(r.choice(JP), "JP"), (r.choice(KR), "KR"), r.choice(WEST)])
    return [
        "Check this LTR (wealthy global citizen) application payload against the BOI checklist:\n",
        '{"applicant":{"name":"', P(name), '","passport":"', PP(passport(r, k)), '","dob":"',
        DOB(dob(r, "iso", 1960, 1985)), '","email":"', EM(email(r, name, kind=k)),
        '"},"assets_usd":1200000,"thai_investment_usd":500000,"health_insurance":"USD 50k"}',
    ]


# ----------------------------------------------------------------------------------------------
# F. Freight forwarders and customs brokers
# ----------------------------------------------------------------------------------------------
@T("freight")
def freight_consignee_kyc_email(r: random.Random) -> list:
    cn, t = r.choice(CN), thn(r)
    return [
        "Please extract consignee details into our TMS fields (name, tax_id, contact, phone, email, address):\n\n",
        "From: ", P(cn), " <", EM(email(r, cn, kind="CN")), ">\nConsignee: ", r.choice(CN_COS), ", tax ID ",
        JUR(juristic(r)), "\nDelivery to warehouse contact K. ", P(t), " ", PH(mobile(r)), "\nSite: ",
        AD(addr(r)), "\nHS 8541.43, 2 x 40HC, ETA Laem Chabang Fri",
    ]


@T("freight")
def freight_customs_poa(r: random.Random) -> list:
    t = thn(r, "m")
    return [
        "ตรวจหนังสือมอบอำนาจพิธีการศุลกากรฉบับนี้ว่าครบถ้วนไหม\nข้าพเจ้า บริษัท ", r.choice(JP_COS),
        " ทะเบียนนิติบุคคลเลขที่ ", JUR(juristic(r, "moa")), " โดยนาย", P(t), " กรรมการผู้มีอำนาจ บัตรประชาชนเลขที่ ",
        NID(nid(r)), " ขอมอบอำนาจให้ บริษัท สยามชิปปิ้ง จำกัด (", JUR(juristic(r, "plain")),
        ") ดำเนินพิธีการนำเข้าใบขนสินค้า A0", str(r.randint(100, 999)), "-", digits(r, 9),
    ]


@T("freight")
def freight_household_goods_move(r: random.Random) -> list:
    w, k = r.choice(WEST)
    return [
        "Survey report – international removal Bangkok → ", r.choice(["Sydney", "Milan", "Dublin", "Seattle"]),
        "\nShipper: ", P(w), " (passport ", PP(passport(r, k)), ")\nOrigin: ", AD(addr(r, en=True)),
        "\nVolume: 38 cbm, 1 x 40' container ", container_no(r), "\nContact: ", PH(mobile(r, "intl")),
        "\nช่วยเขียนอีเมลแจ้งลูกค้าเรื่องวันแพ็กของ (ภาษาอังกฤษ)",
    ]


@T("freight")
def freight_driver_dispatch_json(r: random.Random) -> list:
    d, dr = r.choice(TH_PAIRS)
    return [
        "Agent step 3/5 — tool result from dispatch_api.get_assignment:\n",
        '{"job":"JOB-', str(r.randint(10000, 99999)), '","container":"', container_no(r), '","driver":{"name_th":"', P(d),
        '","name_en":"', P(dr), '","plate":"', PL(plate(r)), '","mobile":"', PH(mobile(r, "plain")), '","line":"',
        LN(line_id(r, dr)), '"},"pickup":"LCB B4","drop":"Amata City Chonburi"}\nNow write the SMS to the driver.',
    ]


@T("freight")
def freight_dg_incident_report(r: random.Random) -> list:
    d = thn(r)
    return [
        "รายงานอุบัติเหตุสินค้าอันตราย (UN1993) ช่วยเขียนเป็นภาษาอังกฤษส่ง HQ สิงคโปร์\nพนักงานขับรถ: ", P(d),
        " รถหัวลากทะเบียน ", PL(plate(r, "ชลบุรี")), "\nอาการ: ", HEA(r.choice(["แผลไหม้ระดับ 2 ที่แขนขวา",
                                                                               "สูดดมไอระเหยจนหมดสติ 5 นาที",
                                                                               "กระดูกข้อเท้าซ้ายหัก"])),
        "\nสถานะ: ", UNI(r.choice(["สมาชิกสหภาพแรงงานขนส่งสินค้าแหลมฉบัง", "เป็นกรรมการสหภาพคนขับรถ"])),
        " ขอให้ตัวแทนสหภาพร่วมสอบข้อเท็จจริง",
    ]


@T("freight")
def freight_cod_refund(r: random.Random) -> list:
    t = thn(r)
    return [
        "Reconcile COD refunds (TH/EN mixed), output CSV:\n- ", r.choice(KR_COS), " (", JUR(juristic(r)),
        ") overpaid THB ", amount(r, 1000, 20000), ", refund to owner K.", P(t), " personal a/c ",
        BA(bank_acct(r)), " per email\n- AWB ", awb(r), " cancelled",
    ]


@T("freight")
def freight_migrant_parcel_form(r: random.Random) -> list:
    m = r.choice(MM_TH)
    return [
        "แบบฟอร์มส่งพัสดุกลับเมียนมา (ด่านแม่สอด) ช่วยตรวจช่องที่กรอกไม่ครบ\nผู้ส่ง: ", P(m), " เลขประจำตัว ",
        NID(nid(r, first="6")), "\nที่อยู่ผู้ส่ง: ", AD(addr(r)), "\nผู้รับ: ", P(r.choice([n for n in MM_TH if n != m])), " โทร ",
        PH(fphone(r, "MM")), "\nสินค้า: เสื้อผ้า ขนม ยาสามัญ น้ำหนัก 18 กก.\n",
        "ผู้ส่งเป็น", ETH(r.choice(["คนมอญ", "ชาวไทใหญ่", "ชาวปะโอ"])), " ต้องการใบแปลภาษามอญ/ไทใหญ่",
    ]


@T("freight")
def freight_driver_strike_note(r: random.Random) -> list:
    a, b = two_thn(r, "m")
    return [
        "Ops manager note, please translate to English for the Danish owner:\nพรุ่งนี้คนขับอาจหยุดงาน นาย", P(a),
        " (", UNI("ประธานสหภาพแรงงานขนส่ง"), ") แจ้งว่าจะยื่นข้อเรียกร้องค่าเที่ยว นาย", P(b), " ",
        UNI("เพิ่งสมัครเป็นสมาชิกสหภาพ"), " เมื่อวาน ฝ่ายบุคคลไม่ควรกดดันใคร",
    ]


@T("freight")
def freight_gate_face_log(r: random.Random) -> list:
    d = r.choice(TH_ROMAN)
    return [
        "explain why gate 7 rejected this truck:\n", epoch_ms(r), " GATE7 ANPR plate=\"", PL(plate(r, "ชลบุรี")),
        "\" driver=\"", P(d), "\" ", BIO(r.choice(["face_match=FAIL(0.38)", "face template mismatch",
                                                  "fingerprint verification failed"])),
        " booking=", pnr(r), " container=", container_no(r),
    ]


@T("freight")
def freight_invoice_ocr(r: random.Random) -> list:
    t, tr = r.choice(TH_PAIRS)
    return [
        "OCR (ใบกำกับภาษี) — fix OCR errors and return JSON\nผู้ขาย: บจก. อีสเทิร์น ฟอร์เวิร์ดดิ้ง เลขผู้เสียภาษี ",
        JUR(juristic(r, "plain")), "\nผู้ซื้อ: ", r.choice(EU_COS), " เลขผู้เสียภาษี ", JUR(juristic(r, "plain")),
        "\nผู้ติดต่อ: คุณ", P(t), " ", PH(mobile(r, "dash")), " ", EM(email(r, tr, "lumiere-siam.co.th")),
        "\nInv No. EF-2026-0", str(r.randint(1000, 9999)), " ค่าขนส่ง 24,500.00 VAT 1,715.00",
    ]


# ----------------------------------------------------------------------------------------------
# G. Crypto exchanges and forex brokers: KYC / AML desks
# ----------------------------------------------------------------------------------------------
@T("kyc")
def kyc_onboarding_json(r: random.Random) -> list:
    t, tr = r.choice(TH_PAIRS)
    return [
        "Score this onboarding record for risk (low/med/high) and explain in 2 lines:\n",
        '{"uid":', str(r.randint(1000000, 9999999)), ',"full_name_th":"', P(t), '","full_name_en":"', P(tr),
        '","id_card":"', NID(nid(r, style="plain")), '","dob":"', DOB(dob(r, "iso", 1970, 2004)), '","address":"',
        AD(addr(r)), '","mobile":"', PH(mobile(r, "intl0")), '","email":"', EM(email(r, tr, kind="TH")),
        '","signup_ip":"', IP(ipv4(r)), '","occupation":"freelance","expected_volume_thb":2000000}',
    ]


@T("kyc")
def kyc_liveness_result(r: random.Random) -> list:
    name, k = r.choice([(r.choice(CN), "CN"), (r.choice(KR), "KR"), (r.choice(JP), "JP")])
    return [
        "Vendor webhook received, explain the decision to the ops analyst in plain English:\n", "applicant=", P(name),
        " doc=passport:", PP(passport(r, k)), " liveness=PASS ", BIO(r.choice(["face_match_score=0.972",
                                                                             "face template enrolled (512-d)",
                                                                             "selfie-to-document face match 97%"])),
        " sanctions=CLEAR pep=NO ip=", IP(ipv6(r)),
    ]


@T("kyc")
def kyc_edd_political(r: random.Random) -> list:
    t = thn(r)
    return [
        "EDD memo draft (แก้ภาษาอังกฤษให้เป็นทางการ)\nCustomer ", P(t), " (ID ", NID(nid(r)),
        ") deposits THB 3-5m monthly. Adverse media: customer ",
        POL(r.choice(["is a registered member of an opposition party", "publicly campaigned for the opposition",
                      "is a donor to a political party"])),
        ". Source of funds: family rice-mill business. Not a PEP under our policy. Recommend: standard monitoring.",
    ]


@T("kyc")
def kyc_sanctions_hit_criminal(r: random.Random) -> list:
    c = r.choice(CN)
    return [
        "ช่วยรีวิว screening hit นี้ว่า true หรือ false positive พร้อมเหตุผลสั้นๆ\nCustomer: ", P(c), ", passport ",
        PP(passport(r, "CN")), ", DOB ", DOB(dob(r, "iso", 1965, 1990)), "\nList match (World-Check): ",
        CRI(r.choice(["convicted of money laundering, Hong Kong 2019", "sentenced for illegal online gambling",
                      "convicted of telecom fraud in Fujian, 2020"])),
        " — same name, DOB matches, photo similar.",
    ]


@T("kyc")
def kyc_withdrawal_name_mismatch_th(r: random.Random) -> list:
    a, b = thn(r, "m"), thn(r, "f")
    return [
        "ตอบลูกค้าในแชท ให้สุภาพ: ลูกค้า ", P(a), " ขอถอนเงิน 150,000 บาท เข้าบัญชี ", BA(bank_acct(r)),
        " แต่ชื่อบัญชีเป็นของ ", P(b), " (ลูกค้าแจ้งว่าเป็นภรรยา) ตามนโยบายต้องถอนเข้าบัญชีชื่อตัวเองเท่านั้น\n",
        "เบอร์ลูกค้า ", PH(mobile(r)),
    ]


@T("kyc")
def kyc_source_of_funds_forex(r: random.Random) -> list:
    i = r.choice(IN)
    return [
        "Forex broker – source of funds review\nClient: ", P(i), ", IT consultant in Bangkok (LTR visa)\n",
        "Salary account: ", BA(bank_acct(r)), " (Bangkok Bank)\nEmail: ", EM(email(r, i, kind="IN")),
        "\nDocs: 6 months statements, employment letter\nTask: list what's missing for a USD 200k deposit.",
    ]


@T("kyc")
def kyc_card_chargeback(r: random.Random) -> list:
    w, _ = r.choice(WEST)
    return [
        "Chargeback dispute pack – ช่วยร่าง merchant response เป็นภาษาอังกฤษ\nCardholder: ", P(w), "\nCard: ",
        CC(card(r, r.choice(["space", "plain"]))), "\nDeposit login IP: ", IP(ipv4(r)), "\nAccount email: ",
        EM(email(r, w)), "\nReason code 10.4 (fraud, card-absent). Device fingerprint matches 14 earlier logins.",
    ]


@T("kyc")
def kyc_passport_mrz_ocr(r: random.Random) -> list:
    jp = r.choice(JP)
    fam, giv = jp.split()
    pp = passport(r, "JP")
    b = dob(r, "mrz", 1975, 1999)
    return [
        "OCR output from passport upload, parse into JSON (surname, given, number, dob):\n",
        "P<JPN", P(f"{fam.upper()}<<{giv.upper()}"), "<" * (39 - len(fam) - len(giv) - 2), "\n",
        PP(pp), "<", str(r.randint(0, 9)), "JPN", DOB(b), str(r.randint(0, 9)), r.choice("MF"), "3", digits(r, 6),
        "<<<<<<<<<<<<<<0", str(r.randint(0, 9)),
    ]


@T("kyc")
def kyc_asr_forex_verification(r: random.Random) -> list:
    t = thn(r, "m")
    return [
        "[voice KYC, ASR th-TH, ไม่มีเครื่องหมายวรรคตอน] ช่วยดึงข้อมูลเป็น JSON\nเจ้าหน้าที่ สวัสดีค่ะ ขอชื่อนามสกุลค่ะ\n",
        "ลูกค้า ", P(t), " ครับ\nเจ้าหน้าที่ เลขบัตรประชาชนค่ะ\nลูกค้า ", NID(nid(r, style=r.choice(["asr", "asr3"]))),
        "\nเจ้าหน้าที่ วันเดือนปีเกิดค่ะ\nลูกค้า ", DOB(dob(r, "th")), "\nเจ้าหน้าที่ เบอร์ที่ลงทะเบียนค่ะ\nลูกค้า ",
        PH(mobile(r, "asr1")), "\nเจ้าหน้าที่ ระบบจะ", BIO(r.choice(["บันทึกเสียงของคุณเป็น voiceprint",
                                                                   "เก็บลายเสียงไว้ยืนยันตัวตน"])),
        " เพื่อใช้ยืนยันครั้งต่อไปนะคะ",
    ]


@T("kyc")
def kyc_hardship_withdrawal(r: random.Random) -> list:
    t = thn(r)
    return [
        "Support ticket (TH→EN, keep it factual):\nลูกค้า ", P(t), " ขอปลดล็อกการถอนก่อนกำหนด เพราะ",
        HEA(r.choice(["ต้องรักษามะเร็งเต้านมด้วยเคมีบำบัด", "เป็นไตวายระยะสุดท้ายต้องฟอกไต",
                      "ต้องผ่าตัดหัวใจด่วน"])), " ขอโอนเข้าบัญชี ", BA(bank_acct(r)),
    ]


@T("kyc")
def kyc_remittance_uyghur(r: random.Random) -> list:
    c = r.choice(["Abdurehim Tursun", "Gulnar Memet", "Mehmet Ablimit"])
    return [
        "AML analyst notes → rewrite as a SAR narrative\nCustomer ", P(c), " (", ETH(r.choice(["Uyghur", "ethnic Uyghur"])),
        ", refugee status) sends small USDT amounts weekly to relatives. Wallet login IPs ", IP(ipv4(r)), ", ",
        IP(ipv4(r)), ". Phone ", PH(mobile(r)), ". No sanctions match.",
    ]


@T("kyc")
def kyc_login_log_jsonl(r: random.Random) -> list:
    rows: list = ["Find accounts with impossible travel in these logs:\n"]
    for _ in range(3):
        n = r.choice([*TH_ROMAN, r.choice(JP), r.choice(KR)])
        rows += ['{"ts":"2026-02-1', str(r.randint(0, 9)), "T0", str(r.randint(0, 9)), ':12:44Z","user":"',
                 EM(email(r, n)), '","ip":"', IP(ipv4(r) if r.random() < 0.7 else ipv6(r)), '","geo":"',
                 r.choice(["TH", "TH", "SG", "KH", "JP"]), '"}\n']
    return rows


# ----------------------------------------------------------------------------------------------
# H. LLM agent traffic: chat histories as JSON, tool calls, RAG chunks, agent traces
# ----------------------------------------------------------------------------------------------
@T("llm_agent")
def llm_chat_history_medtour(r: random.Random) -> list:
    w, k = r.choice(WEST_M), r.choice(["AU", "US", "IE"])
    return [
        '{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are the Bangkok clinic\'s booking',
        ' assistant."},{"role":"user","content":"Hi, I\'m ', P(w), ', visiting Bangkok next month."},',
        '{"role":"assistant","content":"Welcome! How can I help?"},{"role":"user","content":"I\'m ',
        SEX(r.choice(["a gay man", "gay", "a man who has sex with men"])),
        ' and want to start PrEP while I\'m there. Also I have ', HEA(r.choice(["hepatitis B", "mild kidney disease",
                                                                                "type 1 diabetes"])),
        ', is that a problem? WhatsApp me on ', PH(fphone(r, k)), '"}],"temperature":0.3}',
    ]


@T("llm_agent")
def llm_tool_call_book_clinic(r: random.Random) -> list:
    t = r.choice(TH_ROMAN)
    return [
        "tool_call → book_appointment\n", '{"name":"book_appointment","arguments":"{\\"patient_name\\":\\"', P(t),
        '\\",\\"dob\\":\\"', DOB(dob(r, "iso")), '\\",\\"phone\\":\\"', PH(mobile(r, "plain")),
        '\\",\\"department\\":\\"endocrinology\\",\\"reason\\":\\"', HEA(r.choice(["follow-up for type 2 diabetes",
                                                                                   "thyroid nodule biopsy result",
                                                                                   "uncontrolled hypertension"])),
        '\\",\\"language\\":\\"th\\"}"}',
    ]


@T("llm_agent")
def llm_rag_hr_case_chunks(r: random.Random) -> list:
    t = thn(r)
    return [
        "Answer using only the context.\n<context>\n[doc: hr_policy_2026.pdf | chunk 12]\nพนักงานที่เป็นคนพิการมีสิทธิ",
        "ลาเพื่อฟื้นฟูสมรรถภาพได้ปีละ 15 วัน...\n[doc: case_log_Q1.xlsx | chunk 3]\nกรณี ", P(t), " (แผนก QA) ",
        DIS(r.choice(["พิการทางการเคลื่อนไหว ใช้ขาเทียม", "สูญเสียการได้ยินทั้งสองข้าง", "มีความพิการทางสติปัญญาระดับเล็กน้อย"])),
        " ขอปรับโต๊ะทำงานและเวลาเข้างาน อนุมัติแล้ว\n</context>\nQuestion: สรุปสิทธิของพนักงานพิการตามนโยบาย",
    ]


@T("llm_agent")
def llm_rag_visa_kb_client(r: random.Random) -> list:
    name, k = r.choice([(r.choice(IN), "IN"), (r.choice(KR), "KR"), r.choice(WEST)])
    return [
        "### Retrieved\n(1) kb/visa/non-b.md#extension — Extension of stay for employment requires WP, company",
        " documents, and a tax return...\n(2) crm/notes/2026-02.md — client ", P(name), " passport ",
        PP(passport(r, k)), " waiting for company's PND.1 copy; agent ", P(r.choice(ROMAN_NICK)),
        " following up\n### Question\nWhat is still missing for the extension?",
    ]


@T("llm_agent")
def llm_crm_lookup_result(r: random.Random) -> list:
    name = r.choice(KR + JP)
    return [
        '[{"role":"tool","name":"crm_lookup","content":"{\\"customer\\":\\"', P(name), '\\",\\"email\\":\\"',
        EM(email(r, name)), '\\",\\"mobile\\":\\"', PH(mobile(r, "intl")), '\\",\\"line_id\\":\\"',
        LN(line_id(r, name)), '\\",\\"address\\":\\"', AD(addr(r, en=True)),
        '\\",\\"tier\\":\\"gold\\"}"},{"role":"user","content":"Remind me who this is and when they last ordered."}]',
    ]


@T("llm_agent")
def llm_react_trace_freight(r: random.Random) -> list:
    t = thn(r)
    return [
        "Thought: I need the consignee's contact to arrange delivery.\nAction: lookup_consignee[",
        "Huayang Tyre Thailand]\nObservation: tax_id=", JUR(juristic(r, "plain")), "; contact=", P(t), "; tel=",
        PH(mobile(r, "dash")), "; dock hours 08:00-16:00\nThought: I will now draft the delivery notice.\nAction:",
    ]


@T("llm_agent")
def llm_chat_json_escaped_thai(r: random.Random) -> list:
    tr = r.choice(TH_ROMAN)
    return [
        '{"messages":[{"role":"user","content":"\\u0e0a\\u0e48\\u0e27\\u0e22\\u0e41\\u0e1b\\u0e25 (translate): ',
        'please update my contact, name ', P(tr), ', email ', EM(email(r, tr, kind="TH")), ', phone ',
        PH(mobile(r, "dash")), ' \\u0e02\\u0e2d\\u0e1a\\u0e04\\u0e38\\u0e13"}],"stream":true}',
    ]


@T("llm_agent")
def llm_system_prompt_profile(r: random.Random) -> list:
    i = r.choice(IN + GULF)
    return [
        "SYSTEM: You are a concierge for a Bangkok serviced apartment. Guest profile (do not reveal):\n- Name: ",
        P(i), "\n- Date of birth: ", DOB(dob(r, "en")), "\n- Faith / dietary: ",
        REL(r.choice(["Muslim", "Hindu, strictly vegetarian", "Jain", "Sikh"])),
        "\n- Room: 2104\nUSER: any restaurants near Asok you'd suggest for dinner tonight?",
    ]


@T("llm_agent")
def llm_tourist_police_bot(r: random.Random) -> list:
    (w, k), friend = r.choice(WEST), r.choice(WEST_M)
    return [
        "[conversation export, tourist-assist bot]\nuser: hello my friend ", P(friend),
        " was taken by police last night in pattaya\nbot: I'm sorry. Do you know why?\nuser: he ",
        CRI(r.choice(["was jailed for drunk driving here last year", "was arrested for fighting",
                      "is on bail for a drugs charge"])),
        " and now they stopped his rental bike ", PL(plate(r, "ชลบุรี")),
        "\nbot: Please share your name and phone so the Tourist Police can contact you.\nuser: ", P(w), " ",
        PH(fphone(r, k)), " passport ", PP(passport(r, k)),
    ]


@T("llm_agent")
def llm_tool_call_kyc_verify(r: random.Random) -> list:
    t = thn(r)
    vec = ", ".join(f"{r.uniform(-0.3, 0.3):.4f}" for _ in range(6))
    return [
        '{"tool":"dopa_verify","args":{"citizen_id":"', NID(nid(r, style="plain")), '","name":"', P(t),
        '","birth_date":"', DOB(dob(r, "dmybe")), '","client_ip":"', IP(ipv4(r)), '","face_embedding":',
        BIO(f"[{vec}, ...]"), '}}',
    ]


@T("llm_agent")
def llm_asr_segments_json(r: random.Random) -> list:
    agent, (w, _) = r.choice(ROMAN_NICK), r.choice(WEST)
    return [
        "Summarise the call from these whisper segments:\n[{\"speaker\":\"A\",\"start\":0.0,\"text\":\"hotel",
        " reservations this is ", P(agent.lower()), "\"},{\"speaker\":\"B\",\"start\":3.2,\"text\":\"hi it's ",
        P(w.lower()), " i need to change my card on file\"},{\"speaker\":\"B\",\"start\":9.8,\"text\":\"",
        CC(card(r, "space")), "\"},{\"speaker\":\"B\",\"start\":16.1,\"text\":\"call me back on ",
        PH(mobile(r, "space")), "\"}]",
    ]


@T("llm_agent")
def llm_rag_union_case(r: random.Random) -> list:
    a = thn(r, "m")
    return [
        "Context chunk (labour_court_2025_0412.pdf, p.3): ลูกจ้าง นาย", P(a), " ", UNI("เป็นเลขาธิการสหภาพแรงงาน"),
        " ถูกเลิกจ้างหลังยื่นข้อเรียกร้อง บริษัทอ้างว่าลูกจ้าง", POL(r.choice(["โพสต์วิจารณ์รัฐบาลทหารในเฟซบุ๊ก",
                                                                             "ไปร่วมชุมนุมทางการเมือง"])),
        " ในเวลางาน\nQuestion (EN): Was the dismissal an unfair labour practice under s.121? Cite the chunk.",
    ]


@T("llm_agent")
def llm_batch_translate_jsonl(r: random.Random) -> list:
    jp = r.choice(JP)
    fam = jp_family(jp)
    return [
        "Batch translate JA→TH, one output line per input line:\n", '{"id":1,"text":"', P(fam), 'さんは来週から',
        HEA(r.choice(["うつ病", "椎間板ヘルニア", "胃がん"])), 'の治療のため休職します。"}\n',
        '{"id":2,"text":"緊急連絡先: ', PH(fphone(r, "JP")), '"}\n', '{"id":3,"text":"業務は', P(r.choice(TH_ROMAN)),
        'さんが引き継ぎます。"}',
    ]


@T("llm_agent")
def llm_agent_memory_store(r: random.Random) -> list:
    t = thn(r)
    return [
        "Long-term memory for user_", str(r.randint(10000, 99999)), " (travel assistant):\n- name: ", P(t),
        "\n- background: ", ETH(r.choice(["ชาวม้ง", "ชาวอาข่า", "เชื้อสายมลายู"])),
        ", wants a heritage trip\n- health: ", HEA(r.choice(["ตั้งครรภ์ 5 เดือน", "เป็นโรคหอบหืด",
                                                                         "แพ้ยาเพนิซิลลิน"])),
        "\n- faith: ", REL(r.choice(["นับถือศาสนาคริสต์", "เป็นมุสลิม", "พุทธ"])),
        "\nUse these to personalise. User says: 'plan 3 days in Chiang Rai'",
    ]


# ----------------------------------------------------------------------------------------------
# I. More voice transcripts, SMS, OCR'd scans and community posts
# ----------------------------------------------------------------------------------------------
@T("embassy")
def asr_embassy_hotline_en(r: random.Random) -> list:
    m, bro = r.choice(MM), r.choice(MM_M)
    while bro == m:
        bro = r.choice(MM_M)
    return [
        "transcribe-cleanup: add punctuation only\ncaller: yes hello my name is ", P(m.lower()),
        " my brother ", P(bro.lower()), " was detained yesterday because he ",
        POL(r.choice(["joined the protest against the junta outside the embassy", "held a sign supporting the nug",
                      "spoke at the anti coup rally"])),
        " his passport number is ", PP(passport(r, "MM")), " please call me ", PH(mobile(r, "asr")),
        "\nofficer: ok we will check with immigration",
    ]


@T("freight")
def asr_freight_driver_call_th(r: random.Random) -> list:
    d = thn(r)
    return [
        "ASR call log (ไม่มีวรรคตอน) สรุปว่าต้องทำอะไรต่อ\nคนขับ ฮัลโหลพี่ผม", P(d), " นะรถติดอยู่ด่านแหลมฉบังตู้ ",
        container_no(r), " ยังไม่ปล่อย\nจนท ทะเบียนรถอะไรนะ\nคนขับ ", PL(plate(r, "ชลบุรี")),
        "\nจนท เดี๋ยวโทรกลับเบอร์ ", PH(mobile(r, "asr")), " นะ\nคนขับ ครับ",
    ]


@T("intl_school")
def asr_school_nurse_call(r: random.Random) -> list:
    kid, (parent, k) = r.choice(["Mia", "Ella", "Aria", "Zoe"]), r.choice(WEST)
    return [
        "voicemail transcript (auto): hi this is ", P(parent.lower()), " calling about ", P(kid.lower()),
        " student number ", SID(student_id(r, "plain")), " she ", HEA(r.choice(["had a seizure last night",
                                                                               "was diagnosed with glandular fever",
                                                                               "broke her wrist at football"])),
        " so she won't be in this week please call me on ", PH(fphone(r, k)), " thanks\n-> create a nurse ticket",
    ]


@T("medical_tourism")
def sms_clinic_reminders(r: random.Random) -> list:
    rows: list = ["Check these outbound SMS for length and tone:\n"]
    for _ in range(2):
        name = r.choice(JP + KR + TH_ROMAN)
        rows += [PH(mobile(r, "intl0")), " | Dear ", P(name), ", your appointment (HN ", HN(hn(r)),
                 ") is tomorrow 09:00 at Sukhumvit Int'l Clinic. Reply C to confirm.\n"]
    return rows


@T("expat_hr")
def ocr_work_permit_scan(r: random.Random) -> list:
    name, k = r.choice([(r.choice(JP), "JP"), (r.choice(CN), "CN"), (r.choice(IN), "IN")])
    return [
        "OCR'd work permit (e-WP), fix errors and return key:value lines\nใบอนุญาตทำงาน WORK PERMIT\n",
        "ชื่อ Name: ", P(name.upper()), "\nหนังสือเดินทาง Passport: ", PP(passport(r, k)), "\nวันเกิด DOB: ",
        DOB(dob(r, "dmy")), "\nนายจ้าง Employer: ", r.choice(JP_COS + CN_COS), "\nเลขทะเบียนนายจ้าง: ",
        JUR(juristic(r, "plain")), "\nที่ตั้งสถานที่ทำงาน: นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี\nที่พักอาศัย: ", AD(addr(r)),
    ]


@T("migrant_services")
def ocr_pink_card_scan(r: random.Random) -> list:
    m = r.choice(MM_TH + LAO_TH + KH_TH)
    return [
        "ข้อความจากการสแกนบัตรสีชมพู (OCR) ช่วยแยกฟิลด์\nบัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย\nเลขประจำตัว ",
        NID(nid(r, first="6", style="space")), "\nชื่อ ", P(m), "\nเกิดวันที่ ", DOB(dob(r, "thshort", 1980, 2004)),
        "\nที่อยู่ ", AD(addr(r)), "\nนายจ้าง ฟาร์มกุ้ง สมุทรสาคร",
    ]


@T("expat_forum")
def expat_forum_moderation(r: random.Random) -> list:
    w, _ = r.choice(WEST)
    return [
        "Moderate this post for the expat Facebook group (rules: no politics, no personal data). Decide and say",
        " why.\nPost by ", P(w), ": \"Honestly I ", POL(r.choice(["support the People's Party and hope they win",
                                                                  "think the monarchy reform protesters are right",
                                                                  "voted for the opposition back home and proud of it"])),
        ". Anyone want to meet up in Hua Hin? Add my LINE ", LN(line_id(r, w)), "\"",
    ]


@T("relocation")
def relocation_pet_import(r: random.Random) -> list:
    w, k = r.choice(WEST)
    return [
        "Pet relocation enquiry — reply with the DLD import steps:\nOwner: ", P(w), "\nArriving with 1 dog",
        " (microchip 98511200", digits(r, 7), ") from ", COUNTRY_NAME[k], "\nThai address: ", AD(addr(r, en=True)),
        "\nEmail ", EM(email(r, w)), ", mobile ", PH(mobile(r, "intl")),
    ]


@T("relocation")
def condo_foreigner_registration(r: random.Random) -> list:
    name, k = r.choice([(r.choice(JP), "JP"), (r.choice(CN), "CN"), (r.choice(KR), "KR")])
    return [
        "นิติบุคคลอาคารชุด: ลงทะเบียนผู้เช่าชาวต่างชาติ ห้อง ", str(r.randint(10, 40)), "0", str(r.randint(1, 9)),
        "\nชื่อ: ", P(name), "\nพาสปอร์ต: ", PP(passport(r, k)), "\nรถยนต์: ", PL(plate(r)), "\nโทร: ",
        PH(mobile(r)), "\nช่วยทำข้อความแจ้ง รปภ. เป็นภาษาไทย และแจ้งผู้เช่าเป็นภาษาอังกฤษ",
    ]


# ----------------------------------------------------------------------------------------------
# Negatives: hard ones for every s.26 category (topic, policy, statistic, product, law; no person)
# ----------------------------------------------------------------------------------------------
@T("medical_tourism", hard="HEALTH_DATA")
def neg_medtour_package_prices(r: random.Random) -> list:
    return [
        "Turn this price list into a clean markdown table for our Gulf agents (AED column at ",
        f"{r.uniform(9.2, 9.9):.2f}", " THB/AED):\n- Total knee replacement (one side), 5 nights: THB ",
        amount(r, 300000, 420000), "\n- Coronary artery bypass graft, 8 nights: THB ", amount(r, 700000, 950000),
        "\n- Colonoscopy with sedation, day case: THB ", amount(r, 18000, 32000),
        "\n- Diabetes check-up (HbA1c, lipids, eye screen): THB ", amount(r, 4500, 9000),
        "\nPrices exclude doctor fees for complications; valid until 31 Dec.",
    ]


@T("public_health", hard="HEALTH_DATA")
def neg_dengue_advisory(r: random.Random) -> list:
    return [
        "สรุปเป็นภาษาอังกฤษสำหรับจดหมายข่าวชุมชนชาวต่างชาติ: กรมควบคุมโรครายงานผู้ป่วยโรคไข้เลือดออกสะสมตั้งแต่ต้นปี ",
        f"{r.randint(20000, 60000):,}", " ราย เสียชีวิต ", str(r.randint(15, 60)),
        " ราย จังหวัดที่มีอัตราป่วยสูงสุด ได้แก่ ภูเก็ต เชียงใหม่ และระยอง แนะนำให้ทายากันยุง กำจัดแหล่งน้ำขัง",
        " และพบแพทย์หากมีไข้สูงเกิน 2 วัน วัคซีนไข้เลือดออกมีให้บริการในโรงพยาบาลเอกชนสำหรับผู้มีอายุ 4 ปีขึ้นไป",
    ]


@T("expat_hr", hard="RELIGION")
def neg_ramadan_office_hours(r: random.Random) -> list:
    return [
        "Translate this notice into Thai and Japanese for all staff:\nDuring Ramadan (expected ",
        r.choice(["18 Feb – 19 Mar", "8 Feb – 9 Mar"]), "), Muslim colleagues may start at 07:30 and leave at 15:30,",
        " and the prayer room on level 4 will stay open until 19:00 for iftar. Managers should avoid scheduling",
        " lunch meetings. Questions: hr@ (internal).",
    ]


@T("freight", hard="RELIGION")
def neg_halal_export_requirements(r: random.Random) -> list:
    return [
        "ช่วยทำเช็กลิสต์ส่งออกไก่แปรรูป (HS 1602.32) ไปมาเลเซีย/อินโดนีเซีย: ต้องมีใบรับรองฮาลาลจากคณะกรรมการกลาง",
        "อิสลามแห่งประเทศไทย โรงงานต้องขึ้นทะเบียนกับ JAKIM, ฉลากภาษามลายู, ใบรับรองสุขอนามัยจากกรมปศุสัตว์",
        ", ตู้ reefer -18°C เลขที่ ", container_no(r), " booking ", pnr(r),
    ]


@T("migrant_services", hard="ETHNICITY")
def neg_refugee_camp_statistics(r: random.Random) -> list:
    return [
        "Summarise for a donor brief, neutral tone: Nine temporary shelters along the Thailand-Myanmar border",
        " host about ", f"{r.randint(76, 91)},{r.randint(100, 999)}", " verified refugees, the large majority ethnic",
        " Karen and Karenni. Since 2021 an estimated ", f"{r.randint(20, 45)},000",
        " new arrivals, including Bamar, Chin and Kachin people, have crossed into Tak province. Resettlement",
        " departures fell to ", str(r.randint(800, 1900)), " last year.",
    ]


@T("intl_school", hard="ETHNICITY")
def neg_culture_day_copy(r: random.Random) -> list:
    return [
        "Write a fun announcement for parents: Culture Day on Friday! Grade 3 will learn Akha embroidery, Lahu",
        " bamboo dances and Hmong batik from a Chiang Rai craft cooperative; Grade 6 presents Mon and Shan New Year",
        " foods. Tickets for the cooperative market are THB ", str(r.randint(50, 150)),
        ". All proceeds go to the cooperative.",
    ]


# Fictional office-holders: public figures in news are not labelled.
MINISTERS = [("รัฐมนตรีว่าการกระทรวงพาณิชย์", "นายธีระ พงศ์อมรเดช"), ("รัฐมนตรีว่าการกระทรวงการคลัง", "นายประวิทย์ เลิศศักดิ์ไพศาล"),
             ("รัฐมนตรีว่าการกระทรวงพาณิชย์", "นางสาวกมลวรรณ อัครเดชากุล")]


@T("news", hard="POLITICAL_OPINION")
def neg_minister_tariff_news(r: random.Random) -> list:
    role, who = r.choice(MINISTERS)
    return [
        "สรุปข่าวเป็นภาษาอังกฤษ 3 บรรทัดสำหรับลูกค้าญี่ปุ่น: ", role, " ", who,
        " แถลงวันนี้ว่าไทยบรรลุข้อตกลงลดภาษีนำเข้าสินค้าเกษตรจากสหรัฐฯ เหลือ ", str(r.randint(0, 10)),
        "% แลกกับอัตราภาษีตอบโต้ที่ ", str(r.choice([18, 19, 20])), "% ฝ่ายค้านวิจารณ์ว่าเกษตรกรเสียเปรียบ",
        " ส่วนสภาหอการค้าคาดว่าการส่งออกชิ้นส่วนยานยนต์ (HS 8708) จะฟื้นตัวในไตรมาสหน้า",
    ]


@T("embassy", hard="POLITICAL_OPINION")
def neg_overseas_voting_notice(r: random.Random) -> list:
    return [
        "Translate to English for our Thai staff abroad: สถานเอกอัครราชทูตไทยแจ้งผู้มีสิทธิเลือกตั้งนอกราชอาณาจักร",
        " ลงทะเบียนได้ที่เว็บไซต์กรมการกงสุลภายในวันที่ ", str(r.randint(1, 28)),
        " มีนาคม เลือกวิธีลงคะแนนได้ 3 แบบ: ที่สถานทูต ทางไปรษณีย์ หรือหีบเลือกตั้งเคลื่อนที่ ผู้ที่ลงทะเบียนแล้ว",
        "ไม่ต้องลงทะเบียนซ้ำ ทั้งนี้สถานทูตไม่สนับสนุนพรรคการเมืองใด",
    ]


@T("visa_agent", hard="CRIMINAL_RECORD")
def neg_immigration_overstay_rules(r: random.Random) -> list:
    return [
        "Explain in simple English for a FAQ page: Under the Immigration Act B.E. 2522, overstay is fined THB 500",
        " per day up to THB 20,000. Foreigners who surrender after overstaying more than 90 days are barred for",
        " 1 year; over 1 year, 3 years; over 3 years, 5 years; over 5 years, 10 years. If arrested rather than",
        " surrendering, the ban is 5 years for under 1 year of overstay and 10 years beyond that.",
    ]


@T("tourist_police", hard="CRIMINAL_RECORD")
def neg_tourist_police_crime_stats(r: random.Random) -> list:
    return [
        "ทำสไลด์ 1 หน้า: สถิติคดีที่เกี่ยวกับนักท่องเที่ยว จ.ภูเก็ต ไตรมาสล่าสุด ลักทรัพย์ ", str(r.randint(80, 160)),
        " คดี ฉ้อโกงออนไลน์ ", str(r.randint(40, 120)), " คดี ทำร้ายร่างกาย ", str(r.randint(10, 40)),
        " คดี จับกุมชาวต่างชาติทำงานผิดกฎหมาย ", str(r.randint(30, 90)),
        " ราย เพิ่มขึ้น 12% เทียบปีก่อน สายด่วนตำรวจท่องเที่ยว 1155",
    ]


@T("expat_hr", hard="SEXUAL_BEHAVIOUR")
def neg_marriage_equality_policy(r: random.Random) -> list:
    return [
        "Policy update, please proofread: Following the Marriage Equality Act in force from 23 January 2025, all",
        " benefits for spouses (medical cover, dependant visas, relocation allowance) apply equally to same-sex",
        " spouses. Employees do not need to disclose their sexual orientation to HR; only the registered",
        " marriage certificate is required. Effective from payroll period ", r.choice(["2026-04", "2026-05"]), ".",
    ]


@T("medical_tourism", hard="SEXUAL_BEHAVIOUR")
def neg_prep_service_copy(r: random.Random) -> list:
    return [
        "ปรับข้อความหน้าเว็บคลินิกให้เป็นมิตร TH/EN: บริการ PrEP และ PEP สำหรับผู้ที่มีความเสี่ยง เช่น ชายที่มีเพศสัมพันธ์กับชาย",
        " คู่ที่มีผลเลือดต่าง และพนักงานบริการ ตรวจ HIV รู้ผลใน 1 ชั่วโมง ค่าบริการเริ่มต้น ", str(r.randint(8, 15) * 100),
        " บาท ไม่ต้องนัดล่วงหน้า ข้อมูลเป็นความลับ",
    ]


@T("expat_hr", hard="DISABILITY")
def neg_disability_quota_law(r: random.Random) -> list:
    n = r.randint(250, 1800)
    return [
        "Explain to our Japanese MD: Thai law requires 1 employee with a disability per 100 employees (s.33).",
        f" With {n} staff we need {n // 100} hires; otherwise pay into the Fund under s.34 (minimum wage x 365 x",
        " shortfall) or provide concessions under s.35 such as training or venue space. Report due by 31 Jan.",
    ]


@T("bpo", hard="DISABILITY")
def neg_wheelchair_service_faq(r: random.Random) -> list:
    return [
        "Rewrite this FAQ in plainer English:\nQ: What do WCHR, WCHS and WCHC mean?\nA: WCHR – can walk but",
        " needs help over long distances; WCHS – cannot climb steps; WCHC – completely immobile, needs help to",
        " the seat. Request at least 48 hours before departure. Service animals for guests with visual",
        " impairment are accepted on flights ", r.choice(FLIGHTS), " and ", r.choice(FLIGHTS), " with paperwork.",
    ]


@T("legal", hard="TRADE_UNION")
def neg_labour_relations_act(r: random.Random) -> list:
    return [
        "สรุปสาระสำคัญให้ผู้บริหารเกาหลีเข้าใจ (ภาษาอังกฤษ): ตาม พ.ร.บ.แรงงานสัมพันธ์ พ.ศ. 2518 ลูกจ้างสัญชาติไทย",
        "ไม่น้อยกว่า 10 คนในนายจ้างเดียวกันจดทะเบียนจัดตั้งสหภาพแรงงานได้ นายจ้างห้ามเลิกจ้างกรรมการลูกจ้าง",
        "โดยไม่ได้รับอนุญาตจากศาลแรงงาน และห้ามขัดขวางการเป็นสมาชิกสหภาพ (มาตรา 121) ข้อเรียกร้องต้องยื่นเป็นหนังสือ",
    ]


@T("news", hard="TRADE_UNION")
def neg_union_negotiation_news(r: random.Random) -> list:
    return [
        "News brief for the Tokyo head office (EN, 80 words): The Eastern Electronics Labour Union and management",
        " at a Rayong plant agreed on a ", f"{r.uniform(4.0, 6.5):.1f}", "-month bonus and a THB ",
        str(r.randint(8, 20) * 100), " monthly raise after three rounds of talks, ending a two-week overtime",
        " ban. About ", f"{r.randint(2, 6)},{r.randint(100, 999)}", " workers are covered.",
    ]


@T("medical_tourism", hard="GENETIC_DATA")
def neg_genetic_package_copy(r: random.Random) -> list:
    return [
        "Polish this package copy: Hereditary Cancer Screening – 30-gene panel incl. BRCA1/BRCA2, Lynch",
        " syndrome genes and TP53. Saliva sample, results in 21 days, genetic counselling included. Price THB ",
        amount(r, 25000, 45000), " (was ", amount(r, 46000, 60000), "). Suitable if close relatives had breast,",
        " ovarian or colon cancer.",
    ]


@T("medical_tourism", hard="GENETIC_DATA")
def neg_hla_research_abstract(r: random.Random) -> list:
    return [
        "ย่อบทคัดย่อนี้ให้เหลือ 3 ประโยค: การศึกษาในประชากรไทย ", f"{r.randint(1200, 4800):,}",
        " รายพบความชุกของอัลลีล HLA-B*15:02 ร้อยละ ", f"{r.uniform(7.5, 9.5):.1f}",
        " และ HLA-B*58:01 ร้อยละ ", f"{r.uniform(6.0, 8.5):.1f}",
        " สนับสนุนการตรวจก่อนเริ่มยา carbamazepine และ allopurinol ตามแนวทางของกระทรวงสาธารณสุข",
    ]


@T("visa_agent", hard="BIOMETRIC_DATA")
def neg_egate_faq(r: random.Random) -> list:
    return [
        "Translate to Chinese for our tour-agent partners: Automated border gates at Suvarnabhumi and Don Mueang",
        " use facial recognition and fingerprint scanning. Eligible: holders of passports from ",
        str(r.randint(40, 60)), " countries aged 12+. Processing takes about 15 seconds per traveller. Biometric",
        " data is retained by the Immigration Bureau under its own retention rules.",
    ]


@T("kyc", hard="BIOMETRIC_DATA")
def neg_face_match_api_docs(r: random.Random) -> list:
    return [
        "Write a short README section from this spec:\nPOST /v2/face/match\nbody: {\"probe_image\": base64,",
        " \"reference_image\": base64}\nresponse: {\"request_id\": \"", pnr(r).lower(), "\", \"score\": 0.0-1.0,",
        " \"decision\": \"MATCH|NO_MATCH\", \"created_ms\": ", epoch_ms(r),
        "}\nDefault threshold 0.80; liveness must be checked first via /v2/liveness.",
    ]


# ----------------------------------------------------------------------------------------------
# Negatives: same domains, identifiers that are not personal data
# ----------------------------------------------------------------------------------------------
HS = [("8708.29.90", "body parts for motor vehicles"), ("8541.43.00", "photovoltaic modules"),
      ("0306.17.11", "frozen shrimp"), ("8471.30.20", "laptops"), ("3004.90.99", "medicaments, retail packs"),
      ("4011.10.00", "new pneumatic tyres for cars"), ("1006.30.30", "Thai Hom Mali rice"), ("8415.10.10", "air conditioners")]


@T("freight", neg=True)
def neg_hs_code_tool_call(r: random.Random) -> list:
    code, desc = r.choice(HS)
    return [
        '{"role":"assistant","tool_calls":[{"id":"call_', pnr(r).lower(), '","type":"function","function":{"name":',
        '"classify_tariff","arguments":"{\\"description\\":\\"', desc, '\\",\\"candidate_hs\\":\\"', code,
        '\\",\\"origin\\":\\"CN\\",\\"fta\\":\\"ACFTA\\",\\"requested_at\\":', epoch_ms(r), '}"}}]}',
    ]


@T("freight", neg=True)
def neg_container_tracking_json(r: random.Random) -> list:
    c = container_no(r)
    e1, e2 = epoch_ms(r), epoch_ms(r)
    return [
        "Explain the delay to the customer in one paragraph:\n{\"container\":\"", c, "\",\"bl\":\"MEDU",
        digits(r, 6), "\",\"events\":[{\"code\":\"GTIN\",\"loc\":\"THLCH\",\"ts\":", e1, "},{\"code\":\"HOLD\",",
        "\"loc\":\"THLCH\",\"reason\":\"customs inspection\",\"ts\":", e2, "}],\"vessel\":\"ONE HARMONY 071S\"}",
    ]


@T("freight", neg=True)
def neg_awb_manifest_summary(r: random.Random) -> list:
    return [
        "สรุป manifest ขาออกคืนนี้เป็นตาราง\nAWB ", awb(r), " TG 640 BKK-NRT 12 pcs 340 kg durian (frozen)\nAWB ", awb(r),
        " CX 700 BKK-HKG 3 pcs 55 kg electronic parts\nAWB ", awb(r), " ", r.choice(FLIGHTS),
        " 1 pc 8 kg documents\nCut-off 21:30 ที่คลังสินค้า WFS",
    ]


@T("kyc", neg=True)
def neg_fx_rate_tool_result(r: random.Random) -> list:
    return [
        '{"role":"tool","name":"get_fx_rates","content":"{\\"base\\":\\"THB\\",\\"as_of_ms\\":', epoch_ms(r),
        ',\\"rates\\":{\\"USD\\":', f"{r.uniform(0.0285, 0.0310):.5f}", ',\\"JPY\\":', f"{r.uniform(4.3, 4.7):.3f}",
        ',\\"CNY\\":', f"{r.uniform(0.205, 0.222):.4f}", ',\\"KRW\\":', f"{r.uniform(40.1, 43.5):.2f}",
        '}}"}\nuser: how many yen is 25,000 baht today?',
    ]


@T("kyc", neg=True)
def neg_crypto_orderbook_log(r: random.Random) -> list:
    rows: list = ["Why did the matching engine reject order 3? Logs:\n"]
    for i in range(1, 4):
        rows += [epoch_ms(r), f" order={i} pair=BTC/THB side={r.choice(['BUY', 'SELL'])} px=",
                 f"{r.randint(3_100_000, 3_600_000):,}", f" qty={r.uniform(0.001, 0.2):.4f} status=",
                 r.choice(["FILLED", "PARTIAL"]) if i < 3 else "REJECTED(min_notional)", "\n"]
    return rows


@T("freight", neg=True)
def neg_invoice_line_items(r: random.Random) -> list:
    return [
        "ตรวจยอดใบแจ้งหนี้ INV-2026-0", str(r.randint(1000, 9999)), " ให้หน่อย\nOcean freight 1x40HC SHA-LCB USD ",
        str(r.randint(900, 2100)), "\nTHC Laem Chabang THB 7,200\nD/O fee THB 1,800\nCustoms clearance THB 3,500\n",
        "VAT 7% on local charges\nอัตราแลกเปลี่ยน ", f"{r.uniform(32.5, 35.5):.4f}", " THB/USD",
    ]


@T("travel", neg=True)
def neg_group_tour_itinerary(r: random.Random) -> list:
    return [
        "Make a WhatsApp-friendly itinerary: group booking ", pnr(r), " (25 pax, Osaka tour)\nDay 1 ",
        "TG 622 BKK 23:45 → KIX 07:10\nDay 5 TG 623 KIX 11:05 → BKK 15:10\nHotel ref HB-", digits(r, 8),
        ", 13 twin rooms\nBaggage 30 kg, meals Moslem/vegetarian can be requested for the group at no charge.",
    ]


@T("bpo", neg=True)
def neg_ivr_menu_asr(r: random.Random) -> list:
    return [
        "ASR of our IVR prompt, check wording: thank you for calling press one for english กด สอง สำหรับภาษาไทย",
        " press three for japanese for flight status press four to speak to an agent press nine to repeat",
        " calls may be recorded for quality and training purposes your estimated waiting time is ",
        str(r.randint(2, 9)), " minutes",
    ]


@T("bpo", neg=True)
def neg_bpo_qa_rubric(r: random.Random) -> list:
    return [
        "แปลงเป็น JSON scoring schema ให้หน่อย:\n1. Greeting with brand and own name (5)\n2. Verify caller with 2 of 3:",
        " date of birth, postcode, last 4 of card (15)\n3. Never read back a full card number or passport",
        " number (fail)\n4. Offer relay/chat channel to callers with hearing impairment (10)\n5. Summarise and close",
        " (", str(r.randint(5, 10)), ")",
    ]


@T("intl_school", neg=True)
def neg_school_term_calendar(r: random.Random) -> list:
    return [
        "Make an .ics-ready list: Term 2 starts 6 Jan; Chinese New Year (no school) ", r.choice(["17", "29"]),
        " Jan; Makha Bucha 12 Feb; Half-term 17-21 Feb; Songkran break 7-18 Apr; IGCSE exams from 28 Apr;",
        " Graduation 13 Jun (Hall A, 17:00). Late pick-up fee THB 300 per 15 min.",
    ]


@T("embassy", neg=True)
def neg_embassy_visa_fee_table(r: random.Random) -> list:
    return [
        "ทำตารางค่าธรรมเนียมวีซ่า (อัปเดต ", str(r.randint(1, 28)), "/03) Tourist single entry 1,000 บาท,",
        " Non-Immigrant B 2,000 บาท, Multiple entry 5,000 บาท, Destination Thailand Visa (DTV) 10,000 บาท",
        " ยื่นออนไลน์ผ่าน thaievisa.go.th ใช้เวลา 5-10 วันทำการ ค่าธรรมเนียมไม่คืนในทุกกรณี",
    ]


@T("tourist_police", neg=True)
def neg_tourist_police_notice(r: random.Random) -> list:
    return [
        "Translate this public notice into Korean, Chinese and Russian: Tourist Police Hotline 1155 is available",
        " 24 hours in English. For lost passports, report at the nearest police station first, then contact",
        " your embassy. Taxi complaints: Department of Land Transport hotline 1584. Immigration info: 1178.",
        " Scam alert: police never ask for transfers to \"safe accounts\". Updated ", str(r.randint(2, 28)), " Jan.",
    ]


@T("freight", neg=True)
def neg_incoterms_rag_chunk(r: random.Random) -> list:
    return [
        "<chunk id=\"incoterms-2020#", str(r.randint(10, 40)), "\">Under FOB, risk transfers when the goods are on",
        " board the vessel at the named port of shipment (e.g. FOB Laem Chabang). Under CIF the seller also pays",
        " freight and minimum insurance (ICC C) to the destination port.</chunk>\nQ: Which term should a Thai",
        " exporter of HS 4011 tyres use if the buyer in Rotterdam arranges the ship?",
    ]


@T("llm_agent", neg=True)
def neg_llm_chat_tariff_json(r: random.Random) -> list:
    return [
        '{"id":"chatcmpl-', pnr(r), digits(r, 4), '","object":"chat.completion","created_ms":', epoch_ms(r),
        ',"messages":[{"role":"user","content":"What is the MFN duty for HS 8703.80 EVs into Thailand vs under',
        ' ACFTA?"},{"role":"assistant","content":"MFN is 80% while ACFTA origin is 0% subject to rules of',
        ' origin (RVC 40%). Check the EV 3.5 incentive conditions."}]}',
    ]


@T("llm_agent", neg=True)
def neg_api_error_log_jsonl(r: random.Random) -> list:
    rows: list = ["Group these errors by cause:\n"]
    for _ in range(3):
        rows += ['{"ts_ms":', epoch_ms(r), ',"svc":"', r.choice(["visa-bot", "kyc-gw", "tms-api"]), '","status":',
                 r.choice(["429", "502", "504"]), ',"path":"/v1/chat/completions","latency_ms":',
                 str(r.randint(900, 30000)), ',"trace":"', f"{r.getrandbits(64):016x}", '"}\n']
    return rows


@T("kyc", neg=True)
def neg_kyc_policy_rag_chunk(r: random.Random) -> list:
    return [
        "[policy/aml/kyc_tiers.md §4] Tier 1: ID document + selfie; deposits up to THB ", amount(r, 50000, 100000),
        "/day. Tier 2: proof of address within 3 months; THB 2,000,000/day. Tier 3 (corporate): affidavit,",
        " UBO declaration, board resolution. Foreign nationals: passport + visa page; PEPs require senior",
        " approval.\n---\nQ: what does a Japanese retiree need for tier 2?",
    ]


@T("llm_agent", neg=True)
def neg_python_fixtures_code(r: random.Random) -> list:
    t1, t2 = epoch_ms(r), epoch_ms(r)
    return [
        "why does this test fail on CI but not locally?\n```python\ndef test_expiry_window():\n",
        f"    issued_ms = {t1}\n    expires_ms = {t2}\n",
        "    token = make_token(scope=\"visa:read\", issued_ms=issued_ms, ttl=3600)\n",
        "    assert token.expires_ms - issued_ms == 3_600_000\n```",
    ]


@T("kyc", neg=True)
def neg_sql_fx_query(r: random.Random) -> list:
    return [
        "Optimise this query:\nSELECT pair, AVG(rate) FROM fx_ticks\nWHERE ts_ms BETWEEN ", epoch_ms(r), " AND ",
        epoch_ms(r), "\n  AND pair IN ('USDTHB','JPYTHB','CNYTHB')\nGROUP BY pair;  -- runs 40s on 300M rows",
    ]


@T("bpo", neg=True)
def neg_job_ad_japanese_bpo(r: random.Random) -> list:
    return [
        "ช่วยปรับประกาศรับสมัครงานให้น่าสนใจ: รับสมัคร Customer Service ภาษาญี่ปุ่น (JLPT N2 ขึ้นไป) ",
        str(r.randint(3, 12)), " อัตรา เงินเดือน 45,000-60,000 บาท + ค่าภาษา ทำงานที่อโศก กะเช้า/บ่าย",
        " สวัสดิการประกันสุขภาพกลุ่ม ส่งเรซูเม่ที่ recruit@ (อีเมลฝ่ายบุคคล) ภายใน 30 เม.ย.",
    ]


@T("medical_tourism", neg=True)
def neg_medtour_newsletter(r: random.Random) -> list:
    return [
        "Shorten to 60 words: Our International Patient Centre now offers interpreters in Arabic, Burmese,",
        " Khmer, Japanese and Mandarin, airport pick-up from BKK/DMK and visa-extension letters. Packages from",
        " THB ", amount(r, 9000, 20000), ". Enquiries: info@ or the WhatsApp button on our website.",
    ]


@T("freight", neg=True)
def neg_fta_tariff_table(r: random.Random) -> list:
    code, desc = r.choice(HS)
    return [
        "Compare duty rates for ", code, " (", desc, ") into Thailand: MFN ", str(r.choice([5, 10, 20, 30])),
        "%, ATIGA 0%, ACFTA ", str(r.choice([0, 5])), "%, JTEPA ", str(r.choice([0, 2, 5])),
        "%, AKFTA 0%, RCEP ", str(r.choice([0, 3, 5])), "%. Form E / Form D / JTEPA CO required. Which is best?",
    ]


@T("freight", neg=True)
def neg_vessel_schedule(r: random.Random) -> list:
    return [
        "เขียนใหม่เป็นประกาศแจ้งลูกค้า (EN): Vessel WAN HAI ", str(r.randint(300, 399)), " voy. ", str(r.randint(100, 999)),
        "N delayed at Laem Chabang B5 berth, new ETD ", str(r.randint(10, 28)), "/04 18:00. Connecting vessel at",
        " Kaohsiung: YM WARMTH 0", str(r.randint(10, 99)), "E. Cargo cut-off unchanged. VGM deadline 24h before ETD.",
    ]


@T("visa_agent", neg=True)
def neg_ltr_visa_requirements(r: random.Random) -> list:
    return [
        "ตอบจาก KB เท่านั้น: LTR Visa ประเภท Work-from-Thailand Professional ต้องมีรายได้ส่วนบุคคล USD 80,000",
        "/ปี ย้อนหลัง 2 ปี นายจ้างเป็นบริษัทมหาชนหรือรายได้รวม USD 150 ล้าน ประกันสุขภาพ USD 50,000 อายุวีซ่า",
        " 10 ปี รายงานตัวปีละครั้งแทน 90 วัน ค่าธรรมเนียม 50,000 บาท\nQ: ภรรยาและลูกยื่นตามได้กี่คน",
    ]


@T("kyc", neg=True)
def neg_payment_webhook(r: random.Random) -> list:
    return [
        "Is this webhook safe to retry?\n{\"event\":\"payout.settled\",\"payout_id\":\"po_", pnr(r).lower(),
        digits(r, 6), "\",\"amount\":", str(r.randint(1000, 90000)), "00,\"currency\":\"THB\",\"rail\":\"PromptPay\"",
        ",\"settled_at_ms\":", epoch_ms(r), ",\"attempt\":2}",
    ]


@T("llm_agent", neg=True)
def neg_k8s_metrics_log(r: random.Random) -> list:
    return [
        "Explain this alert:\n", "level=warn ts_ms=", epoch_ms(r), " pod=asr-worker-", pnr(r).lower()[:5],
        " gpu=0 msg=\"queue depth ", str(r.randint(200, 900)), " over threshold 150\" lang=th-TH model=whisper-large-v3",
        " rtf=", f"{r.uniform(0.3, 1.4):.2f}",
    ]


@T("bpo", neg=True)
def neg_agent_script_placeholders(r: random.Random) -> list:
    return [
        "Improve this call script (keep placeholders):\nGood {morning}, thank you for calling, my name is",
        " [AGENT_NAME]. Am I speaking with [CUSTOMER_NAME]? For security, please confirm your date of birth and",
        " the last four digits of your card. ... Thank you, [CUSTOMER_NAME], your case number is [CASE_ID].",
        " Script v", str(r.randint(2, 9)), ".1",
    ]


@T("news", neg=True)
def neg_thb_exchange_rate_news(r: random.Random) -> list:
    return [
        "สรุปข่าวค่าเงินให้ลูกค้าองค์กร 2 บรรทัด: เงินบาทเปิดตลาดเช้านี้ที่ ", f"{r.uniform(32.2, 35.8):.2f}",
        " บาท/ดอลลาร์ แข็งค่าจากวานนี้ ธนาคารแห่งประเทศไทยระบุว่าจะดูแลความผันผวน ราคาทองคำแท่งขายออก ",
        f"{r.randint(40, 52)},{r.randint(100, 950)}", " บาท เงินเยนอยู่ที่ ", f"{r.uniform(21.0, 23.5):.2f}",
        " บาท/100 เยน",
    ]


@T("travel", neg=True)
def neg_vat_refund_info(r: random.Random) -> list:
    return [
        "Make this readable for Chinese tourists: VAT Refund for Tourists – buy at least THB 2,000 per day per",
        " shop with a P.P.10 form, total THB 5,000 or more, leave within 60 days by air. Show goods at the",
        " customs desk before check-in. Refund fee THB 100; over THB 30,000 is paid by card or bank draft.",
        " Counter ", r.choice(["4", "7", "12"]), " in the departure hall.",
    ]


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
# ----------------------------------------------------------------------------------------------
def build_rows() -> list[dict]:
    rows: list[dict] = []
    for t in TEMPLATES:
        for i in range(PROMPTS_PER_TEMPLATE):
            r = random.Random(f"{SEED}:{t.name}:{i}")
            text, ents = assemble(t.fn(r))
            if t.negative != (not ents):
                raise AssertionError(f"{t.name}: negative={t.negative} but {len(ents)} entities")
            for e in ents:
                span = text[e["start"]:e["end"]]
                if not _check_value(e["entity_type"], span):
                    raise AssertionError(f"{t.name}: invalid {e['entity_type']} value {span!r}")
            rows.append({"id": "", "split": "test", "domain": t.domain, "template": t.name,
                         "negative": not ents, "text": text, "entities": ents})
    order = list(range(len(rows)))
    random.Random(f"{SEED}:order").shuffle(order)
    shuffled = [rows[k] for k in order]
    for n, row in enumerate(shuffled, 1):
        row["id"] = f"f25-{n:04d}"
    return shuffled


def coverage(rows: list[dict]) -> Counter:
    return Counter(t for r in rows for t in {e["entity_type"] for e in r["entities"]})


def _self_check(rows: list[dict]) -> list[str]:
    problems = []
    names = [t.name for t in TEMPLATES]
    if len(set(names)) != len(names):
        problems.append("duplicate template names")
    negatives = sum(r["negative"] for r in rows)
    if len(rows) < 300 or len(TEMPLATES) < 150 or negatives < 80 or not 0.24 <= negatives / len(rows) <= 0.33:
        problems.append(f"size: rows={len(rows)} templates={len(TEMPLATES)} negatives={negatives}")
    cov = coverage(rows)
    for etype in ENTITY_TYPES:
        need = 10 if etype in S26_TYPES else 6
        if cov[etype] < need:
            problems.append(f"{etype}: {cov[etype]} prompts < {need}")
    hard = Counter(t.s26_hard_negative for t in TEMPLATES if t.s26_hard_negative)
    for etype in S26_TYPES:
        if hard[etype] * PROMPTS_PER_TEMPLATE < 3:
            problems.append(f"hard negatives for {etype}: {hard[etype]} templates")
    epoch = [m for r in rows if r["negative"] for m in re.findall(r"(?<!\d)1[78]\d{11}(?!\d)", r["text"])
             if pin.is_valid(m)]
    if len(epoch) < 8:
        problems.append(f"epoch-ms negatives: {len(epoch)}")
    return problems


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 unless --out matches what this script writes")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true", help="print coverage")
    args = ap.parse_args(argv)
    rows = build_rows()
    if args.stats:
        cov = coverage(rows)
        print(f"rows={len(rows)} templates={len(TEMPLATES)} negatives={sum(r['negative'] for r in rows)}")
        for etype in ENTITY_TYPES:
            print(f"  {etype:24s} {cov[etype]}")
    problems = _self_check(rows)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    text = render(rows)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: rerun bench/make_freshset25.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
