"""The workspace model: SQLAlchemy 2.0 typed ORM classes.

The structure (axes, actions, indicators, partners, bodies) belongs to a convention;
the text, the figures of a year and the events belong to each year's report.
Numbers such as ``2.3`` are never stored: they follow from the order (``position``),
so reordering renumbers everything at once.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    Enum,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from mesdesk.model.richtext import RichText

if TYPE_CHECKING:  # the means lines live in means.py, which imports this module
    from mesdesk.model.approvals import Approval
    from mesdesk.model.means import BudgetLine, FundingLine, InKindLine, PeopleLine
    from mesdesk.model.review import Comment
    from mesdesk.model.suggestions import Suggestion
    from mesdesk.model.versions import ReportSnapshot
from mesdesk.model.row_versions import Versioned
from mesdesk.model.valuation import ValuationColumns

# Explicit constraint names: Alembic's batch mode on SQLite needs them to alter tables.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    """A short stable identifier, used in JSON and in the hidden column of the xlsx."""
    return uuid.uuid4().hex[:12]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RichTextType(TypeDecorator[RichText]):
    """Stores a RichText as its canonical JSON string."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str:
        if value is None:
            return "[]"
        if isinstance(value, RichText):
            return value.to_json_string()
        return RichText.from_json(value).to_json_string()

    def process_result_value(self, value: Any, dialect: Any) -> RichText:
        return RichText.from_json(value or "[]")


class Status(str, enum.Enum):
    """Where the text of an action stands in the writing process."""

    TO_WRITE = "a_rediger"
    DRAFT = "brouillon"
    REVIEWED = "relu"
    VALIDATED = "valide"

    @property
    def label_fr(self) -> str:
        return STATUS_LABELS_FR[self]


STATUS_LABELS_FR: dict[Status, str] = {
    Status.TO_WRITE: "à rédiger",
    Status.DRAFT: "brouillon",
    Status.REVIEWED: "relu",
    Status.VALIDATED: "validé",
}

# The texts of a report, named in French for the command line's messages.
FIELD_LABELS_FR = {
    "evaluation": "évaluation",
    "narrative": "récit",
    "means": "moyens",
    "preamble": "préambule",
    "conclusion": "conclusion",
}


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")
    address: Mapped[str] = mapped_column(String, default="")
    siret: Mapped[str] = mapped_column(String, default="")
    ape: Mapped[str] = mapped_column(String, default="")
    contact_name: Mapped[str] = mapped_column(String, default="")
    contact_role: Mapped[str] = mapped_column(String, default="")
    email: Mapped[str] = mapped_column(String, default="")
    phone: Mapped[str] = mapped_column(String, default="")
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Image bytes (PNG or JPEG) shown on the report's cover; kept in the file so the
    # workspace stays one self-contained file.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)

    @property
    def footer_line(self) -> str:
        """The organisation line of the page footer."""
        return " – ".join(part for part in (self.name, self.address) if part)


class Funder(Versioned, Base):
    __tablename__ = "funder"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")
    short_name: Mapped[str] = mapped_column(String, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)


class Convention(Versioned, Base):
    __tablename__ = "convention"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("funder.id", ondelete="SET NULL"))
    programme: Mapped[str] = mapped_column(String, default="")
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    # How many pages the funder allows for a report (None: no limit); « Vérifier » warns past it.
    page_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)

    funder: Mapped[Funder | None] = relationship()
    axes: Mapped[list["Axis"]] = relationship(
        back_populates="convention",
        order_by="Axis.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="convention",
        order_by="Indicator.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    partners: Mapped[list["Partner"]] = relationship(
        back_populates="convention",
        order_by="Partner.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    bodies: Mapped[list["Body"]] = relationship(
        back_populates="convention",
        order_by="Body.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    reports: Mapped[list["Report"]] = relationship(
        back_populates="convention", order_by="Report.year", cascade="all, delete-orphan"
    )

    @property
    def years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))

    @property
    def actions(self) -> list["Action"]:
        """All actions, in document order."""
        return [action for axis in self.axes for action in axis.actions]

    def action_by_number(self, number: str) -> "Action | None":
        return next((a for a in self.actions if a.number == number), None)

    def report_for(self, year: int) -> "Report | None":
        return next((r for r in self.reports if r.year == year), None)


