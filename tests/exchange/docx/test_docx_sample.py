"""The sample's Word export, read back part by part (TEMPLATE.md's order and looks)."""

from __future__ import annotations

import re
from typing import Any

import pytest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
NNBSP, NBSP = "\u202f", "\u00a0"


# -- helpers reading the sample JSON ----------------------------------------------------

def _convention(sample_data: dict[str, Any]) -> dict[str, Any]:
    return sample_data["conventions"][-1]


def _report(sample_data: dict[str, Any]) -> dict[str, Any]:
    return next(r for r in _convention(sample_data)["reports"] if r["year"] == 2024)


def _expected_headings(sample_data: dict[str, Any]) -> tuple[list[str], list[str]]:
    level1 = ["Préambule"]
    level2 = []
    for a, axis in enumerate(_convention(sample_data)["axes"], start=1):
        level1.append(f"{a}. {axis['title']}")
        for m, action in enumerate(axis["actions"], start=1):
            level2.append(f"{a}.{m} {action['title']}")
    level1.append("Conclusion et perspectives")
    return level1, level2


def _heading_level(doc: Any, p: Any) -> int | None:
    """The outline level of a paragraph: its own, else its style's (0 = heading 1)."""
    direct = p.find(f"{W}pPr/{W}outlineLvl")
    if direct is not None:
        return int(direct.get(W + "val"))
    style = doc.style_of(p)
    found = doc.style_chain_value(style, "w:pPr/w:outlineLvl") if style else None
    return int(found.get(W + "val")) if found is not None else None


# -- cover and table of contents ---------------------------------------------------------

def test_cover_has_title_support_line_and_long_date_then_a_page_break(sample_doc, sample_data) -> None:
    report = _report(sample_data)
    paragraphs = [p for p in sample_doc.document.paragraphs]
    texts = [p.text for p in paragraphs]
    toc_title = texts.index("Table des matières")
    cover = [p for p in paragraphs[:toc_title] if p.text.strip()]
    assert [p.text for p in cover] == [report["title"], report["support_line"], "5 mars 2025"]
    assert cover[0].style.name == "Title"
    assert cover[1].style.name == "Subtitle"
    # The table of contents starts a new page: the cover stands alone on page 1.
    assert paragraphs[toc_title].paragraph_format.page_break_before is True
    # Its title is not a heading, so a TOC update does not list it.
    assert _heading_level(sample_doc, sample_doc.paragraphs()[toc_title]) in (None, 9)


def test_toc_is_a_field_over_levels_1_2_prefilled_with_every_heading(sample_doc, sample_data) -> None:
    paragraphs = sample_doc.paragraphs()
    instr_index = next(
        i for i, p in enumerate(paragraphs) if any("TOC" in (t.text or "") for t in p.iter(W + "instrText"))
    )
    instr = "".join(t.text for t in paragraphs[instr_index].iter(W + "instrText"))
    assert re.search(r'\\o\s+"1-2"', instr)
    # The field's result: from the paragraph with « begin » to the one with « end ».
    end_index = next(
        i for i in range(instr_index, len(paragraphs))
        if any(f.get(W + "fldCharType") == "end" for f in paragraphs[i].iter(W + "fldChar"))
    )
    entries = [sample_doc.text(p) for p in paragraphs[instr_index : end_index + 1]]
    level1, level2 = _expected_headings(sample_data)
    assert len(level1) == 6 and len(level2) == 10
    expected = []
    conv = _convention(sample_data)
    expected.append("Préambule")
    for a, axis in enumerate(conv["axes"], start=1):
        expected.append(f"{a}. {axis['title']}")
        expected += [f"{a}.{m} {action['title']}" for m, action in enumerate(axis["actions"], start=1)]
    expected.append("Conclusion et perspectives")
    squeeze = lambda s: re.sub(r"[\s\u00a0\u202f]+", " ", s).strip()  # noqa: E731
    assert [squeeze(e) for e in entries] == [squeeze(e) for e in expected]
    styles = [sample_doc.style_name(sample_doc.style_of(p)) for p in paragraphs[instr_index : end_index + 1]]
    assert styles == ["toc 1" if re.match(r"^(Préambule|\d\. |Conclusion)", e) else "toc 2" for e in expected]
    # Each entry links to a bookmark placed on its heading.
    anchors = [h.get(W + "anchor") for p in paragraphs[instr_index : end_index + 1] for h in p.iter(W + "hyperlink")]
    bookmarks = {b.get(W + "name") for b in sample_doc.body.iter(W + "bookmarkStart")}
    assert len(anchors) == len(expected) and set(anchors) <= bookmarks


