"""Thai and English wording of the report.

Every visible string of the report goes through :class:`Labels`, so ``--lang th``, ``en`` or
``both`` changes all of it at once. Terms follow the PDPA's own vocabulary (ข้อมูลส่วนบุคคล,
ข้อมูลอ่อนไหว, เจ้าของข้อมูลส่วนบุคคล, การแฝงข้อมูล) and Thai dates use the Buddhist Era, as
Thai legal documents do. Values substituted into sentences are HTML-escaped (names come from
the store, and an application name is whatever a client sent).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from markupsafe import Markup, escape

from pdpa_guard.detect.catalogue import CATALOGUE

LANGS = ("th", "en", "both")

# key: (English, Thai). Sentences use str.format fields; values are escaped before substitution.
TEXT: dict[str, tuple[str, str]] = {
    "title": ("PDPA audit: personal data sent to AI services", "รายงานการตรวจสอบตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล: ข้อมูลที่ส่งไปยังบริการ AI"),
    "subtitle": ("Monthly report for the Data Protection Officer and legal counsel", "รายงานประจำเดือนสำหรับเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล (DPO) และฝ่ายกฎหมาย"),
    "period": ("Period", "รอบรายงาน"),
    "generated": ("Generated", "จัดทำเมื่อ"),
    "store": ("Findings store", "ฐานข้อมูลผลการตรวจ"),
    "confidential": ("Confidential: internal audit record", "ลับ: เอกสารการตรวจสอบภายใน"),
    "page_header": ("PDPA audit {month}", "รายงาน PDPA {month}"),
    "toc": ("Contents", "สารบัญ"),
    # sections
    "s1": ("1. Summary", "1. สรุปผล"),
    "s2": ("2. Cross-border transfer register (PDPA s.28–29)", "2. ทะเบียนการส่งหรือโอนข้อมูลไปต่างประเทศ (มาตรา 28–29)"),
    "s3": ("3. Sensitive data (PDPA s.26)", "3. ข้อมูลส่วนบุคคลที่มีความอ่อนไหว (มาตรา 26)"),
    "s4": ("4. By application", "4. แยกตามแอปพลิเคชัน"),
    "s5": ("5. Items for breach assessment (PDPA s.37(4))", "5. รายการที่ต้องประเมินเหตุละเมิด (มาตรา 37(4))"),
    "s6": ("6. Charts", "6. แผนภูมิ"),
    "s7": ("7. Recommendations and routing", "7. ข้อเสนอแนะและการกำหนดเส้นทางข้อมูล"),
    "s8": ("8. Method and integrity", "8. วิธีการและความถูกต้องของข้อมูล"),
    # summary
    "empty": (
        "No exchange with an AI service was recorded for {month}. The findings store holds no record for this period: either nothing was sent, or neither the proxy nor a log scan covered it. This report is complete and valid for an empty period.",
        "ไม่มีการบันทึกคำขอไปยังบริการ AI ในเดือน{month} ฐานข้อมูลไม่มีรายการในช่วงนี้ กล่าวคือไม่มีการส่งข้อมูล หรือไม่ได้ผ่านพร็อกซีหรือการสแกนบันทึก รายงานนี้สมบูรณ์และใช้ได้สำหรับช่วงเวลาที่ไม่มีข้อมูล",
    ),
    "lead": (
        "In {month}, pdpa-guard inspected {exchanges} requests to AI services. {personal} ({personal_pct}) carried personal data and {sensitive} carried sensitive data (s.26). {cross_border} requests were sent to services abroad, {cross_border_personal} of them with personal data.",
        "ในเดือน{month} pdpa-guard ตรวจสอบคำขอไปยังบริการ AI จำนวน {exchanges} รายการ พบข้อมูลส่วนบุคคล {personal} รายการ ({personal_pct}) และข้อมูลอ่อนไหวตามมาตรา 26 {sensitive} รายการ มีการส่งไปยังผู้ให้บริการในต่างประเทศ {cross_border} รายการ ในจำนวนนี้มีข้อมูลส่วนบุคคล {cross_border_personal} รายการ",
    ),
    "lead_breach": (
        "{breach} requests left with personal data for a destination without a recorded transfer basis: section 5 lists them for a breach assessment.",
        "มีคำขอ {breach} รายการที่ส่งข้อมูลส่วนบุคคลไปยังปลายทางที่ยังไม่มีฐานการโอนข้อมูล ดูรายการเพื่อประเมินเหตุละเมิดในส่วนที่ 5",
    ),
    "lead_no_breach": (
        "No personal data left for a destination without a transfer basis.",
        "ไม่พบการส่งข้อมูลส่วนบุคคลไปยังปลายทางที่ไม่มีฐานการโอนข้อมูล",
    ),
    "metric": ("Measure", "ตัวชี้วัด"),
    "this_month": ("This month", "เดือนนี้"),
    "previous_month": ("Previous month", "เดือนก่อน"),
    "change": ("Change", "เปลี่ยนแปลง"),
    "m_exchanges": ("Requests inspected", "คำขอที่ตรวจสอบ"),
    "m_personal": ("… with personal data", "… มีข้อมูลส่วนบุคคล"),
    "m_sensitive": ("… with sensitive data (s.26)", "… มีข้อมูลอ่อนไหว (ม.26)"),
    "m_cross_border": ("Sent abroad", "ส่งไปต่างประเทศ"),
    "m_cross_border_personal": ("… with personal data", "… มีข้อมูลส่วนบุคคล"),
    "m_pseudonymise": ("Pseudonymised", "แฝงข้อมูล (pseudonymise)"),
    "m_redact": ("Redacted", "ปกปิดข้อมูล (redact)"),
    "m_block": ("Blocked", "ระงับการส่ง (block)"),
    "m_reroute": ("Rerouted to a local model", "ส่งไปยังโมเดลภายในองค์กร"),
    "m_would": ("Due but not enforced (logs, monitor mode)", "ควรดำเนินการแต่ไม่ได้บังคับ (บันทึก/โหมดเฝ้าดู)"),
    "m_breach": ("Left without a transfer basis", "ส่งออกโดยไม่มีฐานการโอน"),
    "m_subjects": ("Data subjects affected (at least)", "เจ้าของข้อมูลที่ได้รับผลกระทบ (อย่างน้อย)"),
    "m_cost": ("Estimated API cost (input)", "ค่าใช้จ่าย API โดยประมาณ (อินพุต)"),
    "subjects_note": (
        "Data subjects are counted by keyed hash (HMAC) without reading any value: the figure is the largest number of distinct values of one direct identifier (national ID, name, phone …), so it is a lower bound.",
        "นับเจ้าของข้อมูลด้วยค่าแฮชแบบมีกุญแจ (HMAC) โดยไม่เปิดดูค่าจริง ตัวเลขคือจำนวนค่าที่ไม่ซ้ำกันสูงสุดของตัวระบุตัวตนประเภทเดียว (เลขบัตรประชาชน ชื่อ โทรศัพท์ ฯลฯ) จึงเป็นค่าขั้นต่ำ",
    ),
    "new": ("new", "ใหม่"),
    # register
    "register_intro": (
        "One row per destination outside Thailand (or of unknown location, treated as abroad). A transfer is lawful under s.28 when the destination has adequate protection standards, or under the exceptions of s.28 and the safeguards of s.29; the basis is recorded by legal in destinations.yaml.",
        "หนึ่งแถวต่อหนึ่งปลายทางนอกประเทศไทย (หรือไม่ทราบที่ตั้ง ซึ่งถือเป็นต่างประเทศ) การส่งข้อมูลไปต่างประเทศชอบด้วยกฎหมายเมื่อประเทศปลายทางมีมาตรฐานการคุ้มครองที่เพียงพอตามมาตรา 28 หรือเข้าข้อยกเว้นตามมาตรา 28 หรือมีมาตรการคุ้มครองตามมาตรา 29 ฝ่ายกฎหมายบันทึกฐานการโอนไว้ใน destinations.yaml",
    ),
    "register_none": ("No request was sent abroad this month.", "เดือนนี้ไม่มีคำขอที่ส่งไปต่างประเทศ"),
    "other_destinations": ("Destinations in Thailand and inside the organisation (not a cross-border transfer)", "ปลายทางในประเทศไทยและภายในองค์กร (ไม่ใช่การโอนไปต่างประเทศ)"),
    "destination": ("Destination", "ปลายทาง"),
    "provider": ("Provider", "ผู้ให้บริการ"),
    "hosts": ("Host", "โฮสต์"),
    "country": ("Country", "ประเทศ"),
    "basis": ("Transfer basis", "ฐานการโอน"),
    "basis_ref": ("Reference", "เอกสารอ้างอิง"),
    "data_categories": ("Data categories", "ประเภทข้อมูล"),
    "exchanges": ("Requests", "คำขอ"),
    "with_personal": ("With personal data", "มีข้อมูลส่วนบุคคล"),
    "subjects": ("Data subjects", "เจ้าของข้อมูล"),
    "actions": ("Actions", "การดำเนินการ"),
    "class": ("Where", "ที่ตั้ง"),
    "unknown_country": ("unknown", "ไม่ทราบ"),
    "no_app": ("(unidentified)", "(ไม่ระบุแอป)"),
    # s.26
    "s26_intro": (
        "Sensitive data (s.26) may be processed only with explicit consent or under the exceptions of s.26; sending it to an AI service abroad also needs a transfer basis.",
        "ข้อมูลอ่อนไหวตามมาตรา 26 ประมวลผลได้เฉพาะเมื่อได้รับความยินยอมโดยชัดแจ้งหรือเข้าข้อยกเว้นตามมาตรา 26 และการส่งไปยังบริการ AI ในต่างประเทศต้องมีฐานการโอนด้วย",
    ),
    "s26_none": ("No sensitive data was found this month.", "เดือนนี้ไม่พบข้อมูลอ่อนไหว"),
    "category": ("Category", "หมวดข้อมูล"),
    "application": ("Application", "แอปพลิเคชัน"),
    "findings": ("Findings", "จำนวนที่พบ"),
    "by_category": ("By category", "แยกตามหมวด"),
    "by_destination": ("Requests by category and destination", "จำนวนคำขอแยกตามหมวดและปลายทาง"),
    "by_application": ("Requests by application and category", "จำนวนคำขอแยกตามแอปพลิเคชันและหมวด"),
    "pivot_note": ("Red: sent abroad to a destination without a transfer basis (whatever the action taken).", "สีแดง: ปลายทางในต่างประเทศที่ไม่มีฐานการโอน (ไม่ว่าผลการดำเนินการจะเป็นอย่างไร)"),
    "other": ("others", "อื่น ๆ"),
    # apps
    "apps_intro": ("Applications are identified by policy.yaml (header, API key fingerprint or address).", "ระบุแอปพลิเคชันตาม policy.yaml (เฮดเดอร์ ลายนิ้วมือ API key หรือที่อยู่เครือข่าย)"),
    "top_types": ("Most frequent data types", "ประเภทข้อมูลที่พบบ่อย"),
    "with_sensitive": ("With s.26 data", "มีข้อมูลอ่อนไหว"),
    "abroad": ("Sent abroad", "ส่งไปต่างประเทศ"),
    "without_basis": ("Without basis", "ไม่มีฐานการโอน"),
    # breaches
    "breach_intro": (
        "Requests that left with personal data for a destination abroad without a recorded transfer basis, grouped by destination, application and how it happened. Under s.37(4) the controller notifies the PDPC within 72 hours of becoming aware of a personal data breach, unless it is unlikely to result in a risk to the rights and freedoms of persons (and informs the data subjects without delay when the risk is high). Assess each item; the clock below starts at pdpa-guard's first detection.",
        "คำขอที่ส่งข้อมูลส่วนบุคคลไปยังปลายทางในต่างประเทศที่ยังไม่มีฐานการโอน จัดกลุ่มตามปลายทาง แอปพลิเคชัน และลักษณะที่เกิดขึ้น ตามมาตรา 37(4) ผู้ควบคุมข้อมูลต้องแจ้งเหตุการละเมิดต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลภายใน 72 ชั่วโมงนับแต่ทราบเหตุ เว้นแต่การละเมิดนั้นไม่มีความเสี่ยงที่จะมีผลกระทบต่อสิทธิและเสรีภาพของบุคคล (และต้องแจ้งเจ้าของข้อมูลโดยไม่ชักช้าหากมีความเสี่ยงสูง) โปรดประเมินแต่ละรายการ นาฬิกานับเวลาด้านล่างเริ่มจากเวลาที่ pdpa-guard ตรวจพบครั้งแรก",
    ),
    "breach_none": ("Nothing to assess: no personal data left for a destination without a transfer basis.", "ไม่มีรายการต้องประเมิน: ไม่พบการส่งข้อมูลส่วนบุคคลไปยังปลายทางที่ไม่มีฐานการโอน"),
    "breach_more": ("{shown} of {total} items shown (the largest, s.26 first); the full list is in the findings store.", "แสดง {shown} จาก {total} รายการ (รายการใหญ่ที่สุด ข้อมูลอ่อนไหวก่อน) รายการทั้งหมดอยู่ในฐานข้อมูลผลการตรวจ"),
    "item": ("Item", "รายการ"),
    "how": ("How", "ลักษณะ"),
    "first_seen": ("First / last request", "คำขอแรก / ล่าสุด"),
    "detected": ("First detected", "ตรวจพบครั้งแรก"),
    "deadline": ("72-hour deadline", "ครบกำหนด 72 ชั่วโมง"),
    "status": ("Status at report time", "สถานะ ณ เวลาจัดทำรายงาน"),
    "overdue": ("deadline passed {when} ago", "เลยกำหนดมาแล้ว {when}"),
    "left": ("{when} left", "เหลือเวลา {when}"),
    "examples": ("Masked examples", "ตัวอย่างแบบปิดบัง"),
    "assessment": ("Assessment (legal)", "ผลการประเมิน (ฝ่ายกฎหมาย)"),
    "assessment_box": ("☐ risk unlikely — record only   ☐ notify PDPC   ☐ notify data subjects", "☐ ไม่มีความเสี่ยง — บันทึกไว้   ☐ แจ้ง สคส.   ☐ แจ้งเจ้าของข้อมูล"),
    "how_allowed": ("allowed by policy", "นโยบายอนุญาต"),
    "how_failed_open": ("inspection failed, let through (fail-open)", "ระบบตรวจขัดข้องและปล่อยผ่าน"),
    "how_not_enforced": ("decision recorded, not enforced (monitor mode)", "บันทึกผลแต่ไม่บังคับใช้ (โหมดเฝ้าดู)"),
    "how_scan": ("seen only in scanned logs", "พบจากการสแกนบันทึกภายหลัง"),
    "days": ("{n} d", "{n} วัน"),
    "hours": ("{n} h", "{n} ชม."),
    # charts
    "chart_daily": ("Requests per day: all, with personal data, left without a transfer basis", "คำขอรายวัน: ทั้งหมด มีข้อมูลส่วนบุคคล และส่งออกโดยไม่มีฐานการโอน"),
    "chart_entities": ("Findings by data type", "จำนวนที่พบแยกตามประเภทข้อมูล"),
    "chart_countries": ("Requests by destination country", "คำขอแยกตามประเทศปลายทาง"),
    "data_type": ("Data type", "ประเภทข้อมูล"),
    "distinct_values": ("Distinct values (keyed hash)", "ค่าที่ไม่ซ้ำกัน (ค่าแฮช)"),
    "legend_all": ("all requests", "คำขอทั้งหมด"),
    "legend_personal": ("with personal data", "มีข้อมูลส่วนบุคคล"),
    "legend_violations": ("left without a transfer basis", "ส่งออกโดยไม่มีฐานการโอน"),
    "legend_identifier": ("identifier", "ข้อมูลระบุตัวตน"),
    "legend_sensitive": ("sensitive (s.26)", "ข้อมูลอ่อนไหว (ม.26)"),
    "legend_business": ("business (not personal)", "ข้อมูลนิติบุคคล"),
    "local_network": ("inside the organisation", "ภายในองค์กร"),
    "no_data_chart": ("No data for this chart.", "ไม่มีข้อมูลสำหรับแผนภูมินี้"),
    # recommendations
    "rec_intro": (
        "Recommendations follow from this month's evidence. The routing decisions below are written to rules/routes.yaml by `pdpa-guard routes`; the proxy applies them on top of the policy (they can only make it stricter).",
        "ข้อเสนอแนะจัดทำจากข้อมูลของเดือนนี้ การกำหนดเส้นทางด้านล่างเขียนลงไฟล์ rules/routes.yaml ด้วยคำสั่ง `pdpa-guard routes` และพร็อกซีจะใช้ร่วมกับนโยบาย (เข้มงวดขึ้นได้เท่านั้น)",
    ),
    "rec_basis": (
        "Record a transfer basis (s.28/29) for {n} destination(s) that received personal data without one: {names}.",
        "บันทึกฐานการโอนข้อมูล (มาตรา 28/29) สำหรับปลายทาง {n} แห่งที่ได้รับข้อมูลส่วนบุคคลโดยยังไม่มีฐานการโอน: {names}",
    ),
    "rec_breach": ("Assess the {n} item(s) of section 5 now: the 72-hour clock runs from detection.", "ประเมินรายการ {n} รายการในส่วนที่ 5 โดยเร็ว: นับเวลา 72 ชั่วโมงตั้งแต่ตรวจพบ"),
    "rec_failed_open": ("{n} request(s) passed uninspected after a detector failure (fail-open): review the proxy's failure mode.", "มีคำขอ {n} รายการผ่านไปโดยไม่ได้ตรวจเพราะระบบตรวจขัดข้อง (fail-open): ทบทวนโหมดการทำงานเมื่อขัดข้องของพร็อกซี"),
    "rec_local": ("No local model is configured: s.26 data to destinations without a basis is blocked instead of rerouted. Set local_model in policy.yaml to keep those applications working.", "ยังไม่ได้กำหนดโมเดลภายในองค์กร: ข้อมูลอ่อนไหวที่จะส่งไปยังปลายทางที่ไม่มีฐานการโอนจะถูกระงับแทนการส่งต่อ กำหนด local_model ใน policy.yaml เพื่อให้แอปพลิเคชันทำงานต่อได้"),
    "rec_none": ("No action needed beyond the routing decisions below.", "ไม่มีข้อเสนอแนะเพิ่มเติมนอกจากการกำหนดเส้นทางด้านล่าง"),
    "routes_title": ("Routing decisions (application × destination)", "การกำหนดเส้นทาง (แอปพลิเคชัน × ปลายทาง)"),
    "routes_none": ("No application sent enough traffic abroad to recommend a route.", "ไม่มีแอปพลิเคชันที่ส่งข้อมูลไปต่างประเทศมากพอจะเสนอเส้นทาง"),
    "routes_thresholds": (
        "Thresholds: at least {min} requests; reroute when ≥ {s26} carry s.26 data (to {target}); pseudonymise when ≥ {personal} carry personal data. Configurable under thresholds: in routes.yaml.",
        "เกณฑ์: อย่างน้อย {min} คำขอ; ส่งไปยังโมเดลภายใน ({target}) เมื่อมีข้อมูลอ่อนไหว ≥ {s26}; แฝงข้อมูลเมื่อมีข้อมูลส่วนบุคคล ≥ {personal} ปรับได้ที่ thresholds: ใน routes.yaml",
    ),
    "no_local_model": ("no local model configured", "ยังไม่ได้กำหนดโมเดลภายใน"),
    "recommended": ("Recommended", "ข้อเสนอ"),
    "share_s26": ("s.26 share", "สัดส่วนข้อมูลอ่อนไหว"),
    "share_personal": ("Personal share", "สัดส่วนข้อมูลส่วนบุคคล"),
    "cost_month": ("Est. cost / month", "ค่าใช้จ่ายโดยประมาณ/เดือน"),
    "saving": ("Saving if rerouted", "ประหยัดได้หากส่งภายใน"),
    "total_saving": ("Estimated saving of the recommended reroutes: {usd} ({thb}) per month.", "ประหยัดได้โดยประมาณจากการส่งไปยังโมเดลภายในตามข้อเสนอ: {usd} ({thb}) ต่อเดือน"),
    "costs_title": ("Estimated monthly API cost by provider and model", "ค่าใช้จ่าย API รายเดือนโดยประมาณ แยกตามผู้ให้บริการและโมเดล"),
    "costs_note": (
        "Input tokens estimated from the inspected prompts × list prices of prices.yaml ({as_of}); output tokens are not seen, so bills are higher. USD 1 = THB {rate}.",
        "ประมาณจำนวนโทเค็นอินพุตจากข้อความที่ตรวจสอบ × ราคาตาม prices.yaml ({as_of}) ไม่รวมโทเค็นเอาต์พุต ค่าใช้จ่ายจริงจึงสูงกว่านี้ 1 ดอลลาร์สหรัฐ = {rate} บาท",
    ),
    "model": ("Model", "โมเดล"),
    "tokens": ("Input tokens (est.)", "โทเค็นอินพุต (ประมาณ)"),
    "price": ("USD / 1M tokens", "USD / 1 ล้านโทเค็น"),
    "cost": ("Cost", "ค่าใช้จ่าย"),
    "local_free": ("local: no API cost", "ภายในองค์กร: ไม่มีค่า API"),
    # method
    "method_intro": ("How the figures were produced, so that they can be checked.", "วิธีการได้มาของตัวเลข เพื่อให้ตรวจสอบได้"),
    "tool_version": ("Tool version", "เวอร์ชันของเครื่องมือ"),
    "period_covered": ("Period covered", "ช่วงเวลาที่ครอบคลุม"),
    "records": ("Records summarised", "จำนวนรายการที่สรุป"),
    "records_value": ("{exchanges} requests, {findings} findings", "{exchanges} คำขอ, {findings} รายการที่พบ"),
    "sources": ("Sources", "แหล่งข้อมูล"),
    "source_proxy": ("proxy", "พร็อกซี"),
    "source_scan": ("log scan", "สแกนบันทึก"),
    "digest": ("Digest of the records", "ค่าแฮชของรายการ"),
    "rules_digests": ("Rules files (SHA-256)", "ไฟล์กฎ (SHA-256)"),
    "absent": ("absent", "ไม่มี"),
    "detector": ("Detector configuration", "การตั้งค่าตัวตรวจจับ"),
    "engine_threshold": ("Minimum score {engine}; policy thresholds: {policy}", "คะแนนขั้นต่ำ {engine}; เกณฑ์ตามนโยบาย: {policy}"),
    "recognizers_seen": ("Findings by recognizer this month", "จำนวนที่พบแยกตามตัวตรวจจับในเดือนนี้"),
    "hash_keys": ("Keyed-hash key ids", "รหัสกุญแจของค่าแฮช"),
    "timezone": ("Time zone", "เขตเวลา"),
    "timezone_value": ("Bangkok time (UTC+7); the store keeps UTC", "เวลาประเทศไทย (UTC+7) ฐานข้อมูลเก็บเป็น UTC"),
    "prices_file": ("Prices", "ราคา"),
    "limitations": ("Known limitations", "ข้อจำกัดที่ทราบ"),
    "lim_detector": (
        "Detection is automatic: some personal data is missed and some text is wrongly flagged; figures are what the detector found, not a complete inventory.",
        "การตรวจจับเป็นแบบอัตโนมัติ อาจตรวจไม่พบข้อมูลส่วนบุคคลบางส่วนหรือระบุผิดพลาด ตัวเลขคือสิ่งที่ตัวตรวจจับพบ ไม่ใช่บัญชีข้อมูลที่ครบถ้วน",
    ),
    "lim_subjects": (
        "Data subjects are estimated from keyed hashes of direct identifiers: one person written differently, or under several identifiers, may be counted more than once or not at all.",
        "จำนวนเจ้าของข้อมูลประมาณจากค่าแฮชของตัวระบุตัวตนโดยตรง บุคคลเดียวที่เขียนต่างกันหรือมีตัวระบุหลายแบบอาจถูกนับซ้ำหรือไม่ถูกนับ",
    ),
    "lim_keys": ("Hashes from {n} keys are present: values hashed under different keys are not recognised as the same.", "มีค่าแฮชจากกุญแจ {n} ชุด ค่าที่แฮชด้วยกุญแจต่างกันจะไม่ถูกนับว่าเป็นค่าเดียวกัน"),
    "lim_tokens": (
        "Costs use estimated input tokens and list prices; output tokens, discounts and cached-input prices are not included.",
        "ค่าใช้จ่ายคำนวณจากโทเค็นอินพุตโดยประมาณและราคาตามประกาศ ไม่รวมโทเค็นเอาต์พุต ส่วนลด และราคาแคช",
    ),
    "lim_rules": (
        "Rules digests are of the files in use when the report was generated; decisions recorded earlier in the month followed the rules of their time (the rule applied is stored with each request).",
        "ค่าแฮชของไฟล์กฎคือไฟล์ที่ใช้ขณะจัดทำรายงาน การตัดสินใจก่อนหน้านั้นในเดือนเป็นไปตามกฎในเวลานั้น (กฎที่ใช้ถูกบันทึกไว้กับแต่ละคำขอ)",
    ),
    "lim_scan": (
        "For requests seen only in scanned logs, detection time is the scan of the log file (the store keeps each file's latest scan); if unknown, the request's own time.",
        "สำหรับคำขอที่พบจากการสแกนบันทึก เวลาที่ตรวจพบคือเวลาที่สแกนไฟล์บันทึก (ฐานข้อมูลเก็บเวลาสแกนครั้งล่าสุด) หากไม่ทราบจะใช้เวลาของคำขอ",
    ),
    "lim_unknown": ("Destinations of unknown location are treated as abroad.", "ปลายทางที่ไม่ทราบที่ตั้งถือว่าอยู่ต่างประเทศ"),
    "lim_rules_invalid": ("The rules files did not load ({error}); policy thresholds and the local model are not shown.", "ไม่สามารถโหลดไฟล์กฎได้ ({error}) จึงไม่แสดงเกณฑ์ตามนโยบายและโมเดลภายใน"),
    "masked_note": ("The report shows counts and masked previews only: no personal value is stored or shown.", "รายงานแสดงเฉพาะจำนวนและตัวอย่างแบบปิดบัง ไม่มีการจัดเก็บหรือแสดงข้อมูลส่วนบุคคลจริง"),
    "end": ("End of report", "จบรายงาน"),
    "signoff": ("Reviewed by (DPO / legal):", "ผู้ตรวจสอบ (DPO / ฝ่ายกฎหมาย):"),
    "date": ("Date:", "วันที่:"),
}

ACTIONS: dict[str, tuple[str, str]] = {
    "allow": ("allowed", "อนุญาต"),
    "pseudonymise": ("pseudonymised", "แฝงข้อมูล"),
    "redact": ("redacted", "ปกปิด"),
    "reroute": ("rerouted", "ส่งไปโมเดลภายใน"),
    "block": ("blocked", "ระงับ"),
    "keep": ("keep", "คงเดิม"),
}
ROUTE_ACTIONS: dict[str, tuple[str, str]] = {
    "keep": ("keep", "คงเดิม"),
    "pseudonymise": ("pseudonymise", "แฝงข้อมูล"),
    "reroute": ("reroute to local model", "ส่งไปโมเดลภายใน"),
}
BASES: dict[str, tuple[str, str]] = {
    "adequacy": ("adequacy (s.28)", "มาตรฐานเพียงพอ (ม.28)"),
    "bcr": ("binding corporate rules (s.29)", "นโยบายในเครือกิจการ (ม.29)"),
    "safeguards": ("appropriate safeguards (s.29)", "มาตรการคุ้มครองที่เหมาะสม (ม.29)"),
    "consent": ("consent (s.28(2))", "ความยินยอม (ม.28(2))"),
    "contract": ("contract (s.28(3)–(4))", "สัญญา (ม.28(3)–(4))"),
    "none": ("none recorded", "ยังไม่มี"),
}
CLASSES: dict[str, tuple[str, str]] = {
    "local": ("inside the organisation", "ภายในองค์กร"),
    "domestic": ("Thailand", "ในประเทศไทย"),
    "cross_border": ("abroad", "ต่างประเทศ"),
}
CATEGORIES: dict[str, tuple[str, str]] = {
    "identifier": ("identifiers", "ข้อมูลระบุตัวตน"),
    "sensitive": ("sensitive (s.26)", "ข้อมูลอ่อนไหว (ม.26)"),
    "business": ("business", "ข้อมูลนิติบุคคล"),
    "unknown": ("other", "อื่น ๆ"),
}
MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_TH_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class Bi(NamedTuple):
    """A value written differently in each language (a month name), for :meth:`Labels.pair`."""

    en: str
    th: str


class Labels:
    """Wording for one language setting: ``th``, ``en`` or ``both`` (Thai first, English below)."""

    def __init__(self, lang: str = "both") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
        self.lang = lang
        self.html_lang = "en" if lang == "en" else "th"

    def pair(self, en: str, th: str, **values: object) -> Markup:
        """``en``/``th`` (format strings) for this language, as HTML; values are escaped.

        A :class:`Bi` value gives each language its own spelling.
        """

        def fmt(text: str, lang: str) -> Markup:
            if not values:
                return Markup(escape(text))
            own = {k: (getattr(v, lang) if isinstance(v, Bi) else v) for k, v in values.items()}
            return Markup(escape(text)).format(**own)

        if self.lang == "th":
            return fmt(th, "th")
        if self.lang == "en":
            return fmt(en, "en")
        return Markup('<span class="th" lang="th">{}</span><span class="en" lang="en">{}</span>').format(
            fmt(th, "th"), fmt(en, "en")
        )

    def __call__(self, key: str, **values: object) -> Markup:
        en, th = TEXT[key]
        return self.pair(en, th, **values)

    def plain(self, key: str, **values: object) -> str:
        """One language only (Thai for ``both``): for SVG text and attributes."""
        en, th = TEXT[key]
        text = en if self.lang == "en" else th
        return text.format(**values) if values else text

    def bi(self, key: str) -> Bi:
        """A label as a :class:`Bi` value, to substitute into another sentence."""
        en, th = TEXT[key]
        return Bi(en, th)

    def plain_lines(self, key: str) -> list[str]:
        """The text in each language shown (Thai then English for ``both``), for SVG."""
        en, th = TEXT[key]
        return {"th": [th], "en": [en]}.get(self.lang, [th, en])

    def _table(self, table: dict[str, tuple[str, str]], key: str | None, *, plain: bool = False) -> Markup | str:
        en, th = table.get(key or "", (key or "", key or ""))
        if plain:
            return en if self.lang == "en" else th
        return self.pair(en, th)

    def action(self, action: str) -> Markup:
        """``would_block`` -> "blocked (not enforced)" style wording."""
        base = action.removeprefix("would_")
        en, th = ACTIONS.get(base, (base, base))
        if base != action:
            return self.pair(f"{en} (not enforced)", f"{th} (ไม่ได้บังคับใช้)")
        return self.pair(en, th)

    def route_action(self, action: str) -> Markup:
        return self._table(ROUTE_ACTIONS, action)  # type: ignore[return-value]

    def basis(self, basis: str | None) -> Markup:
        return self._table(BASES, basis or "none")  # type: ignore[return-value]

    def dest_class(self, cls: str) -> Markup:
        return self._table(CLASSES, cls)  # type: ignore[return-value]

    def plain_class(self, cls: str) -> str:
        return self._table(CLASSES, cls, plain=True)  # type: ignore[return-value]

    def category(self, category: str) -> Markup:
        return self._table(CATEGORIES, category)  # type: ignore[return-value]

    def entity(self, entity_type: str) -> Markup:
        """The catalogue's label of an entity type (its name when the catalogue lacks it)."""
        spec = CATALOGUE.get(entity_type)
        if spec is None:
            return escape(entity_type)
        return self.pair(spec.label_en, spec.label_th)

    def entity_plain(self, entity_type: str) -> str:
        spec = CATALOGUE.get(entity_type)
        if spec is None:
            return entity_type
        return spec.label_en if self.lang == "en" else spec.label_th

    def month(self, year: int, month: int) -> Markup:
        """``ตุลาคม 2569`` / ``October 2026``."""
        return self.pair(f"{MONTHS_EN[month - 1]} {year}", f"{MONTHS_TH[month - 1]} {year + 543}")

    def month_bi(self, year: int, month: int) -> Bi:
        """The month in each language, for sentences: ``Bi("October 2026", "ตุลาคม 2569")``."""
        return Bi(f"{MONTHS_EN[month - 1]} {year}", f"{MONTHS_TH[month - 1]} {year + 543}")

    def month_plain(self, year: int, month: int) -> str:
        if self.lang == "en":
            return f"{MONTHS_EN[month - 1]} {year}"
        return f"{MONTHS_TH[month - 1]} {year + 543}"

    def date(self, when: date | datetime, *, time: bool = False) -> Markup:
        """A date (and time) as each language writes it; Thai in the Buddhist Era.

        With both languages the Thai date is followed by the ISO date, which reads the same in
        any language, rather than by a second spelled-out date.
        """
        hm = f" {when:%H:%M}" if time and isinstance(when, datetime) else ""
        en = f"{when.day} {MONTHS_EN[when.month - 1][:3]} {when.year}{hm}"
        th = f"{when.day} {MONTHS_TH_SHORT[when.month - 1]} {when.year + 543}{hm}"
        if self.lang == "th":
            return Markup('<span class="date">{}</span>').format(th)
        if self.lang == "en":
            return Markup('<span class="date">{}</span>').format(en)
        return Markup('<span class="date">{} <span class="iso">({})</span></span>').format(th, f"{when:%Y-%m-%d}")

    def duration_text(self, hours: float) -> tuple[str, str]:
        """(English, Thai) for a duration: ``3 d`` / ``3 วัน``, ``5 h`` / ``5 ชม.``."""
        h = abs(hours)
        key, n = ("days", int(h // 24)) if h >= 48 else ("hours", max(1, round(h)))
        en, th = TEXT[key]
        return en.format(n=n), th.format(n=n)

    def clock(self, hours_left: float) -> Markup:
        """The 72-hour clock at report time: ``deadline passed 3 d ago`` or ``5 h left``."""
        en_d, th_d = self.duration_text(hours_left)
        en, th = TEXT["overdue" if hours_left < 0 else "left"]
        return self.pair(en.replace("{when}", en_d), th.replace("{when}", th_d))