class Axis(Versioned, Base):
    __tablename__ = "axis"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String, default="")

    convention: Mapped[Convention] = relationship(back_populates="axes")
    actions: Mapped[list["Action"]] = relationship(
        back_populates="axis",
        order_by="Action.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )

    @property
    def number(self) -> str:
        return str(self.position + 1)


action_partner = Table(
    "action_partner",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    Column("partner_id", ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True),
)


class Action(Versioned, Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    axis_id: Mapped[int] = mapped_column(ForeignKey("axis.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String, default="")
    objective: Mapped[str] = mapped_column(String, default="")

    axis: Mapped[Axis] = relationship(back_populates="actions")
    partners: Mapped[list["Partner"]] = relationship(
        secondary=action_partner, back_populates="actions", order_by="Partner.position"
    )

    @property
    def number(self) -> str:
        return f"{self.axis.number}.{self.position + 1}"


class Report(Versioned, ValuationColumns, Base):
    __tablename__ = "report"
    __table_args__ = (UniqueConstraint("convention_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String, default="")
    support_line: Mapped[str] = mapped_column(String, default="")
    report_date: Mapped[dt.date | None] = mapped_column(Date)
    preamble: Mapped[RichText] = mapped_column(RichTextType, default=RichText)
    conclusion: Mapped[RichText] = mapped_column(RichTextType, default=RichText)
    # The language the report is written in ("fr" or "en"): spelling follows it.
    language: Mapped[str] = mapped_column(String, default="fr", server_default="fr")

    convention: Mapped[Convention] = relationship(back_populates="reports")
    texts: Mapped[list["ActionText"]] = relationship(back_populates="report", cascade="all, delete-orphan")
    events: Mapped[list["Event"]] = relationship(
        back_populates="report",
        order_by="Event.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )
    # The means of the year (``means.py``), each list grouped by action like events.
    people_lines: Mapped[list["PeopleLine"]] = relationship(
        back_populates="report", order_by="PeopleLine.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    budget_lines: Mapped[list["BudgetLine"]] = relationship(
        back_populates="report", order_by="BudgetLine.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    funding_lines: Mapped[list["FundingLine"]] = relationship(
        back_populates="report", order_by="FundingLine.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    in_kind_lines: Mapped[list["InKindLine"]] = relationship(
        back_populates="report", order_by="InKindLine.position",
        collection_class=ordering_list("position"), cascade="all, delete-orphan",
    )
    # Review comments and their replies (``review.py``); their ranges live in the texts.
    comments: Mapped[list["Comment"]] = relationship(
        back_populates="report", order_by="(Comment.created_at, Comment.id)", cascade="all, delete-orphan"
    )
    # Reviewers' suggestions read from a Word file (``suggestions.py``), pending or decided.
    suggestions: Mapped[list["Suggestion"]] = relationship(
        back_populates="report", order_by="Suggestion.id", cascade="all, delete-orphan"
    )
    # Named snapshots and per-section approvals (``versions.py``, ``approvals.py``).
    snapshots: Mapped[list["ReportSnapshot"]] = relationship(
        back_populates="report", order_by="ReportSnapshot.created_at", cascade="all, delete-orphan",
    )
    approvals: Mapped[list["Approval"]] = relationship(back_populates="report", cascade="all, delete-orphan")

    def find_text(self, action: Action) -> "ActionText | None":
        """The report's text of an action, or None (readers must not create one)."""
        return next((text for text in self.texts if text.action is action), None)

    def text_for(self, action: Action) -> "ActionText":
        """The report's text of an action, created empty when missing (for editors)."""
        text = self.find_text(action)
        if text is None:
            # Column defaults only apply at flush: set them now, the GUI reads them at once.
            text = ActionText(
                action=action, evaluation=RichText(), narrative=RichText(), means=RichText(), status=Status.TO_WRITE
            )
            self.texts.append(text)
        return text

    def events_for(self, action: Action) -> list["Event"]:
        return [e for e in self.events if e.action is action]


class ActionText(Versioned, Base):
    """What one year's report says about one action."""

    __tablename__ = "action_text"
    __table_args__ = (UniqueConstraint("report_id", "action_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    evaluation: Mapped[RichText] = mapped_column(RichTextType, default=RichText)
    narrative: Mapped[RichText] = mapped_column(RichTextType, default=RichText)
    means: Mapped[RichText] = mapped_column(RichTextType, default=RichText)
    status: Mapped[Status] = mapped_column(
        Enum(Status, values_callable=lambda e: [m.value for m in e], native_enum=False, length=16),
        default=Status.TO_WRITE,
    )
    target_words: Mapped[int | None] = mapped_column(Integer)
    # Set on a text carried over from last year's report: it must be brought up to date.
    to_update: Mapped[bool] = mapped_column(default=False)

    report: Mapped[Report] = relationship(back_populates="texts")
    action: Mapped[Action] = relationship()

    def word_count(self) -> int:
        return self.evaluation.word_count() + self.narrative.word_count() + self.means.word_count()

    def over_target(self) -> bool:
        return self.target_words is not None and self.word_count() > self.target_words


class Indicator(Versioned, Base):
    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String, default="")
    unit: Mapped[str] = mapped_column(String, default="")
    source: Mapped[str] = mapped_column(String, default="")

    convention: Mapped[Convention] = relationship(back_populates="indicators")
    action: Mapped[Action | None] = relationship()
    values: Mapped[list["IndicatorValue"]] = relationship(
        back_populates="indicator", order_by="IndicatorValue.year", cascade="all, delete-orphan"
    )

    def value_for(self, year: int) -> float | None:
        return next((v.value for v in self.values if v.year == year), None)

    def set_value(self, year: int, value: float | None) -> None:
        """Set (or with None, remove) the value of a year."""
        for existing in list(self.values):
            if existing.year == year:
                if value is None:
                    self.values.remove(existing)
                else:
                    existing.value = value
                return
        if value is not None:
            self.values.append(IndicatorValue(year=year, value=value))
            self.values.sort(key=lambda v: v.year)


class IndicatorValue(Versioned, Base):
    __tablename__ = "indicator_value"

    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[float] = mapped_column(Float)

    indicator: Mapped[Indicator] = relationship(back_populates="values")


class Event(Versioned, Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String, default="")
    role: Mapped[str] = mapped_column(String, default="")
    participants: Mapped[int | None] = mapped_column(Integer)

    report: Mapped[Report] = relationship(back_populates="events")
    action: Mapped[Action | None] = relationship()


class Partner(Versioned, Base):
    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String, default="")
    kind: Mapped[str] = mapped_column(String, default="")

    convention: Mapped[Convention] = relationship(back_populates="partners")
    actions: Mapped[list[Action]] = relationship(
        secondary=action_partner, back_populates="partners", order_by="Action.id"
    )
    bodies: Mapped[list["Body"]] = relationship(back_populates="partner", order_by="Body.position")


class Body(Versioned, Base):
    """A body or commission where the organisation sits (instance), with its role there."""

    __tablename__ = "body"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True, default=new_uid)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String, default="")
    role: Mapped[str] = mapped_column(String, default="")

    convention: Mapped[Convention] = relationship(back_populates="bodies")
    partner: Mapped[Partner | None] = relationship(back_populates="bodies")
    action: Mapped[Action | None] = relationship()


# The means lines map onto Report's lists above: import them so the mapper knows them
# whenever the entities are used.
import mesdesk.model.approvals  # noqa: E402,F401
import mesdesk.model.means  # noqa: E402,F401  (a plain import: means may be the one importing us)
import mesdesk.model.review  # noqa: E402,F401  (likewise for the review comments)
import mesdesk.model.sharing  # noqa: E402,F401  (presence and reservations on a shared server)
import mesdesk.model.suggestions  # noqa: E402,F401  (reviewers' suggestions, mapped onto Report.suggestions)
import mesdesk.model.versions  # noqa: E402,F401  (snapshots and approvals: same reason)
