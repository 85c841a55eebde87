"""Initial schema: exchanges, findings, scans.

Revision ID: 0001
Revises:
Create Date: 2025-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "exchanges",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("time", _TS, nullable=False),
        sa.Column("app", sa.String(), nullable=True),
        sa.Column("dest_name", sa.String(), nullable=True),
        sa.Column("dest_host", sa.String(), nullable=False),
        sa.Column("dest_port", sa.Integer(), nullable=True),
        sa.Column("dest_country", sa.String(), nullable=True),
        sa.Column("dest_region", sa.String(), nullable=True),
        sa.Column("dest_basis", sa.String(), nullable=True),
        sa.Column("dest_basis_ref", sa.String(), nullable=True),
        sa.Column("dest_local", sa.Boolean(), nullable=False),
        sa.Column("provider", sa.String(), nullable=True),
        sa.Column("provider_format", sa.String(), nullable=True),
        sa.Column("model", sa.String(), nullable=True),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("request_bytes", sa.BigInteger(), nullable=False),
        sa.Column("est_tokens", sa.Integer(), nullable=False),
        sa.Column("finding_count", sa.Integer(), nullable=False),
        sa.Column("sensitive_count", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("enforced", sa.Boolean(), nullable=False),
        sa.Column("rule", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_ref", sa.String(), nullable=True),
        sa.Column("conversation_hash", sa.String(64), nullable=True),
        sa.Column("hash_key_id", sa.String(16), nullable=True),
    )
    op.create_index("ix_exchanges_time", "exchanges", ["time"])
    op.create_index("ix_exchanges_country_time", "exchanges", ["dest_country", "time"])
    op.create_index("ix_exchanges_app_time", "exchanges", ["app", "time"])

    op.create_table(
        "findings",
        sa.Column(
            "exchange_id",
            sa.String(36),
            sa.ForeignKey("exchanges.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("entity_type", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("segment_path", sa.String(), nullable=False),
        sa.Column("recognizer", sa.String(), nullable=True),
        sa.Column("preview", sa.String(), nullable=False),
        sa.Column("value_hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_findings_entity_type", "findings", ["entity_type"])
    op.create_index("ix_findings_value_hash", "findings", ["value_hash"])

    op.create_table(
        "scans",
        sa.Column("path", sa.String(), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("mtime", sa.Float(), nullable=False),
        sa.Column("prefix_hash", sa.String(), nullable=False),
        sa.Column("byte_offset", sa.BigInteger(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("scanned_at", _TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("scans")
    op.drop_index("ix_findings_value_hash", table_name="findings")
    op.drop_index("ix_findings_entity_type", table_name="findings")
    op.drop_table("findings")
    op.drop_index("ix_exchanges_app_time", table_name="exchanges")
    op.drop_index("ix_exchanges_country_time", table_name="exchanges")
    op.drop_index("ix_exchanges_time", table_name="exchanges")
    op.drop_table("exchanges")
