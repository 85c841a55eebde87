"""PERSON: Thai names with titles, ranks and cues, untitled full names, English names, and the
ordinary words, places, organisations and products that must not be taken for names.

Every name here is fabricated (composed or invented), never taken from ThaiNER.
"""

from __future__ import annotations

import random

import pytest
from conftest import spans_of

from pdpa_guard.detect.recognizers.person import PersonRecognizer
from pdpa_guard.detect.recognizers.person_lexicon import load_lexicon


def persons(engine, text: str) -> list[str]:
    return spans_of(engine, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("นายสมชาย ใจดี โทร 0812345678", "นายสมชาย ใจดี"),
        ("ผู้ติดต่อ: นางสาววรรณา สุขสวัสดิ์", "นางสาววรรณา สุขสวัสดิ์"),
        ("เรียน น.ส.กมลวรรณ ศรีสุข", "น.ส.กมลวรรณ ศรีสุข"),
        ("นางอรุณี วัฒนกุล เป็นผู้ปกครอง", "นางอรุณี วัฒนกุล"),
        ("ด.ช.ปัณณวัฒน์ ศรีสุข นักเรียนชั้น ป.4", "ด.ช.ปัณณวัฒน์ ศรีสุข"),
        ("ด.ญ.ภูริณัฐ วัฒนกุล อายุ 9 ปี", "ด.ญ.ภูริณัฐ วัฒนกุล"),
        ("อาจารย์ที่ปรึกษาคือ ดร.ปิยะพงษ์ สุขสวัสดิ์", "ดร.ปิยะพงษ์ สุขสวัสดิ์"),
        ("ผู้วิจัยหลัก ผศ.ดร.อรุณี ศรีสุข", "ผศ.ดร.อรุณี ศรีสุข"),
        ("ศ.นพ.ศุภวิชญ์ วัฒนกุล หัวหน้าภาควิชา", "ศ.นพ.ศุภวิชญ์ วัฒนกุล"),
        ("รศ.กานต์ธิดา ศรีสุข", "รศ.กานต์ธิดา ศรีสุข"),
        ("พล.ต.อ.ชยพัทธ์ สุขสวัสดิ์ ผู้บัญชาการ", "พล.ต.อ.ชยพัทธ์ สุขสวัสดิ์"),
        ("พ.ต.ท.จิรัฏฐ์ วัฒนกุล พนักงานสอบสวน", "พ.ต.ท.จิรัฏฐ์ วัฒนกุล"),
        ("ร.ต.อ.สมชาย ศรีสุข รับแจ้งเหตุ", "ร.ต.อ.สมชาย ศรีสุข"),
        ("จ.ส.อ.ปิยะพงษ์ ใจดี", "จ.ส.อ.ปิยะพงษ์ ใจดี"),
        ("ส.ต.ท.ศุภวิชญ์ สุขสวัสดิ์ ปฏิบัติหน้าที่", "ส.ต.ท.ศุภวิชญ์ สุขสวัสดิ์"),
        ("พล.อ.ปัณณวัฒน์ ศรีสุข", "พล.อ.ปัณณวัฒน์ ศรีสุข"),
        ("น.อ.ชยพัทธ์ ใจดี", "น.อ.ชยพัทธ์ ใจดี"),
        ("พ.อ.(พิเศษ)จิรัฏฐ์ ศรีสุข", "พ.อ.(พิเศษ)จิรัฏฐ์ ศรีสุข"),
        ("พลตำรวจเอกสมชาย วัฒนกุล", "พลตำรวจเอกสมชาย วัฒนกุล"),
        ("พันโทปิยะพงษ์ สุขสวัสดิ์", "พันโทปิยะพงษ์ สุขสวัสดิ์"),
        ("ส่งต่อให้นายแพทย์ศุภวิชญ์ ศรีสุข ตรวจ", "นายแพทย์ศุภวิชญ์ ศรีสุข"),
        ("ฝากบอกคุณวรรณา สุขสวัสดิ์ ด้วยค่ะ", "คุณวรรณา สุขสวัสดิ์"),
    ],
)
def test_titled_thai_names_with_surname(engine, text: str, name: str) -> None:
    assert persons(engine, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("เมื่อวานนายสมชายกล่าวว่าจะมาพรุ่งนี้", "นายสมชาย"),  # glued before and after
        ("โดยน.ส.กมลวรรณได้แจ้งความไว้แล้ว", "น.ส.กมลวรรณ"),
        ("ผู้เสียหายคือนางอรุณี อายุ 52 ปี", "นางอรุณี"),
        ("ขอบคุณคุณแนนมากนะคะ", "คุณแนน"),  # nickname after คุณ, even after ขอบคุณ
        ("น้องฟลุคเรียนอยู่ชั้น ป.3", "น้องฟลุค"),
    ],
)
def test_glued_titles_and_given_names_only(engine, text: str, name: str) -> None:
    assert persons(engine, text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ลูกค้าชื่อสมชาย ใจดี โทรมาสอบถามเรื่องยอดค้างชำระ", "สมชาย ใจดี"),
        ("ชื่อ-นามสกุล: วรรณา สุขสวัสดิ์", "วรรณา สุขสวัสดิ์"),
        ("ผู้ป่วยชื่อกมลวรรณ ศรีสุข มีอาการไข้สูง", "กมลวรรณ ศรีสุข"),
        ("ผู้เอาประกันภัย: ปิยะพงษ์ วัฒนกุล", "ปิยะพงษ์ วัฒนกุล"),
        ("ผู้แจ้ง อรุณี ศรีสุข แจ้งว่าบัตรหาย", "อรุณี ศรีสุข"),
        ('{"ชื่อ": "ศุภวิชญ์ สุขสวัสดิ์", "อายุ": 31}', "ศุภวิชญ์ สุขสวัสดิ์"),
        ("ชื่อเล่น: ต้น", "ต้น"),
        ("[09:15] ออม: ส่งเลขบัญชีมาด้วย", "ออม"),  # chat speaker
        ("ข้าพเจ้านายปิยะพงษ์ ศรีสุข ขอร้องเรียน", "นายปิยะพงษ์ ศรีสุข"),
    ],
)
def test_names_after_context_cues(engine, text: str, name: str) -> None:
    assert persons(engine, text) == [name]


