"""The organisation's details read back from a report's closing contact block.

Our export writes one item per line (name, address, « SIRET … – Code APE … »,
« Contact : name, role », e-mail, phone, links); a hand-made report often puts name,
address and identifiers on one line. Both are read here, best effort: the result is
only used to create a missing organisation, and the summary asks to check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SIRET = re.compile(r"\bsiret\s*:?\s*(\d{3}\s?\d{3}\s?\d{3}\s?\d{5})", re.I)
_APE = re.compile(r"\b(?:code\s+)?(?:ape|naf)\s*:?\s*(\d{2}\.?\d{2}\s?[A-Z])\b", re.I)
_EMAIL = re.compile(r"(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
_PHONE = re.compile(r"(?:(?:\+|00)\s?33\s?(?:\(0\))?\s?\d(?:[\s.]?\d{2}){4}|\b0\d(?:[\s.]?\d{2}){4})\b")
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ee|org|fr|com|net|eu|io)(?:/\S*)?")
_CONTACT = re.compile(r"\bcontact\s*:\s*(.+)$", re.I)
_NAME_ADDRESS_CUT = re.compile(r"\s+(?=c/o\b|\d)")


@dataclass
class ContactDetails:
    name: str = ""
    address: str = ""
    siret: str = ""
    ape: str = ""
    contact_name: str = ""
    contact_role: str = ""
    email: str = ""
    phone: str = ""
    links: list[str] = field(default_factory=list)


def parse_contact(lines: list[str]) -> ContactDetails:
    """Split contact-block lines into the organisation's fields."""
    details = ContactDetails()
    texts: list[tuple[int, str]] = []  # (line index, what is left once known items are taken out)
    for index, line in enumerate(lines):
        rest = line
        if match := _SIRET.search(rest):
            details.siret = details.siret or match.group(1)
            rest = rest[: match.start()] + " " + rest[match.end() :]
        if match := _APE.search(rest):
            details.ape = details.ape or match.group(1)
            rest = rest[: match.start()] + " " + rest[match.end() :]
        if match := _CONTACT.search(rest):
            person = _EMAIL.sub("", _PHONE.sub("", match.group(1))).strip(" ,;")
            name, _, role = person.partition(",")
            details.contact_name = details.contact_name or name.strip()
            details.contact_role = details.contact_role or role.strip(" ,")
            rest = rest[: match.start()] + " " + _only_reachable(match.group(1))
        for match in _EMAIL.finditer(rest):
            details.email = details.email or match.group(1)
        rest = _EMAIL.sub(" ", rest)
        if match := _PHONE.search(rest):
            details.phone = details.phone or match.group(0).strip()
            rest = _PHONE.sub(" ", rest)
        for match in _LINK.finditer(rest):
            link = match.group(0).rstrip(".,;)")
            if link not in details.links:
                details.links.append(link)
        rest = _LINK.sub(" ", rest)
        rest = re.sub(r"\s+", " ", rest).strip(" ,;–-:")
        if rest:
            texts.append((index, rest))
    if texts:
        first_index, first = texts[0]
        following: list[str] = []  # text lines right after the name: the address
        for i, text in texts[1:]:
            if i != first_index + 1 + len(following):
                break
            following.append(text)
        if following:
            details.name = first
            details.address = ", ".join(following)
        else:
            # « Name c/o Place 221 rue … 75019 Paris »: the address starts at c/o or a number.
            parts = _NAME_ADDRESS_CUT.split(first, maxsplit=1)
            details.name = parts[0].strip(" ,")
            details.address = parts[1].strip(" ,") if len(parts) > 1 else ""
    return details


def _only_reachable(text: str) -> str:
    """What a « Contact : » line holds besides the person: e-mail and phone."""
    return " ".join(m.group(0) for m in _EMAIL.finditer(text)) + " " + " ".join(
        m.group(0) for m in _PHONE.finditer(text)
    )