# -- headings, Evaluation and Moyens --------------------------------------------------------

def test_headings_are_numbered_with_outline_levels(sample_doc, sample_data) -> None:
    level1, level2 = _expected_headings(sample_data)
    found: dict[int, list[str]] = {0: [], 1: []}
    for p in sample_doc.paragraphs():
        level = _heading_level(sample_doc, p)
        if level in (0, 1):
            found[level].append(sample_doc.text(p).replace(NBSP, " ").replace(NNBSP, " "))
    assert found[0] == level1
    assert found[1] == level2
    # python-docx sees the built-in heading styles (the TOC repeats the texts in toc styles).
    names = {p.style.name for p in sample_doc.document.paragraphs if p.text in level1 + level2}
    assert names == {"Heading 1", "Heading 2", "toc 1", "toc 2"}


def test_each_action_has_bold_evaluation_then_narrative_then_bold_moyens(sample_doc) -> None:
    paragraphs = sample_doc.document.paragraphs
    headings = [i for i, p in enumerate(paragraphs) if p.style.name in ("Heading 1", "Heading 2")]
    heading2 = [i for i in headings if paragraphs[i].style.name == "Heading 2"]
    assert len(heading2) == 10
    ends = [next(h for h in headings if h > start) for start in heading2]
    for start, end in zip(heading2, ends):
        section = paragraphs[start + 1 : end]
        first = section[0]
        assert first.text.startswith("Evaluation ="), paragraphs[start].text
        assert first.runs[0].bold is True and first.runs[0].text.startswith("Evaluation =")
        assert first.style.name == "Evaluation"
        means = [p for p in section if p.text.startswith("Moyens =")]
        assert len(means) == 1, paragraphs[start].text
        assert means[0].runs[0].bold is True and means[0].style.name == "Moyens"
        # The narrative stands between the two.
        between = section[1 : section.index(means[0])]
        assert any(p.text.strip() for p in between), paragraphs[start].text
    labels = [p.text.split("=")[0].strip() for p in paragraphs if re.match(r"^(Evaluation|Moyens) =", p.text)]
    assert labels.count("Evaluation") == 10 and labels.count("Moyens") == 10


# -- lists ------------------------------------------------------------------------------------