def test_untitled_full_name_between_words(engine) -> None:
    text = "รบกวนส่งเอกสารให้ สมชาย ใจดี ภายในวันนี้"
    assert persons(engine, text) == ["สมชาย ใจดี"]


def test_names_in_no_list_are_found_by_their_shape() -> None:
    """Given names and surnames absent from PyThaiNLP's lists still look like names."""
    lex = load_lexicon()
    given, family = "ธีรวัชร์", "เพชรรัตนากร"
    assert given not in lex.given_names and given not in lex.family_names
    assert family not in lex.family_names and family not in lex.given_names
    recognizer = PersonRecognizer()
    for text, name in [
        (f"ติดต่อนายธนกฤตย์ {family} ฝ่ายบุคคล", f"นายธนกฤตย์ {family}"),
        (f"ผู้สมัคร {given} {family} ผ่านการสัมภาษณ์", f"{given} {family}"),
        (f"ลูกค้าชื่อ{given} ศิริมงคลชัย", f"{given} ศิริมงคลชัย"),
        ("พ.ต.ต.ลลิลทิพย์ วัฒนศิริกุล", "พ.ต.ต.ลลิลทิพย์ วัฒนศิริกุล"),
    ]:
        found = [text[s.start : s.end] for s in recognizer.find(text)]
        assert found == [name], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please call Mr. Somchai Jaidee tomorrow.", "Mr. Somchai Jaidee"),
        ("Ms. Malee will join the meeting", "Ms. Malee"),
        ("Name: Somchai Jaidee, Phone: 0812345678", "Somchai Jaidee"),
        ("Dear Khun Somchai,", "Khun Somchai"),
        ('{"customer_name": "Wanna Suksawat", "tier": "gold"}', "Wanna Suksawat"),
        ("ส่งอีเมลถึงคุณ John Smith แล้ว", "คุณ John Smith"),
        ("Dr. Piyaphong Srisuk reviewed the scan", "Dr. Piyaphong Srisuk"),
        ("ชื่อภาษาอังกฤษ: MRS. WANNA SUKSAWAT", "MRS. WANNA SUKSAWAT"),
        ("Spouse Kanya Srisuk joins the next meeting.", "Kanya Srisuk"),
        # a role in brackets right after a full name, no title
        ("Write a warning letter for Tawan Khemkaew (cashier, staff no. C-1182).", "Tawan Khemkaew"),
        ("Interview notes on Piyada Rungsri (a pharmacist) are attached", "Piyada Rungsri"),
        ("Emergency contact Noppadon Kaewsai, +66 81 234 5678.", "Noppadon Kaewsai"),
        # มี + a name + the person's post
        ("ฝ่ายลูกจ้างมีชนิสรา ผู้ประสานงาน และทนาย", "ชนิสรา"),
        # a long compound surname after a role cue
        ("ผู้ประสานงานวิไลวรรณ ธนากรวงศ์สถิตย์รุ่งเรือง โทร 0812345678", "วิไลวรรณ ธนากรวงศ์สถิตย์รุ่งเรือง"),
        # a Latin full name glued to the Thai cue ชื่อ (ราย is a classifier here)
        ("ผู้เช่าต่างชาติอีกรายชื่อMartin Hale พาสปอร์ต AB1234567", "Martin Hale"),
        # a quoted Thai name in a record about a person, even when its words look ordinary
        ('{"member_no": "M-0021", "name": "ปริญญาพร รักษ์ดี", "email": "pp@example.com"}', "ปริญญาพร รักษ์ดี"),
    ],
)
def test_english_and_romanised_names(engine, text: str, name: str) -> None:
    assert persons(engine, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "นายกรัฐมนตรีกล่าวว่าจะลงพื้นที่ในสัปดาห์หน้า",
        "คุณภาพสินค้าดีมาก ส่งไว",
        "ขอบคุณครับ",
        "คุณช่วยสรุปบทความนี้ให้หน่อยได้ไหม",
        "คุณสามารถเปลี่ยนรหัสผ่านได้ที่หน้าตั้งค่า",
        "คุณสมบัติผู้สมัคร: ปริญญาตรีขึ้นไป",
        "นายจ้างต้องจ่ายค่าจ้างภายในวันที่ 5",
        "ประชุมวันที่ 3 มิถุนายน 2567 เวลา 10.00 น.",
        "ทหาร 45 นายเข้าพื้นที่เมื่อเช้านี้",
        "พวกเราพยายามแก้ไขปัญหาอย่างเต็มที่",
        "พี่น้องชาวไทยทุกคน",
        "สาขาเชียงใหม่ ลำพูน และลำปาง",
        "ส่งของไปที่ อ.เมือง จ.เชียงใหม่",
        "บริษัท ไทยรุ่งเรือง จำกัด แจ้งปิดปรับปรุงระบบ",
        "ธนาคารกรุงเทพ สาขาสีลม",
        "โรงพยาบาลศิริราช เปิดบริการตามปกติ",
        "iPhone 15 Pro Max ราคา 45,900 บาท",
        "ครีมกันแดด Sun Protect SPF50 ขนาด 50 มล.",
        "กรุณากรอกแบบฟอร์มและแนบสำเนาบัตร",
        "You are a helpful assistant. Summarise the following text.",
        "Dear Customer, your order has shipped.",
        "Name: string, required",
        "ชื่อสินค้า: เสื้อยืดคอกลม สีขาว",
        "โรงเรียนนายร้อยพระจุลจอมเกล้า",
        "วันนี้อากาศดีมาก เหมาะกับการไปเที่ยวทะเล",
        "คุณคือผู้ช่วย AI ที่เป็นมิตร ตอบเป็นภาษาไทย",
        "[16:20] แอดมิน: สวัสดีครับ ยินดีให้บริการ",
        "The user Settings page lists every option.",
        "Contact Support Team, we reply within a day.",
        '{"name": "Premium Plan", "price": 990, "currency": "THB"}',
        '{"sku": "PK-01", "name": "แพ็กเกจ พรีเมียม", "price": 990}',
        "sku,product_name,price,email\nA-1,Premium Plan,990,sales@example.com\nA-2,Gold Bundle,1290,sales@example.com",
        "id,name,price,stock\n1,Fresh Mango,59,120\n2,ข้าวหอม มะลิ,45,300",
        "Compare Premium Plan (customer tier) with Basic Plan (customer).",
        "ส่งรายชื่อ Google Drive ให้ทีม",
        "บริษัทมีพนักงาน ผู้จัดการ และหัวหน้างานรวม 30 คน",
        "ในเดือนมีนาคม ประธานจะแถลงผลงาน",
    ],
)
def test_ordinary_text_places_organisations_products_are_not_names(engine, text: str) -> None:
    assert persons(engine, text) == []


