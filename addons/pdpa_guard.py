"""pdpa-guard as a mitmproxy script: ``mitmdump -s addons/pdpa_guard.py --set pdpa_rules=rules``.

Thin on purpose: everything lives in the ``pdpa_guard`` package (installed in the same Python
as mitmproxy), so the proxy and the scanner share one pipeline.
"""

from pdpa_guard.proxy.addon import PdpaGuard

addons = [PdpaGuard()]