def _numbering(doc: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    part = doc.related_part("http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering")
    root = doc.xml(part)
    abstracts = {a.get(W + "abstractNumId"): a for a in root.iter(W + "abstractNum")}
    nums = {n.get(W + "numId"): n for n in root.iter(W + "num")}
    return abstracts, nums


def _level_def(doc: Any, num_id: str, ilvl: str) -> tuple[str, str]:
    abstracts, nums = _numbering(doc)
    abstract = abstracts[nums[num_id].find(f"{W}abstractNumId").get(W + "val")]
    lvl = next(lv for lv in abstract.iter(W + "lvl") if lv.get(W + "ilvl") == ilvl)
    return lvl.find(f"{W}numFmt").get(W + "val"), lvl.find(f"{W}lvlText").get(W + "val")


def _list_paragraphs(doc: Any) -> list[tuple[Any, str, str]]:
    out = []
    for p in doc.paragraphs():
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{W}numId").get(W + "val")
        ilvl = num_pr.find(f"{W}ilvl").get(W + "val")
        if num_id != "0":
            out.append((p, num_id, ilvl))
    return out


def test_bullets_use_word_numbering_on_two_levels_round_bullet_and_arrow(sample_doc) -> None:
    items = _list_paragraphs(sample_doc)
    looks = {(ilvl, _level_def(sample_doc, num_id, ilvl)) for _, num_id, ilvl in items}
    assert ("0", ("bullet", "\u2022")) in looks
    assert ("1", ("bullet", "\u2192")) in looks
    bullets = [p for p, num_id, ilvl in items if _level_def(sample_doc, num_id, ilvl) == ("bullet", "\u2022")]
    assert len(bullets) >= 20
    assert {sample_doc.style_name(sample_doc.style_of(p)) for p in bullets} == {"List Bullet"}


def test_numbered_lists_restart_at_one_in_each_list(sample_doc) -> None:
    items = [(p, n, lv) for p, n, lv in _list_paragraphs(sample_doc) if _level_def(sample_doc, n, lv)[0] == "decimal"]
    lists = list(dict.fromkeys(num_id for _, num_id, _ in items))
    assert len(lists) >= 2, "the sample has several numbered lists"
    _, nums = _numbering(sample_doc)
    for num_id in lists:
        override = nums[num_id].find(f"{W}lvlOverride[@{W}ilvl='0']/{W}startOverride")
        assert override is not None and override.get(W + "val") == "1"
    assert {_level_def(sample_doc, n, "0")[1] for n in lists} == {"%1)"}
    # Items are not numbered by hand in the text.
    assert not any(re.match(r"^\d+\)", sample_doc.text(p)) for p, _, _ in items)


def test_preamble_lists_the_axes_with_check_marks_after_the_announcing_paragraph(sample_doc, sample_data) -> None:
    paragraphs = sample_doc.paragraphs()
    checks = [
        (i, p) for i, p in enumerate(paragraphs)
        for num_pr in [p.find(f"{W}pPr/{W}numPr")] if num_pr is not None
        and num_pr.find(f"{W}numId").get(W + "val") != "0"
        and _level_def(sample_doc, num_pr.find(f"{W}numId").get(W + "val"), "0")[1] == "\u2713"
    ]
    axes = [axis["title"] for axis in _convention(sample_data)["axes"]]
    assert [sample_doc.text(p).rstrip(",.") for _, p in checks] == axes
    before = sample_doc.text(paragraphs[checks[0][0] - 1]).rstrip()
    assert before.endswith(":") and "axes de travail" in before


# -- links and footnotes ----------------------------------------------------------------------

def test_links_are_real_hyperlinks_with_the_hyperlink_style(sample_doc) -> None:
    links = list(sample_doc.body.iter(W + "hyperlink"))
    external = [h for h in links if h.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
    assert len(external) >= 8
    for link in external:
        rel = sample_doc.rels[link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]
        assert rel.external and rel.type.endswith("/hyperlink")
        assert re.match(r"^(https?|mailto):", rel.target)
        style_ids = {r.get(W + "val") for r in link.iter(W + "rStyle")}
        assert {sample_doc.style_name(s) for s in style_ids} == {"Hyperlink"}
    hyperlink_style = next(s for s in sample_doc.styles().values() if s.find(W + "name").get(W + "val") == "Hyperlink")
    assert hyperlink_style.get(W + "type") == "character"
    assert hyperlink_style.find(f"{W}rPr/{W}u") is not None
    # Seen through python-docx too.
    addresses = [h.address for p in sample_doc.document.paragraphs for h in p.hyperlinks if h.address]
    assert len(addresses) == len(external)


def test_footnotes_are_real_notes_referenced_in_document_order(sample_doc, sample_data, json_helpers) -> None:
    root = sample_doc.footnotes_root()
    notes = {n.get(W + "id"): n for n in root.iter(W + "footnote")}
    assert notes["-1"].get(W + "type") == "separator"
    assert notes["0"].get(W + "type") == "continuationSeparator"
    references = [r.get(W + "id") for r in sample_doc.body.iter(W + "footnoteReference")]
    assert len(references) >= 4
    assert [int(r) for r in references] == sorted(int(r) for r in references)
    assert len(set(references)) == len(references)
    real = [i for i, n in notes.items() if n.get(W + "type") is None]
    assert sorted(real, key=int) == references
    for note_id in references:
        note = notes[note_id]
        assert note.find(f".//{W}footnoteRef") is not None
    # Note texts in the sample's order.
    report = _report(sample_data)
    expected = []
    fields = [report["preamble"]]
    for action in report["actions"]:
        fields += [action.get("evaluation", []), action.get("narrative", []), action.get("means", [])]
    fields.append(report["conclusion"])
    for blocks in fields:
        for content in json_helpers.paragraphs(blocks):
            for inline in content:
                if inline.get("type") == "footnote":
                    expected.append("".join(json_helpers.inline_text(t) for t in inline["content"]))
    got = [sample_doc.text(notes[i]).strip() for i in references]
    squeeze = lambda s: re.sub(r"[\s\u00a0\u202f]+", "", s)  # noqa: E731
    assert [squeeze(g) for g in got] == [squeeze(e) for e in expected]


def test_links_inside_footnotes_are_related_from_the_footnotes_part(sample_doc) -> None:
    part = sample_doc.related_part("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    rels = sample_doc.part_rels(part)
    root = sample_doc.footnotes_root()
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    ids = [h.get(r_id) for h in root.iter(W + "hyperlink")]
    assert ids, "the sample's notes hold links"
    for rid in ids:
        assert rels[rid].external and rels[rid].type.endswith("/hyperlink")


# -- page setup ---------------------------------------------------------------------------------

def test_page_is_a4(sample_doc) -> None:
    section = sample_doc.document.sections[-1]
    assert abs(section.page_width.mm - 210) < 0.5
    assert abs(section.page_height.mm - 297) < 0.5


def test_footer_with_page_fields_on_every_page_but_the_cover(sample_doc) -> None:
    section = sample_doc.document.sections[-1]
    assert section.different_first_page_header_footer is True
    sect_pr = sample_doc.body.find(f"{W}sectPr")
    refs = {r.get(W + "type"): r for r in sect_pr.iter(W + "footerReference")}
    assert set(refs) >= {"default", "first"}
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    default = sample_doc.xml("word/" + sample_doc.rels[refs["default"].get(r_id)].target)
    first = sample_doc.xml("word/" + sample_doc.rels[refs["first"].get(r_id)].target)
    instructions = [t.text.split()[0] for t in default.iter(W + "instrText")]
    assert "PAGE" in instructions and "NUMPAGES" in instructions
    assert "Mouvement pour l'Économie Solidaire" in sample_doc.text(default)
    assert sample_doc.text(first).strip() == ""
    assert not list(first.iter(W + "instrText"))
    # python-docx agrees.
    assert "Mouvement pour l'Économie Solidaire" in section.footer.paragraphs[0].text


def test_settings_ask_word_to_update_fields_and_declare_the_separators(sample_doc) -> None:
    settings = sample_doc.xml("word/settings.xml")
    assert settings.find(f"{W}updateFields").get(W + "val") == "true"
    assert [f.get(W + "id") for f in settings.iter(W + "footnote")] == ["-1", "0"]
    # Schema order: updateFields comes before footnotePr, which comes before compat.
    tags = [child.tag.rsplit("}", 1)[1] for child in settings]
    assert tags.index("updateFields") < tags.index("footnotePr") < tags.index("compat")


# -- text and typography ------------------------------------------------------------------------

def test_french_typography_is_applied(sample_doc) -> None:
    body = "\n".join(sample_doc.text(p) for p in sample_doc.paragraphs())
    assert f"52{NNBSP}464" in body
    assert f"{NBSP}:" in body
    assert f"«{NBSP}" in body and f"{NBSP}»" in body
    assert f"60{NBSP}%" in body
    # No ordinary space is left before a colon or a semicolon (URLs have none).
    assert not re.search(r"\w [:;!?](\s|$)", body)


def test_document_text_holds_the_sample_sentences_in_order(sample_doc, sample_data, json_helpers) -> None:
    report = _report(sample_data)
    fields = [report["preamble"]]
    for action in report["actions"]:
        fields += [action.get("evaluation", []), action.get("narrative", []), action.get("means", [])]
    fields.append(report["conclusion"])
    squeeze = lambda s: re.sub(r"[\s\u00a0\u202f]+", "", s)  # noqa: E731
    body = squeeze("".join(sample_doc.text(p) for p in sample_doc.paragraphs()))
    position = 0
    count = 0
    for blocks in fields:
        for content in json_helpers.paragraphs(blocks):
            text = "".join(json_helpers.inline_text(i) for i in content)
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                wanted = squeeze(sentence)
                if not wanted:
                    continue
                found = body.find(wanted, position)
                assert found >= 0, f"not found after position {position}: {sentence[:80]!r}"
                position = found + len(wanted)
                count += 1
    assert count > 150


def test_contact_block_closes_the_report(sample_doc, sample_data) -> None:
    org = sample_data["organisation"]
    paragraphs = sample_doc.document.paragraphs
    conclusion = next(
        i for i, p in enumerate(paragraphs) if p.text == "Conclusion et perspectives" and p.style.name == "Heading 1"
    )
    tail = "\n".join(p.text for p in paragraphs[conclusion:]).replace(NNBSP, " ").replace(NBSP, " ")
    for value in (org["name"], org["address"], org["siret"], org["ape"], org["contact_name"], org["contact_role"],
                  org["email"], org["phone"], *org["links"]):
        assert value in tail, value
    assert tail.index(org["name"]) > tail.index(sample_data["conventions"][-1]["reports"][0]["conclusion"][0]["content"][0]["text"][:30])
    mail = [h for p in paragraphs[conclusion:] for h in p.hyperlinks if h.address.startswith("mailto:")]
    assert [h.address for h in mail] == [f"mailto:{org['email']}"]


@pytest.mark.parametrize("part", ["word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml"])
def test_parts_are_well_formed_and_declared(sample_doc, part) -> None:
    assert part in sample_doc.names
    types = sample_doc.xml("[Content_Types].xml")
    overrides = {o.get("PartName") for o in types}
    assert "/" + part in overrides
