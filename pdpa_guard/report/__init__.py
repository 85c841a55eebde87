"""The monthly PDPA audit report (``pdpa-guard report``): aggregate, chart, render, print.

Reads only the findings store, which holds counts, masked previews and keyed hashes: the report
cannot show a personal value because it never has one.
"""

from pdpa_guard.report.build import build_report_data, generate_report, report_filename
from pdpa_guard.report.period import Period

__all__ = ["Period", "build_report_data", "generate_report", "report_filename"]
