"""``pdpa-guard proxy``: mitmproxy with the pdpa-guard addon, in this process."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Sequence

from mitmproxy import exceptions, options
from mitmproxy.tools.dump import DumpMaster

from pdpa_guard.proxy.addon import PdpaGuard


def run_proxy(
    listen_host: str,
    listen_port: int,
    mode: str,
    rules: str | None,
    db: str | None,
    sets: Sequence[str] = (),
    confdir: str | None = None,
) -> None:
    """Run until interrupted. Raises ``OptionsError`` (e.g. invalid rules) before listening."""

    async def main() -> None:
        opts = options.Options(listen_host=listen_host, listen_port=listen_port, mode=[mode])
        if confdir:
            opts.update(confdir=confdir)
        master = DumpMaster(opts, with_termlog=True, with_dumper=False)
        master.addons.add(PdpaGuard())
        opts.update(pdpa_rules=rules or "", pdpa_db=db or "")
        if sets:
            opts.set(*sets)
        # A normal stop (systemd, docker stop) is SIGTERM: shut down cleanly so that the addon's
        # done() hook writes the last batch of records instead of losing them.
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, master.shutdown)
        await master.run()

    asyncio.run(main())


__all__ = ["exceptions", "run_proxy"]
