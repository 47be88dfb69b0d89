"""The database schema: SQLAlchemy 2 typed mappings.

Ownership is designed in: every planned purchase, import and column mapping belongs to one
municipality (``municipality_id``), and every row records who changed it last and when. On a
shared PostgreSQL server the database enforces per-municipality rights on these columns (row-
level security, see ``db/security.py``: every table must be classified there) and writes the
``*_by`` columns itself from the database login. Decisions on overlap groups record the deciding
login and its municipality.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Changed:
    """Who last changed a row, and when (UTC): named in the message of a lost race."""

    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class Tracked(Changed):
    """Who created and last changed a row, and when (UTC)."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")


def version_column() -> Mapped[int]:
    """The optimistic lock of an editable row: every UPDATE checks and raises it (the ORM's
    ``version_id_col``), and a save refuses when it is not the version the user read."""
    return mapped_column(Integer, default=1, server_default=text("1"))


class Municipality(Tracked, Base):
    """A kommune taking part in the cooperation."""

    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kommunenummer: Mapped[str | None] = mapped_column(String(4), unique=True)
    organisasjonsnummer: Mapped[str | None] = mapped_column(String(9), unique=True)
    county: Mapped[str | None] = mapped_column(String(100))
    #: The municipality's written standard: "bokmaal", "nynorsk" or "neutral" (documents in
    #: bokmål); None = not set, taken from the national list where the name is known.
    maalform: Mapped[str | None] = mapped_column(String(10))
    version: Mapped[int] = version_column()

    purchases: Mapped[list[PlannedPurchase]] = relationship(back_populates="municipality")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AppUser(Tracked, Base):
    """A login on a shared PostgreSQL server: the municipality it acts for and its role.

    Written only by the database owner (``kommunesamarbeid user add``); the row-level security
    policies read it to decide what ``session_user`` may see and change. Unused on SQLite.
    """

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint("role IN ('officer', 'coordinator')", name="role"),)

    #: The PostgreSQL login (role) name, exactly as ``session_user`` returns it.
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    #: "officer" (saksbehandler: its own municipality's data) or "coordinator" (everything).
    role: Mapped[str] = mapped_column(String(20))


class ImportBatch(Base):
    """One import of one plan file for one municipality."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str | None] = mapped_column(String(200))
    header_row: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(120), default="")
    #: field name -> {"column": "D", "header": "...", "confidence": 0.93}
    column_mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    withdrawn: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    #: The warnings and dropped lines of this import, as shown to the user.
    problems: Mapped[list[Any]] = mapped_column(default=list)


class PlannedPurchase(Tracked, Base):
    """A planlagt anskaffelse: one line of a municipality's plan."""

    __tablename__ = "planned_purchase"

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    reference: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(300))
    cpv: Mapped[str | None] = mapped_column(String(8), index=True)
    cpv_check_digit: Mapped[str | None] = mapped_column(String(1))
    cpv_written: Mapped[str | None] = mapped_column(String(300))
    annual_value_nok: Mapped[int | None] = mapped_column(BigInteger)
    total_value_nok: Mapped[int | None] = mapped_column(BigInteger)
    #: Which value the plan states: "annual" or "total" (the other is derived).
    value_basis: Mapped[str | None] = mapped_column(String(10))
    contract_years: Mapped[float | None] = mapped_column(Float)
    option_years: Mapped[float | None] = mapped_column(Float)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    #: What the period means: "announcement", "contract_start" or "current_expiry".
    period_meaning: Mapped[str | None] = mapped_column(String(20))
    period_text: Mapped[str | None] = mapped_column(String(200))
    #: When the municipality's current contract for this need expires, if the plan says.
    current_expiry: Mapped[dt.date | None] = mapped_column(Date)
    unit: Mapped[str | None] = mapped_column(String(300))
    contact: Mapped[str | None] = mapped_column(String(300))
    procedure: Mapped[str | None] = mapped_column(String(300))
    comments: Mapped[str | None] = mapped_column(Text)
    #: The original cell texts of the source row: header -> text.
    original_cells: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source_file: Mapped[str | None] = mapped_column(String(500))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    source_sheet: Mapped[str | None] = mapped_column(String(200))
    source_row: Mapped[int | None] = mapped_column(Integer)
    source_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    #: "active" or "withdrawn" (no longer in the municipality's plan).
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Warnings kept with the line (messages as shown at import).
    warnings: Mapped[list[Any]] = mapped_column(default=list)

    municipality: Mapped[Municipality] = relationship(back_populates="purchases")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ColumnMappingMemory(Tracked, Base):
    """A column mapping a user confirmed, reused when the same headers come again."""

    __tablename__ = "column_mapping_memory"
    __table_args__ = (UniqueConstraint("municipality_id", "header_signature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"), index=True)
    header_signature: Mapped[str] = mapped_column(String(64))
    #: field name -> column letter
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CpvCode(Base):
    """One code of the CPV catalogue, keyed by its 8 digits."""

    __tablename__ = "cpv_code"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    check_digit: Mapped[str | None] = mapped_column(String(1))
    label_no: Mapped[str | None] = mapped_column(Text)
    label_en: Mapped[str | None] = mapped_column(Text)


