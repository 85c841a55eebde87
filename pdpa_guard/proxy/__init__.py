"""The egress proxy: a mitmproxy addon and the `pdpa-guard proxy` launcher."""