def test_province_after_a_title_is_a_given_name(engine) -> None:
    assert persons(engine, "นายสุรินทร์ ศรีสุข") == ["นายสุรินทร์ ศรีสุข"]


def test_later_bare_mention_of_a_titled_name_is_found(engine) -> None:
    text = "นางสาววรรณา สุขสวัสดิ์ ยื่นคำร้อง ต่อมา วรรณา ได้โทรมาสอบถามอีกครั้ง"
    assert persons(engine, text) == ["นางสาววรรณา สุขสวัสดิ์", "วรรณา"]


def test_scores_rank_titles_above_list_only_evidence() -> None:
    recognizer = PersonRecognizer()
    titled = next(iter(recognizer.find("นายสมชาย ใจดี")))
    paired = next(iter(recognizer.find("ส่งให้ สมชาย ใจดี แล้ว")))
    assert titled.score >= 0.9 > paired.score >= 0.6


def test_never_raises_on_arbitrary_text() -> None:
    recognizer = PersonRecognizer()
    rng = random.Random(7)
    alphabet = "นายคุณ. ดร.พล.ต.อ.ชื่อ:\"'“”ฯๆ์ัิีึืุู่้๊๋ abcXYZ Mr Dear \n\t\u200b\ufeff0123๑๒"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for span in recognizer.find(text):
            assert 0 <= span.start < span.end <= len(text)


def test_name_column_of_a_csv_table_about_people(engine) -> None:
    text = (
        "สรุปรายการนี้ให้หน่อย:\n"
        "order_id,customer,card,amount,email\n"
        "SO-1001,Kanokwan Thongdee,4111 1111 1111 1111,1290,kanokwan@example.com\n"
        "SO-1002,วรเชษฐ์ มั่นคงดี,4000 0000 0000 0002,590,worachet@example.com\n"
    )
    assert persons(engine, text) == ["Kanokwan Thongdee", "วรเชษฐ์ มั่นคงดี"]
    # a column called "name" is a person's name only in a table with personal fields
    people = "id,name,phone,province\n7,Suda Jaiyen,0812345678,Nan\n"
    assert persons(engine, people) == ["Suda Jaiyen"]
