"""pdpa-guard: keep Thai personal data (PDPA) under control in traffic to LLM APIs."""

__version__ = "0.1.0"