class OverlapGroup(Changed, Base):
    """An overlapp: lines of different municipalities that fit one joint tender.

    The version covers the group and the decision on it (status, members, title)."""

    __tablename__ = "overlap_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "candidate", "confirmed" or "rejected".
    status: Mapped[str] = mapped_column(String(20), default="candidate", index=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    title: Mapped[str | None] = mapped_column(String(300))
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    #: A user changed the members (added, removed, merged, split): kept as it is on re-runs.
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The title was written by a user: kept when the group is described anew after an edit.
    title_by_user: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(120))
    decided_by_municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    version: Mapped[int] = version_column()

    members: Mapped[list[OverlapMember]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="OverlapMember.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class OverlapMember(Base):
    """A line in a group, with its own score and reasons."""

    __tablename__ = "overlap_member"
    __table_args__ = (UniqueConstraint("group_id", "line_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("overlap_group.id", ondelete="CASCADE"), index=True
    )
    line_id: Mapped[int] = mapped_column(ForeignKey("planned_purchase.id"), index=True)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    #: "detected", "added" (by a user) or "removed" (a user took it out: never re-added).
    origin: Mapped[str] = mapped_column(String(20), default="detected")
    changed_by: Mapped[str] = mapped_column(String(120), default="")

    group: Mapped[OverlapGroup] = relationship(back_populates="members")
    line: Mapped[PlannedPurchase] = relationship()


class OverlapLineAnalysis(Base):
    """A plan line's text as overlap detection read it, kept between runs.

    Keyed by ``core.overlap.analysis_store.storage_key``: the line's normalised words, its
    written CPV code and the place names among its words, under one ``engine`` (code version,
    vocabulary files and CPV catalogue). Rows of another engine are never used and are removed
    by the next run. JSON (not pickle): reading a row never runs code.
    """

    __tablename__ = "overlap_line_analysis"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    engine: Mapped[str] = mapped_column(String(16), index=True)
    analysis: Mapped[str] = mapped_column(Text)


class JointProposal(Tracked, Base):
    """A forslag til felles anskaffelse."""

    __tablename__ = "joint_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("overlap_group.id"))
    title: Mapped[str] = mapped_column(String(500))
    need_description: Mapped[str] = mapped_column(Text, default="")
    #: The vertskommune / lead municipality.
    host_municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    #: "utkast", "sendt_paa_hoering", "vedtatt", "kunngjort" or "avlyst".
    status: Mapped[str] = mapped_column(String(30), default="utkast")
    is_framework: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The kind of contract chosen by the coordinator ("supplies", "services", "works",
    #: "special_services"); None = decided from the lines.
    contract_kind: Mapped[str | None] = mapped_column(String(20))
    #: The framework agreement's maximum value set by the coordinator; None = the estimate.
    maximum_value_nok: Mapped[int | None] = mapped_column(BigInteger)
    #: None = the longest period among the lines (incl. options); set = the coordinator's.
    contract_years: Mapped[float | None] = mapped_column(Float)
    option_years: Mapped[float | None] = mapped_column(Float)
    planned_announcement: Mapped[dt.date | None] = mapped_column(Date)
    planned_contract_start: Mapped[dt.date | None] = mapped_column(Date)
    #: "criteria" (weighted award criteria) or "requirements" (in the specification).
    climate_mode: Mapped[str | None] = mapped_column(String(20))
    climate_weight_percent: Mapped[float | None] = mapped_column(Float)
    climate_text: Mapped[str] = mapped_column(Text, default="")
    innovation_text: Mapped[str] = mapped_column(Text, default="")
    dialogue_text: Mapped[str] = mapped_column(Text, default="")
    local_market_text: Mapped[str] = mapped_column(Text, default="")
    roles_text: Mapped[str] = mapped_column(Text, default="")
    risks_text: Mapped[str] = mapped_column(Text, default="")
    no_lots_reason: Mapped[str] = mapped_column(Text, default="")
    #: The decision document's own sections; empty = the document prints a marked default.
    goals_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    procedure_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    criteria_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    governance_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    cost_sharing_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    contract_management_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    anchoring_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    participants: Mapped[list[ProposalParticipant]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="ProposalParticipant.id"
    )
    lots: Mapped[list[Lot]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="Lot.number"
    )
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="proposal", cascade="all, delete-orphan", order_by="Milestone.due_date"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ProposalParticipant(Changed, Base):
    """A municipality taking part in a proposal, with its fullmakt (authorisation)."""

    __tablename__ = "proposal_participant"
    __table_args__ = (UniqueConstraint("proposal_id", "municipality_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("joint_proposal.id", ondelete="CASCADE"), index=True
    )
    municipality_id: Mapped[int] = mapped_column(ForeignKey("municipality.id"))
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    fullmakt_signed_date: Mapped[dt.date | None] = mapped_column(Date)
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = version_column()

    proposal: Mapped[JointProposal] = relationship(back_populates="participants")
    municipality: Mapped[Municipality] = relationship()
    lines: Mapped[list[ProposalLine]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ProposalLine(Base):
    """A planned purchase brought into a proposal, optionally placed in a lot."""

    __tablename__ = "proposal_line"
    __table_args__ = (UniqueConstraint("participant_id", "line_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("proposal_participant.id", ondelete="CASCADE"), index=True
    )
    line_id: Mapped[int] = mapped_column(ForeignKey("planned_purchase.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id", ondelete="SET NULL"))
    #: The plan line's figures when it was put in (or last accepted); None for older rows.
    plan_snapshot: Mapped[dict[str, Any] | None] = mapped_column()

    participant: Mapped[ProposalParticipant] = relationship(back_populates="lines")
    line: Mapped[PlannedPurchase] = relationship()


class Lot(Changed, Base):
    """A delkontrakt of a proposal."""

    __tablename__ = "lot"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("joint_proposal.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    #: "area" or "product".
    basis: Mapped[str] = mapped_column(String(20), default="area")
    version: Mapped[int] = version_column()

    proposal: Mapped[JointProposal] = relationship(back_populates="lots")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Milestone(Changed, Base):
    """A step of a proposal's timeline."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("joint_proposal.id", ondelete="CASCADE"), index=True
    )
    #: "market_dialogue", "fullmakt_deadline", "announcement", "tender_deadline", "award",
    #: "contract_start" or "other".
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = version_column()

    proposal: Mapped[JointProposal] = relationship(back_populates="milestones")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class AuditEntry(Base):
    """Who changed what, when: the history of lines, groups and proposals."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(120), default="")
    #: The municipality whose data changed (for per-municipality rights and filtering).
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    entity_type: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    #: e.g. "create", "update", "withdraw", "import", "confirm", "reject"
    action: Mapped[str] = mapped_column(String(50))
    #: field -> [old, new], or a free description
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SupplierRegisterLoad(Base):
    """One loaded bulk file of Enhetsregisteret: the latest of each kind (a reload replaces it)."""

    __tablename__ = "supplier_register_load"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "underenheter" or "enheter".
    kind: Mapped[str] = mapped_column(String(20), unique=True)
    file_name: Mapped[str] = mapped_column(String(500))
    #: "csv", "csv.gz", "json", "json.gz" or "xlsx".
    file_format: Mapped[str] = mapped_column(String(20))
    #: The register's date: the newest registration date in the file (or as the user gave it).
    data_date: Mapped[dt.date | None] = mapped_column(Date)
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    loaded_by: Mapped[str] = mapped_column(String(120), default="")
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_stored: Mapped[int] = mapped_column(Integer, default=0)
    #: Why rows were left out: reason ("closed", "aafy", "auxiliary" …) -> count.
    excluded: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The licence attribution the data must be shown with (NLOD).
    attribution: Mapped[str] = mapped_column(Text, default="")


class SupplierUnit(Base):
    """An underenhet (where work is done), kept only as far as the local-market counts need.

    Units of non-business entities (AAFY), closed units, head-office support units and units
    without a Norwegian municipality are not stored (the load counts them). Industry codes are
    the five digits as an integer (81.210 -> 81210).
    """

    __tablename__ = "supplier_unit"
    __table_args__ = (Index("ix_supplier_unit_municipality_industry", "municipality", "industry1"),)

    orgnr: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    parent_orgnr: Mapped[int | None] = mapped_column(Integer)
    #: The kommunenummer of beliggenhetsadresse (4 digits, leading zero kept).
    municipality: Mapped[str] = mapped_column(String(4))
    industry1: Mapped[int | None] = mapped_column(Integer)
    industry2: Mapped[int | None] = mapped_column(Integer)
    industry3: Mapped[int | None] = mapped_column(Integer)
    #: harRegistrertAntallAnsatte: True also when the number (1-4) is withheld.
    has_staff: Mapped[bool] = mapped_column(Boolean, default=False)
    employees: Mapped[int | None] = mapped_column(Integer)


class SupplierParent(Base):
    """An enhet (the legal person behind units): legal form, bankruptcy, liquidation, målform."""

    __tablename__ = "supplier_parent"

    orgnr: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    legal_form: Mapped[str] = mapped_column(String(10), default="")
    bankrupt: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Under avvikling, or under tvangsavvikling / tvangsoppløsning.
    liquidating: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The kommunenummer of forretningsadresse (the legal seat, not where work is done).
    municipality: Mapped[str | None] = mapped_column(String(4))
    maalform: Mapped[str | None] = mapped_column(String(10))
    #: The name of a legal person; None for sole proprietorships (a person's name).
    name: Mapped[str | None] = mapped_column(String(300))


class SupplierCount(Base):
    """The counts per municipality and main industry code, built after every load.

    Units whose parent is bankrupt or in liquidation are left out; the rest are summed in the
    bands the local-market view shows. A count for any set of codes and places is then a sum
    over a few hundred rows instead of a join over the whole register.
    """

    __tablename__ = "supplier_count"

    municipality: Mapped[str] = mapped_column(String(4), primary_key=True)
    #: næringskode 1 as an integer (0 when the unit has none).
    industry: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    units: Mapped[int] = mapped_column(Integer, default=0)
    with_staff: Mapped[int] = mapped_column(Integer, default=0)
    five_plus: Mapped[int] = mapped_column(Integer, default=0)
    sole_proprietors: Mapped[int] = mapped_column(Integer, default=0)
    parent_missing: Mapped[int] = mapped_column(Integer, default=0)
