"""The exported package checked against the ECMA-376 (transitional) schema, as Word reads it.

LibreOffice opens almost anything; Microsoft Word reports "unreadable content" for a
child element out of its schema sequence, a missing required attribute, a dangling
relationship id or a part without a content type. There is no Word here, so the
rules Word applies are encoded below, from the transitional ``wml.xsd``:

* ``SEQUENCES``: for each complex type the writer or the default template produces,
  its children in schema order. Names sharing a slot (a ``choice``, such as
  ``headerReference`` / ``footerReference``) share a tuple. A child that is not listed
  for its parent's type is reported too: it is out of place wherever it stands.
* required attributes, integer (twips, ids) and enumerated attribute values;
* package-level rules: every part has a content type, every relationship target exists,
  every ``r:`` attribute names a relationship of its own part;
* document rules: bookmarks paired with unique ids and names, internal links pointing at
  a bookmark, complex fields balanced (begin / instruction / separate / end), unique
  note, list and style ids, and references to them that resolve;
* inline pictures (``w:drawing``): DrawingML children in order, required attributes,
  drawing ids unique, each ``a:blip`` naming an image relationship to a PNG or JPEG part.

``w:rPr``: later editions turned EG_RPrBase into an unordered choice, but ECMA-376 1st
edition (what Word 2007 validates against) has it as a sequence, so the order is held.

Walked: the sample, with an organisation and a funder logo added, exported with MES
Desk's template, with a French-named template (the organisation's own, with a style
missing and copied in), and with python-docx's default
template (no footnotes part, Letter paper, English names), which exercises the paths
creating parts and settings.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import docx
import pytest
from lxml import etree
from means_testing import add_sample_means

from mesdesk.exchange.docx import default_template, export_docx
from mesdesk.store.workspace import Workspace
from tests.exchange.docx.docx_testing import Rel, french_template
from tests.exchange.docx.images_testing import JPEG, png

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
SL_NS = "http://schemas.openxmlformats.org/schemaLibrary/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
W = "{%s}" % W_NS
R = "{%s}" % R_NS
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# -- the schema sequences (wml.xsd, transitional) -------------------------------------

# CT_PPrBase.
PPR_BASE = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
)
# EG_RPrBase, in the order of ECMA-376 1st edition's sequence.
RPR_BASE = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
    "em", "lang", "eastAsianLayout", "specVanish", "oMath",
)
# EG_SectPrContents.
SECT_CONTENTS = (
    "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType",
    "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
    "printerSettings",
)
SETTINGS = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors",
    "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles",
    "stylePaneFormatFilter", "stylePaneSortMethod", "documentType", "mailMerge", "revisionView",
    "trackRevisions", "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
    "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit",
    "hyphenationZone", "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle",
    "defaultTableStyle", "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting",
    "bookFoldPrintingSheets", "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
    "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
    "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
    "docVars", "rsids", f"{{{M_NS}}}mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", f"{{{SL_NS}}}schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)
COMPAT = (
    "useSingleBorderforContiguousCells", "wpJustification", "noTabHangInd", "noLeading", "spaceForUL",
    "noColumnBalance", "balanceSingleByteDoubleByteWidth", "noExtraLineSpacing", "doNotLeaveBackslashAlone",
    "ulTrailSpace", "doNotExpandShiftReturn", "spacingInWholePoints", "lineWrapLikeWord6",
    "printBodyTextBeforeHeader", "printColBlack", "wpSpaceWidth", "showBreaksInFrames", "subFontBySize",
    "suppressBottomSpacing", "suppressTopSpacing", "suppressSpacingAtTopOfPage", "suppressTopSpacingWP",
    "suppressSpBfAfterPgBrk", "swapBordersFacingPages", "convMailMergeEsc", "truncateFontHeightsLikeWP6",
    "mwSmallCaps", "usePrinterMetrics", "doNotSuppressParagraphBorders", "wrapTrailSpaces",
    "footnoteLayoutLikeWW8", "shapeLayoutLikeWW8", "alignTablesRowByRow", "forgetLastTabAlignment",
    "adjustLineHeightInTable", "autoSpaceLikeWord95", "noSpaceRaiseLower", "doNotUseHTMLParagraphAutoSpacing",
    "layoutRawTableWidth", "layoutTableRowsApart", "useWord97LineBreakRules", "doNotBreakWrappedTables",
    "doNotSnapToGridInCell", "selectFldWithFirstOrLastChar", "applyBreakingRules", "doNotWrapTextWithPunct",
    "doNotUseEastAsianBreakRules", "useWord2002TableStyleRules", "growAutofit", "useFELayout",
    "useNormalStyleForList", "doNotUseIndentAsNumberingTabStop", "useAltKinsokuLineBreakRules",
    "allowSpaceOfSameStyleInTable", "doNotSuppressIndentation", "doNotAutofitConstrainedTables",
    "autofitToFirstFixedWidthCell", "underlineTabInNumList", "displayHangulFixedWidth",
    "splitPgBreakAndParaMark", "doNotVertAlignCellWithSp", "doNotBreakConstrainedForcedTable",
    "doNotVertAlignInTxbx", "useAnsiKerningPairs", "cachedColBalance", "compatSetting",
)
TBL_PR_BASE = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
    "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
    "tblDescription",
)
# Inline content of a paragraph, hyperlink or simple field (EG_PContent), all one slot.
P_CONTENT = (
    "r", "hyperlink", "fldSimple", "subDoc", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart",
    "permEnd", "ins", "del", "moveFrom", "moveTo", "commentRangeStart", "commentRangeEnd", "customXml",
    "smartTag", "sdt", "dir", "bdo", f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara",
)
# Run content (EG_RunInnerContent), one slot after rPr.
RUN_CONTENT = (
    "br", "t", "contentPart", "delText", "instrText", "delInstrText", "noBreakHyphen", "softHyphen",
    "dayShort", "monthShort", "yearShort", "dayLong", "monthLong", "yearLong", "annotationRef", "footnoteRef",
    "endnoteRef", "separator", "continuationSeparator", "sym", "pgNum", "cr", "tab", "object", "pict",
    "fldChar", "ruby", "footnoteReference", "endnoteReference", "commentReference", "drawing", "ptab",
    "lastRenderedPageBreak",
)
# Block-level content (EG_BlockLevelElts), one slot.
BLOCKS = ("p", "tbl", "sdt", "customXml", "altChunk", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart",
          "permEnd", "commentRangeStart", "commentRangeEnd", "ins", "del", "moveFrom", "moveTo")

Slot = tuple[str, ...]

# DrawingML of an inline picture (dml-wordprocessingDrawing.xsd, dml-picture.xsd, dml-main.xsd),
# by Clark name: the children of each element in schema order, and which must be there.
DRAWING_SEQUENCES: dict[str, tuple[str, ...]] = {
    f"{{{WP_NS}}}inline": tuple(f"{{{WP_NS}}}{n}" for n in
                                ("extent", "effectExtent", "docPr", "cNvGraphicFramePr")) + (f"{{{A_NS}}}graphic",),
    f"{{{A_NS}}}graphic": (f"{{{A_NS}}}graphicData",),
    f"{{{PIC_NS}}}pic": tuple(f"{{{PIC_NS}}}{n}" for n in ("nvPicPr", "blipFill", "spPr")),
    f"{{{PIC_NS}}}nvPicPr": (f"{{{PIC_NS}}}cNvPr", f"{{{PIC_NS}}}cNvPicPr", f"{{{PIC_NS}}}nvPr"),
    f"{{{PIC_NS}}}blipFill": (f"{{{A_NS}}}blip", f"{{{A_NS}}}srcRect", f"{{{A_NS}}}tile", f"{{{A_NS}}}stretch"),
    f"{{{PIC_NS}}}spPr": (f"{{{A_NS}}}xfrm", f"{{{A_NS}}}custGeom", f"{{{A_NS}}}prstGeom", f"{{{A_NS}}}noFill",
                          f"{{{A_NS}}}solidFill", f"{{{A_NS}}}ln"),
    f"{{{A_NS}}}xfrm": (f"{{{A_NS}}}off", f"{{{A_NS}}}ext"),
}
DRAWING_REQUIRED = {
    f"{{{WP_NS}}}inline": (f"{{{WP_NS}}}extent", f"{{{WP_NS}}}docPr", f"{{{A_NS}}}graphic"),
    f"{{{A_NS}}}graphic": (f"{{{A_NS}}}graphicData",),
    f"{{{PIC_NS}}}pic": (f"{{{PIC_NS}}}nvPicPr", f"{{{PIC_NS}}}blipFill", f"{{{PIC_NS}}}spPr"),
    f"{{{PIC_NS}}}nvPicPr": (f"{{{PIC_NS}}}cNvPr", f"{{{PIC_NS}}}cNvPicPr"),
}
# Required attributes, and those that must be non-negative integers (EMUs, ids).
DRAWING_ATTRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    f"{{{WP_NS}}}extent": (("cx", "cy"), ("cx", "cy")),
    f"{{{WP_NS}}}docPr": (("id", "name"), ("id",)),
    f"{{{PIC_NS}}}cNvPr": (("id", "name"), ("id",)),
    f"{{{A_NS}}}graphicData": (("uri",), ()),
    f"{{{A_NS}}}ext": (("cx", "cy"), ("cx", "cy")),
    f"{{{A_NS}}}off": (("x", "y"), ()),
    f"{{{A_NS}}}prstGeom": (("prst",), ()),
}
IMAGE_TYPES = {"image/png", "image/jpeg"}


def _seq(*slots: str | Slot) -> tuple[Slot, ...]:
    return tuple(s if isinstance(s, tuple) else (s,) for s in slots)


SEQUENCES: dict[str, tuple[Slot, ...]] = {
    "CT_Document": _seq("background", "body"),
    "CT_Body": _seq(BLOCKS, "sectPr"),
    "CT_HdrFtr": _seq(BLOCKS),
    "CT_FtnEdn": _seq(BLOCKS),
    "CT_P": _seq("pPr", P_CONTENT),
    "CT_PContent": _seq(P_CONTENT),  # hyperlink, fldSimple (after fldData)
    "CT_R": _seq("rPr", RUN_CONTENT),
    "CT_PPr": _seq(*PPR_BASE, "rPr", "sectPr", "pPrChange"),
    "CT_PPrGeneral": _seq(*PPR_BASE, "pPrChange"),
    "CT_RPr": _seq(*RPR_BASE, "rPrChange"),
    "CT_ParaRPr": _seq("ins", "del", "moveFrom", "moveTo", *RPR_BASE, "rPrChange"),
    "CT_NumPr": _seq("ilvl", "numId", "numberingChange", "ins"),
    "CT_PBdr": _seq("top", "left", "bottom", "right", "between", "bar"),
    "CT_Tabs": _seq("tab"),
    "CT_SectPr": _seq(("headerReference", "footerReference"), *SECT_CONTENTS, "sectPrChange"),
    "CT_FtnProps": _seq("pos", "numFmt", "numStart", "numRestart"),
    "CT_FtnDocProps": _seq("pos", "numFmt", "numStart", "numRestart", "footnote"),
    "CT_EdnDocProps": _seq("pos", "numFmt", "numStart", "numRestart", "endnote"),
    "CT_Settings": _seq(*SETTINGS),
    "CT_Compat": _seq(*COMPAT),
    "CT_Styles": _seq("docDefaults", "latentStyles", "style"),
    "CT_DocDefaults": _seq("rPrDefault", "pPrDefault"),
    "CT_RPrDefault": _seq("rPr"),
    "CT_PPrDefault": _seq("pPr"),
    "CT_LatentStyles": _seq("lsdException"),
    "CT_Style": _seq(
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
        "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr",
        "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
    ),
    "CT_TblPrBase": _seq(*TBL_PR_BASE),
    # Tables (the means tables and annex): CT_Tbl, CT_TblPr, CT_TblGrid, CT_Row, CT_Tc, CT_TcPr, CT_TblBorders.
    "CT_Tbl": _seq("tblPr", "tblGrid", "tr"),
    "CT_TblPr": _seq(*TBL_PR_BASE, "tblPrChange"),
    "CT_TblGrid": _seq("gridCol", "tblGridChange"),
    "CT_Row": _seq("tblPrEx", "trPr", "tc"),
    "CT_Tc": _seq("tcPr", BLOCKS),
    "CT_TcPr": _seq(
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
        "tcFitText", "vAlign", "hideMark",
    ),
    "CT_TblBorders": _seq("top", ("start", "left"), "bottom", ("end", "right"), "insideH", "insideV"),
    "CT_TblCellMar": _seq("top", "start", "left", "bottom", "end", "right"),
    "CT_Numbering": _seq("numPicBullet", "abstractNum", "num", "numIdMacAtCleanup"),
    "CT_AbstractNum": _seq("nsid", "multiLevelType", "tmpl", "name", "styleLink", "numStyleLink", "lvl"),
    "CT_Lvl": _seq(
        "start", "numFmt", "lvlRestart", "pStyle", "isLgl", "suff", "lvlText", "lvlPicBulletId", "legacy",
        "lvlJc", "pPr", "rPr",
    ),
    "CT_Num": _seq("abstractNumId", "lvlOverride"),
    "CT_NumLvl": _seq("startOverride", "lvl"),
    "CT_Footnotes": _seq("footnote"),
    "CT_FontsList": _seq("font"),
    "CT_Font": _seq(
        "altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular", "embedBold",
        "embedItalic", "embedBoldItalic",
    ),
}
# Children that may repeat (maxOccurs > 1); any other child appears at most once.
REPEATABLE = {
    "CT_Body": set(BLOCKS), "CT_HdrFtr": set(BLOCKS), "CT_Tc": set(BLOCKS), "CT_Tbl": {"tr"},
    "CT_Row": {"tc"}, "CT_TblGrid": {"gridCol"}, "CT_FtnEdn": set(BLOCKS), "CT_P": set(P_CONTENT),
    "CT_PContent": set(P_CONTENT), "CT_R": set(RUN_CONTENT), "CT_Tabs": {"tab"},
    "CT_SectPr": {"headerReference", "footerReference"}, "CT_FtnDocProps": {"footnote"},
    "CT_EdnDocProps": {"endnote"}, "CT_Settings": {"activeWritingStyle", "attachedSchema", "smartTagType"},
    "CT_Compat": {"compatSetting"}, "CT_Styles": {"style"}, "CT_LatentStyles": {"lsdException"},
    "CT_Style": {"tblStylePr"}, "CT_Numbering": {"numPicBullet", "abstractNum", "num"},
    "CT_AbstractNum": {"lvl"}, "CT_Num": {"lvlOverride"}, "CT_Footnotes": {"footnote"},
    "CT_FontsList": {"font"},
}
# Upper bounds the schema sets on repeated children.
MAX_OCCURS = {("CT_SectPr", "headerReference"): 6, ("CT_SectPr", "footerReference"): 6,
              ("CT_AbstractNum", "lvl"): 9, ("CT_Num", "lvlOverride"): 9, ("CT_FtnDocProps", "footnote"): 3}
# Children that must be there (minOccurs = 1, or a block-level group that may not be empty).
REQUIRED_CHILDREN = {"CT_Num": ("abstractNumId",), "CT_Tabs": ("tab",)}
NON_EMPTY = {"CT_HdrFtr", "CT_FtnEdn"}

# Required attributes (use="required"), by element local name and parent where it matters.
REQUIRED_ATTRS: dict[str, tuple[str, ...]] = {
    "pgMar": ("top", "right", "bottom", "left", "header", "footer", "gutter"),
    "headerReference": ("type", f"{{{R_NS}}}id"), "footerReference": ("type", f"{{{R_NS}}}id"),
    "bookmarkStart": ("id", "name"), "bookmarkEnd": ("id",), "fldChar": ("fldCharType",),
    "fldSimple": ("instr",), "footnoteReference": ("id",), "lvl": ("ilvl",), "abstractNum": ("abstractNumId",),
    "num": ("numId",), "lvlOverride": ("ilvl",), "shd": ("val",), "zoom": ("percent",), "numFmt": ("val",),
    "footnote": ("id",), "font": ("name",),
}
# CT_String / CT_DecimalNumber / CT_OnOff-like elements whose w:val is required.
VAL_REQUIRED = {
    "pStyle", "rStyle", "numId", "ilvl", "outlineLvl", "jc", "lvlJc", "basedOn", "next", "link", "name",
    "uiPriority", "start", "multiLevelType", "abstractNumId", "startOverride", "sz", "szCs", "color",
    "vertAlign", "highlight", "defaultTabStop", "hyphenationZone", "characterSpacingControl", "decimalSymbol",
    "listSeparator", "suff", "lvlRestart", "numStart", "numRestart", "pos", "textDirection", "vAlign",
}
BORDER_PARENTS = {"pBdr", "tblBorders", "tcBorders", "pgBorders"}  # their children are CT_Border
BORDER_SIDES = {"top", "left", "bottom", "right", "between", "bar", "insideH", "insideV", "start", "end"}

# Attribute values that must be integers (twentieths of a point, half-points, ids...).
_INT_ATTRS = {
    "pgSz": ("w", "h", "code"), "pgMar": ("top", "right", "bottom", "left", "header", "footer", "gutter"),
    "spacing": ("before", "after", "line", "beforeLines", "afterLines"),
    "ind": ("left", "right", "start", "end", "hanging", "firstLine", "leftChars", "rightChars", "hangingChars",
            "firstLineChars"),
    "tab": ("pos",), "cols": ("space", "num"), "docGrid": ("linePitch", "charSpace"),
    "bookmarkStart": ("id",), "bookmarkEnd": ("id",), "footnote": ("id",), "footnoteReference": ("id",),
    "abstractNum": ("abstractNumId",), "num": ("numId",), "lvl": ("ilvl",), "lvlOverride": ("ilvl",),
    "top": ("sz", "space", "w"), "left": ("sz", "space", "w"), "bottom": ("sz", "space", "w"),
    "right": ("sz", "space", "w"), "between": ("sz", "space"), "tblInd": ("w",),
}
_INT_VAL = {
    "sz", "szCs", "numId", "ilvl", "outlineLvl", "uiPriority", "start", "abstractNumId", "startOverride",
    "defaultTabStop", "hyphenationZone", "kern", "position", "lvlRestart", "numStart", "divId",
}
_ON_OFF = {"true", "false", "on", "off", "0", "1"}
_ON_OFF_ELEMENTS = {
    "keepNext", "keepLines", "pageBreakBefore", "widowControl", "contextualSpacing", "b", "bCs", "i", "iCs",
    "caps", "smallCaps", "strike", "vanish", "webHidden", "titlePg", "qFormat", "semiHidden", "unhideWhenUsed",
    "hidden", "locked", "autoHyphenation", "updateFields", "suppressAutoHyphens", "noProof",
}
ENUMS: dict[tuple[str, str], set[str]] = {
    ("jc", "val"): {"start", "center", "end", "both", "mediumKashida", "distribute", "numTab", "highKashida",
                    "lowKashida", "thaiDistribute", "left", "right"},
    ("lvlJc", "val"): {"start", "center", "end", "both", "left", "right"},
    ("tab", "val"): {"clear", "start", "center", "end", "decimal", "bar", "num", "left", "right"},
    ("tab", "leader"): {"none", "dot", "hyphen", "underscore", "heavy", "middleDot"},
    ("fldChar", "fldCharType"): {"begin", "separate", "end"},
    ("headerReference", "type"): {"even", "default", "first"},
    ("footerReference", "type"): {"even", "default", "first"},
    ("footnote", "type"): {"normal", "separator", "continuationSeparator", "continuationNotice"},
    ("multiLevelType", "val"): {"singleLevel", "multilevel", "hybridMultilevel"},
    ("style", "type"): {"paragraph", "character", "table", "numbering"},
    ("vertAlign", "val"): {"baseline", "superscript", "subscript"},
    ("spacing", "lineRule"): {"auto", "exact", "atLeast"},
    ("rFonts", "hint"): {"default", "eastAsia", "cs"},
    ("numFmt", "val"): {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
                        "cardinalText", "ordinalText", "hex", "chicago", "decimalZero", "bullet", "none",
                        "decimalEnclosedCircle", "decimalFullWidth", "numberInDash", "custom"},
    ("u", "val"): {"single", "words", "double", "thick", "dotted", "dottedHeavy", "dash", "dashedHeavy",
                   "dashLong", "dashLongHeavy", "dotDash", "dashDotHeavy", "dotDotDash", "dashDotDotHeavy",
                   "wave", "wavyHeavy", "wavyDouble", "none"},
    ("shd", "val"): {"nil", "clear", "solid", "horzStripe", "vertStripe", "reverseDiagStripe", "diagStripe",
                     "horzCross", "diagCross", "pct5", "pct10", "pct12", "pct15", "pct20", "pct25", "pct30",
                     "pct40", "pct50", "pct60", "pct70", "pct75", "pct80", "pct90"},
    ("characterSpacingControl", "val"): {"doNotCompress", "compressPunctuation",
                                         "compressPunctuationAndJapaneseKana"},
    ("br", "type"): {"page", "column", "textWrapping"},
    ("type", "val"): {"nextPage", "nextColumn", "continuous", "evenPage", "oddPage"},
    ("pgSz", "orient"): {"portrait", "landscape"},
}
_BORDER_VALUES = {"nil", "none", "single", "thick", "double", "dotted", "dashed", "dotDash", "dotDotDash",
                  "triple", "thinThickSmallGap", "thickThinSmallGap", "wave", "doubleWave", "dashSmallGap",
                  "dashDotStroked", "threeDEmboss", "threeDEngrave", "outset", "inset"}
_HEX_COLOR = re.compile(r"^(auto|[0-9A-Fa-f]{6})$")
_INTEGER = re.compile(r"^-?\d+$")

_PPR_GENERAL_PARENTS = {"style", "lvl", "pPrDefault", "tblStylePr"}


def local(element: etree._Element) -> str:
    """``w:`` names bare, others in Clark notation (``{ns}name``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag[len(W):] if tag.startswith(W) else tag


def schema_type(element: etree._Element) -> str | None:
    """The complex type of a ``w:`` element in the places the writer produces it."""
    name = local(element)
    parent = element.getparent()
    up = local(parent) if parent is not None else ""
    if name == "pPr":
        return "CT_PPrGeneral" if up in _PPR_GENERAL_PARENTS else "CT_PPr" if up == "p" else None
    if name == "rPr":
        if up == "pPr":
            return "CT_ParaRPr"
        return "CT_RPr" if up in {"r", "style", "lvl", "rPrDefault", "tblStylePr"} else None
    if name == "footnotePr":
        return "CT_FtnDocProps" if up == "settings" else "CT_FtnProps"
    if name == "endnotePr":
        return "CT_EdnDocProps" if up == "settings" else None
    if name == "footnote":
        return "CT_FtnEdn" if up == "footnotes" else None
    if name == "tab":
        return None
    if name in ("hyperlink", "fldSimple"):
        return "CT_PContent"
    if name == "tblPr" and up == "style":
        return "CT_TblPrBase"
    if name == "tblPr" and up == "tbl":
        return "CT_TblPr"
    if name == "lvlOverride":
        return "CT_NumLvl"
    if name == "footnotes":
        return "CT_Footnotes"
    if name == "fonts":
        return "CT_FontsList"
    if name in ("hdr", "ftr"):
        return "CT_HdrFtr"
    if name == "font" and up == "fonts":
        return "CT_Font"
    simple = {
        "document": "CT_Document", "body": "CT_Body", "p": "CT_P", "r": "CT_R", "numPr": "CT_NumPr",
        "pBdr": "CT_PBdr", "tabs": "CT_Tabs", "sectPr": "CT_SectPr", "settings": "CT_Settings",
        "compat": "CT_Compat", "styles": "CT_Styles", "docDefaults": "CT_DocDefaults",
        "rPrDefault": "CT_RPrDefault", "pPrDefault": "CT_PPrDefault", "latentStyles": "CT_LatentStyles",
        "style": "CT_Style", "tblCellMar": "CT_TblCellMar", "numbering": "CT_Numbering",
        "abstractNum": "CT_AbstractNum", "lvl": "CT_Lvl", "num": "CT_Num",
        "tbl": "CT_Tbl", "tblGrid": "CT_TblGrid", "tr": "CT_Row", "tc": "CT_Tc", "tcPr": "CT_TcPr",
        "tblBorders": "CT_TblBorders",
    }
    return simple.get(name)


# -- reading the package --------------------------------------------------------------

@dataclass
class Package:
    path: Path
    files: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> Package:
        with zipfile.ZipFile(path) as zf:
            return cls(path, {name: zf.read(name) for name in zf.namelist()})

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.files[name])

    def xml_parts(self) -> Iterator[tuple[str, etree._Element]]:
        for name in sorted(self.files):
            if name.endswith(".xml") and name != "[Content_Types].xml":
                yield name, self.xml(name)

    def wml_parts(self) -> Iterator[tuple[str, etree._Element]]:
        for name, root in self.xml_parts():
            if isinstance(root.tag, str) and root.tag.startswith(W):
                yield name, root

    def rels(self, part: str) -> dict[str, Rel]:
        folder, _, base = part.rpartition("/")
        name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if name not in self.files:
            return {}
        root = etree.fromstring(self.files[name])
        return {
            r.get("Id"): Rel(r.get("Id"), r.get("Type"), r.get("Target"), r.get("TargetMode") == "External")
            for r in root.iter(f"{{{PKG_RELS_NS}}}Relationship")
        }

    @staticmethod
    def resolve(source: str, target: str) -> str:
        """The zip name a relative internal target points at, from ``source``'s folder."""
        if target.startswith("/"):
            return target.lstrip("/")
        parts: list[str] = list(PurePosixPath(source).parent.parts)
        for piece in PurePosixPath(target).parts:
            if piece == "..":
                parts.pop()
            elif piece != ".":
                parts.append(piece)
        return "/".join(parts)

    def related(self, source: str, rel_type: str) -> list[str]:
        return [self.resolve(source, r.target) for r in self.rels(source).values()
                if r.type == RT + rel_type and not r.external]

    def main_part(self) -> str:
        (target,) = [self.resolve("", r.target) for r in self.rels("").values() if r.type == RT + "officeDocument"]
        return target


# -- the checks -------------------------------------------------------------------------

def ignorable_namespaces(root: etree._Element) -> set[str]:
    """Namespaces a consumer may skip: those ``mc:Ignorable`` names, and markup compatibility's own."""
    prefixes = (root.get(f"{{{MC_NS}}}Ignorable") or "").split()
    return {root.nsmap[p] for p in prefixes if p in root.nsmap} | {MC_NS}


def order_problems(part: str, root: etree._Element) -> list[str]:
    problems: list[str] = []
    skipped = ignorable_namespaces(root)
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(W):
            continue
        kind = schema_type(element)
        if kind is None or kind not in SEQUENCES:
            continue
        slots = SEQUENCES[kind]
        index = {name: i for i, slot in enumerate(slots) for name in slot}
        repeatable = REPEATABLE.get(kind, set())
        where = f"{part}: {root.getroottree().getpath(element)}"
        last = -1
        counts: Counter[str] = Counter()
        # Extension elements (w14:docId after w:listSeparator, say) are skipped by consumers.
        children = [c for c in element if isinstance(c.tag, str) and etree.QName(c).namespace not in skipped]
        for child in children:
            name = local(child)
            counts[name] += 1
            if name not in index:
                problems.append(f"{where}: <{name}> is not a child of {kind}")
                continue
            if index[name] < last:
                before = [n for n in (local(c) for c in children) if n in index]
                problems.append(f"{where}: <{name}> out of {kind} order (children: {', '.join(before)})")
            last = max(last, index[name])
        for name, count in counts.items():
            bound = MAX_OCCURS.get((kind, name), None if name in repeatable else 1)
            if bound is not None and count > bound:
                problems.append(f"{where}: <{name}> {count} times in {kind} (at most {bound})")
        for name in REQUIRED_CHILDREN.get(kind, ()):
            if not counts[name]:
                problems.append(f"{where}: {kind} lacks its required <{name}>")
        if kind in NON_EMPTY and not children:
            problems.append(f"{where}: {kind} needs at least one block (an empty <w:p/> will do)")
    return problems


def attribute_problems(part: str, root: etree._Element) -> list[str]:
    problems: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith(W):
            continue
        name = local(element)
        parent = element.getparent()
        up = local(parent) if parent is not None else ""
        where = f"{part}: {root.getroottree().getpath(element)}"

        def attr(a: str, element: Any = element) -> str | None:
            return element.get(a if a.startswith("{") else W + a)

        required = REQUIRED_ATTRS.get(name, ())
        if name == "tab":
            required = ("val", "pos") if up == "tabs" else ()
        for a in required:
            if attr(a) is None:
                problems.append(f"{where}: required attribute {a} missing")
        if name in VAL_REQUIRED and attr("val") is None:
            problems.append(f"{where}: w:val is required")
        if (up in BORDER_PARENTS and name in BORDER_SIDES) or (name == "bdr" and up == "rPr"):
            value = attr("val")
            if value is None:
                problems.append(f"{where}: border needs w:val")
            elif value not in _BORDER_VALUES:
                problems.append(f"{where}: border w:val={value!r} is not an ST_Border value we know")
        for a in _INT_ATTRS.get(name, ()):
            value = attr(a)
            if value is not None and not _INTEGER.match(value):
                problems.append(f"{where}: {a}={value!r} must be an integer")
        if name in _INT_VAL:
            value = attr("val")
            if value is not None and not _INTEGER.match(value):
                problems.append(f"{where}: w:val={value!r} must be an integer")
        if name in _ON_OFF_ELEMENTS and attr("val") is not None and attr("val") not in _ON_OFF:
            problems.append(f"{where}: w:val={attr('val')!r} is not ST_OnOff")
        if name == "hyperlink" and attr("history") is not None and attr("history") not in _ON_OFF:
            problems.append(f"{where}: w:history must be ST_OnOff")
        for (el_name, a), allowed in ENUMS.items():
            if el_name != name:
                continue
            if name == "tab" and up != "tabs":
                continue
            if name == "type" and up != "sectPr":
                continue
            value = attr(a)
            if value is not None and value not in allowed:
                problems.append(f"{where}: {a}={value!r} not allowed (one of {sorted(allowed)})")
        if name == "color" and up == "rPr" and not _HEX_COLOR.match(attr("val") or ""):
            problems.append(f"{where}: colour {attr('val')!r} must be RRGGBB or auto")
        for a in ("color", "fill"):
            if name in ("shd", "top", "left", "bottom", "right") and attr(a) is not None and not _HEX_COLOR.match(
                attr(a) or ""
            ):
                problems.append(f"{where}: {a}={attr(a)!r} must be RRGGBB or auto")
        # WordprocessingML attributes are qualified (attributeFormDefault="qualified"): a bare
        # ``val`` is not ``w:val``.
        for key in element.attrib:
            if not key.startswith("{"):
                problems.append(f"{where}: attribute {key!r} lacks its namespace")
        # No floats anywhere in a w: attribute that should be a measure.
        for key, value in element.attrib.items():
            if key.startswith(W) and re.fullmatch(r"-?\d+\.\d+", value or ""):
                problems.append(f"{where}: {key[len(W):]}={value!r} is a decimal; WordprocessingML wants integers")
    return problems


def package_problems(pkg: Package) -> list[str]:
    problems: list[str] = []
    names = set(pkg.files)
    if "[Content_Types].xml" not in names:
        return ["no [Content_Types].xml"]
    types = pkg.xml("[Content_Types].xml")
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(f"{{{CT_NS}}}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{{{CT_NS}}}Override")}
    for part_name in overrides:
        if part_name.lstrip("/") not in names:
            problems.append(f"[Content_Types].xml: override for missing part {part_name}")
    for name in names:
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        if "/" + name not in overrides and ext not in defaults:
            problems.append(f"{name}: no content type")
    expected = {
        RT + "styles": f"{_WML}.styles+xml", RT + "settings": f"{_WML}.settings+xml",
        RT + "numbering": f"{_WML}.numbering+xml", RT + "footnotes": f"{_WML}.footnotes+xml",
        RT + "header": f"{_WML}.header+xml", RT + "footer": f"{_WML}.footer+xml",
        RT + "fontTable": f"{_WML}.fontTable+xml", RT + "officeDocument": f"{_WML}.document.main+xml",
    }
    rel_files = [n for n in names if n.endswith(".rels")]
    for rel_file in rel_files:
        folder = rel_file.rsplit("_rels/", 1)[0]
        source = folder + rel_file.rsplit("/", 1)[-1][: -len(".rels")]
        if source and source not in names:
            problems.append(f"{rel_file}: relationships of a missing part {source}")
        ids = [r.get("Id") for r in etree.fromstring(pkg.files[rel_file]).iter(f"{{{PKG_RELS_NS}}}Relationship")]
        for rid, count in Counter(ids).items():
            if count > 1:
                problems.append(f"{rel_file}: Id {rid} used {count} times")
        for rel in pkg.rels(source).values():
            if rel.external:
                if rel.type != RT + "hyperlink":
                    problems.append(f"{rel_file}: external {rel.type}")
                continue
            target = pkg.resolve(source, rel.target)
            if target not in names:
                problems.append(f"{rel_file}: {rel.rid} points at missing {target}")
                continue
            want = expected.get(rel.type)
            got = overrides.get("/" + target, defaults.get(target.rsplit(".", 1)[-1].lower()))
            if want is not None and got != want:
                problems.append(f"{target}: content type {got!r}, its relationship wants {want!r}")
    # Parts the document relates must be related once only.
    main = pkg.main_part()
    for kind in ("styles", "settings", "numbering", "footnotes", "fontTable"):
        if len(pkg.related(main, kind)) > 1:
            problems.append(f"{main}: {kind} related more than once")
    return problems


def reference_problems(pkg: Package) -> list[str]:
    """r: attributes resolve in their part; hyperlinks and header/footer references point at the right kind."""
    problems: list[str] = []
    for part, root in pkg.wml_parts():
        rels = pkg.rels(part)
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            for key, value in element.attrib.items():
                if not key.startswith(R):
                    continue
                rel = rels.get(value)
                where = f"{part}: <{local(element)} r:{key[len(R):]}={value!r}>"
                if rel is None:
                    problems.append(f"{where} has no relationship in {part}'s .rels")
                    continue
                name = local(element)
                if name == "hyperlink" and (rel.type != RT + "hyperlink" or not rel.external):
                    problems.append(f"{where}: a hyperlink must name an external hyperlink relationship")
                if name in ("headerReference", "footerReference"):
                    kind = "header" if name == "headerReference" else "footer"
                    if rel.type != RT + kind:
                        problems.append(f"{where}: names a {rel.type.rsplit('/', 1)[-1]} relationship")
            if local(element) == "hyperlink" and element.get(R + "id") is None and element.get(W + "anchor") is None:
                problems.append(f"{part}: a w:hyperlink without r:id or w:anchor")
        for prefix in (root.get(f"{{{MC_NS}}}Ignorable") or "").split():
            if prefix not in root.nsmap:
                problems.append(f"{part}: mc:Ignorable names the undeclared prefix {prefix!r}")
        declared = {ns for node in root.iter() for ns in (node.nsmap or {}).values()}
        uses_r = any(k.startswith(R) for node in root.iter() for k in node.attrib)
        if uses_r and R_NS not in declared:
            problems.append(f"{part}: r: attributes without the relationships namespace declared")
    return problems


def bookmark_problems(pkg: Package) -> list[str]:
    problems: list[str] = []
    names: set[str] = set()
    for part, root in pkg.wml_parts():
        starts: dict[str, str] = {}
        ended: set[str] = set()
        for element in root.iter(W + "bookmarkStart", W + "bookmarkEnd"):
            bid = element.get(W + "id", "")
            if local(element) == "bookmarkStart":
                if bid in starts:
                    problems.append(f"{part}: bookmark id {bid} started twice")
                starts[bid] = element.get(W + "name", "")
                name = starts[bid]
                if name in names:
                    problems.append(f"{part}: bookmark name {name!r} used twice")
                names.add(name)
                if len(name) > 40:
                    problems.append(f"{part}: bookmark name {name!r} is longer than Word's 40 characters")
            else:
                if bid not in starts:
                    problems.append(f"{part}: bookmarkEnd {bid} without (or before) its bookmarkStart")
                if bid in ended:
                    problems.append(f"{part}: bookmark id {bid} ended twice")
                ended.add(bid)
        for bid in set(starts) - ended:
            problems.append(f"{part}: bookmark {bid} ({starts[bid]!r}) never ends")
    for part, root in pkg.wml_parts():
        for link in root.iter(W + "hyperlink"):
            anchor = link.get(W + "anchor")
            if anchor is not None and anchor not in names:
                problems.append(f"{part}: link to missing bookmark {anchor!r}")
    return problems


def _stories(part: str, root: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """Each footnote is a story of its own; other parts are one story."""
    if local(root) == "footnotes":
        for note in root.iter(W + "footnote"):
            yield f"{part} footnote {note.get(W + 'id')}", note
    else:
        yield part, root


def field_problems(pkg: Package) -> list[str]:
    problems: list[str] = []
    for part, root in pkg.wml_parts():
        for story, node in _stories(part, root):
            stack: list[str] = []  # per open field: "code" until separate, then "result"
            for element in node.iter(W + "fldChar", W + "instrText", W + "fldSimple"):
                name = local(element)
                if name == "fldSimple":
                    if not (element.get(W + "instr") or "").strip():
                        problems.append(f"{story}: fldSimple without an instruction")
                    continue
                if name == "instrText":
                    if not stack or stack[-1] != "code":
                        problems.append(f"{story}: instrText outside a field's instruction")
                    continue
                kind = element.get(W + "fldCharType")
                if kind == "begin":
                    stack.append("code")
                elif kind == "separate":
                    if not stack or stack[-1] != "code":
                        problems.append(f"{story}: separate without an open field")
                    else:
                        stack[-1] = "result"
                elif kind == "end":
                    if not stack:
                        problems.append(f"{story}: end without begin")
                    else:
                        stack.pop()
            if stack:
                problems.append(f"{story}: {len(stack)} field(s) never end")
    return problems


def id_problems(pkg: Package) -> list[str]:
    problems: list[str] = []
    main = pkg.main_part()
    document = pkg.xml(main)
    # Styles: unique ids, references resolve to a style of the right type.
    (styles_name,) = pkg.related(main, "styles")
    styles = pkg.xml(styles_name)
    by_id: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        sid = style.get(W + "styleId")
        if sid in by_id:
            problems.append(f"styles: styleId {sid!r} defined twice")
        by_id[sid] = style.get(W + "type", "paragraph")
    defaults = Counter(s.get(W + "type") for s in styles.iter(W + "style") if s.get(W + "default") in ("1", "true"))
    for kind, count in defaults.items():
        if count > 1:
            problems.append(f"styles: {count} default {kind} styles")
    for style in styles.iter(W + "style"):
        for tag in ("basedOn", "next", "link"):
            ref = style.find(W + tag)
            if ref is not None and ref.get(W + "val") not in by_id:
                problems.append(f"styles: {style.get(W + 'styleId')} {tag} {ref.get(W + 'val')!r} is not a style")
    parents = {s.get(W + "styleId"): s.find(W + "basedOn") for s in styles.iter(W + "style")}
    for sid in parents:
        seen: set[str] = set()
        current: str | None = sid
        while current is not None and current not in seen:
            seen.add(current)
            based = parents.get(current)
            current = based.get(W + "val") if based is not None else None
        if current is not None:
            problems.append(f"styles: {sid!r} is based on itself through {current!r}")
    numbering_parts = pkg.related(main, "numbering")
    numbering = pkg.xml(numbering_parts[0]) if numbering_parts else None
    for part, root in pkg.wml_parts():
        if part == styles_name:
            continue
        for ref in root.iter(W + "pStyle", W + "rStyle"):
            want = "paragraph" if local(ref) == "pStyle" else "character"
            got = by_id.get(ref.get(W + "val", ""))
            if local(ref.getparent().getparent()) == "lvl":
                continue
            if got != want:
                problems.append(f"{part}: {local(ref)} {ref.get(W + 'val')!r} is not a {want} style ({got})")
    # Numbering: unique ids, nums name an abstractNum, paragraphs name a num.
    if numbering is not None:
        abstract = [a.get(W + "abstractNumId") for a in numbering.iter(W + "abstractNum")]
        nums = [n.get(W + "numId") for n in numbering.iter(W + "num")]
        for label, ids in (("abstractNumId", abstract), ("numId", nums)):
            for value, count in Counter(ids).items():
                if count > 1:
                    problems.append(f"numbering: {label} {value} used {count} times")
        for num in numbering.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None and ref.get(W + "val") not in abstract:
                problems.append(f"numbering: num {num.get(W + 'numId')} names missing abstractNum")
        for abstract_num in numbering.iter(W + "abstractNum"):
            levels = [lvl.get(W + "ilvl") for lvl in abstract_num.iter(W + "lvl")]
            if len(levels) != len(set(levels)):
                problems.append(f"numbering: abstractNum {abstract_num.get(W + 'abstractNumId')} repeats a level")
    known_nums = set(nums) if numbering is not None else set()
    for part, root in [(main, document), (styles_name, styles)]:
        for num_id in root.iter(W + "numId"):
            value = num_id.get(W + "val")
            if value != "0" and value not in known_nums:
                problems.append(f"{part}: numId {value} has no w:num")
    # Footnotes: unique ids; separators typed; references resolve to normal notes, each once.
    notes_parts = pkg.related(main, "footnotes")
    references = [r.get(W + "id") for part, root in pkg.wml_parts() for r in root.iter(W + "footnoteReference")]
    if notes_parts:
        notes = pkg.xml(notes_parts[0])
        ids = [n.get(W + "id") for n in notes.iter(W + "footnote")]
        for value, count in Counter(ids).items():
            if count > 1:
                problems.append(f"footnotes: id {value} used {count} times")
        separators = {n.get(W + "id") for n in notes.iter(W + "footnote") if n.get(W + "type") not in (None, "normal")}
        types = {n.get(W + "type") for n in notes.iter(W + "footnote")}
        if not {"separator", "continuationSeparator"} <= types:
            problems.append("footnotes: the separator and continuationSeparator notes are missing")
        for note in notes.iter(W + "footnote"):
            if note.get(W + "type") == "separator" and note.find(f".//{W}separator") is None:
                problems.append("footnotes: the separator note has no w:separator")
            if note.get(W + "type") == "continuationSeparator" and note.find(f".//{W}continuationSeparator") is None:
                problems.append("footnotes: the continuationSeparator note has no w:continuationSeparator")
        for value in references:
            if value not in ids or value in separators:
                problems.append(f"footnoteReference {value} has no normal footnote")
        for value, count in Counter(references).items():
            if count > 1:
                problems.append(f"footnote {value} referenced {count} times")
        for note in notes.iter(W + "footnote"):
            if note.get(W + "id") not in separators and note.get(W + "id") not in references:
                problems.append(f"footnote {note.get(W + 'id')} is never referenced")
        (settings_name,) = pkg.related(main, "settings")
        for ref in pkg.xml(settings_name).iterfind(f"{W}footnotePr/{W}footnote"):
            if ref.get(W + "id") not in separators:
                problems.append(f"settings: footnotePr names {ref.get(W + 'id')}, not a separator note")
    elif references:
        problems.append("footnote references without a footnotes part")
    # The body's section.
    body = document.find(W + "body")
    sections = body.findall(W + "sectPr") if body is not None else []
    if len(sections) != 1 or body[-1] is not sections[0]:
        problems.append("document: the body must end with exactly one w:sectPr")
    else:
        refs = Counter((local(r), r.get(W + "type")) for r in sections[0] if local(r).endswith("Reference"))
        for key, count in refs.items():
            if count > 1:
                problems.append(f"document: two {key[0]} of type {key[1]}")
    return problems


def drawing_problems(pkg: Package) -> list[str]:
    """Inline pictures as Word reads them: a ``w:drawing`` holds one ``wp:inline`` (or anchor)
    whose children follow DrawingML's order; ids of drawings unique in their part; the blip
    names an image relationship of its own part, to a PNG or JPEG part."""
    problems: list[str] = []
    types = pkg.xml("[Content_Types].xml")
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(f"{{{CT_NS}}}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(f"{{{CT_NS}}}Override")}
    for part, root in pkg.wml_parts():
        rels = pkg.rels(part)
        ids: Counter[str] = Counter()
        for drawing in root.iter(W + "drawing"):
            where = f"{part}: {root.getroottree().getpath(drawing)}"
            if drawing.getparent() is None or local(drawing.getparent()) != "r":
                problems.append(f"{where}: a w:drawing outside a run")
            kids = [c for c in drawing if isinstance(c.tag, str)]
            if len(kids) != 1 or etree.QName(kids[0]).localname not in ("inline", "anchor"):
                problems.append(f"{where}: a w:drawing holds one wp:inline or wp:anchor")
            for element in drawing.iter():
                if not isinstance(element.tag, str):
                    continue
                name = etree.QName(element).localname
                order = DRAWING_SEQUENCES.get(element.tag)
                if order is not None:
                    last = -1
                    for child in element:
                        if not isinstance(child.tag, str):
                            continue
                        if child.tag not in order:
                            problems.append(f"{where}: <{etree.QName(child).localname}> is not a child of {name}")
                            continue
                        if order.index(child.tag) < last:
                            problems.append(f"{where}: <{etree.QName(child).localname}> out of {name} order")
                        last = max(last, order.index(child.tag))
                    for required in DRAWING_REQUIRED.get(element.tag, ()):
                        if element.find(required) is None:
                            problems.append(f"{where}: {name} lacks its <{etree.QName(required).localname}>")
                required_attrs, integers = DRAWING_ATTRS.get(element.tag, ((), ()))
                for a in required_attrs:
                    if element.get(a) is None:
                        problems.append(f"{where}: {name} lacks its {a} attribute")
                for a in integers:
                    if element.get(a) is not None and not re.fullmatch(r"\d+", element.get(a)):
                        problems.append(f"{where}: {name} {a}={element.get(a)!r} must be a non-negative integer")
            for doc_pr in drawing.iter(f"{{{WP_NS}}}docPr"):
                ids[doc_pr.get("id", "")] += 1
            for blip in drawing.iter(f"{{{A_NS}}}blip"):
                rid = blip.get(R + "embed")
                rel = rels.get(rid or "")
                if rel is None:
                    problems.append(f"{where}: a:blip r:embed={rid!r} has no relationship")
                    continue
                if rel.type != RT + "image" or rel.external:
                    problems.append(f"{where}: a:blip names a {rel.type.rsplit('/', 1)[-1]} relationship")
                    continue
                target = pkg.resolve(part, rel.target)
                content_type = overrides.get("/" + target, defaults.get(target.rsplit(".", 1)[-1].lower()))
                if content_type not in IMAGE_TYPES:
                    problems.append(f"{where}: the picture's part {target} is {content_type!r}, not PNG or JPEG")
        for value, count in ids.items():
            if count > 1:
                problems.append(f"{part}: drawing id {value} used {count} times")
    return problems


def all_problems(path: Path) -> list[str]:
    pkg = Package.open(path)
    problems = package_problems(pkg)
    for part, root in pkg.wml_parts():
        problems += order_problems(part, root)
        problems += attribute_problems(part, root)
    problems += reference_problems(pkg)
    problems += bookmark_problems(pkg)
    problems += field_problems(pkg)
    problems += id_problems(pkg)
    problems += drawing_problems(pkg)
    return problems


# -- the exports walked -----------------------------------------------------------------

def _python_docx_template(path: Path) -> Path:
    docx.Document().save(str(path))
    return path


TEMPLATES = {"default": None, "french": french_template, "python-docx": _python_docx_template}
# What a template brings in and the writer keeps as it is (it is the organisation's): python-docx's
# template, saved by Word for Mac, has ``<w:zoom w:val="bestFit"/>`` without the required percent,
# which Word itself opens without complaint.
TEMPLATE_FAULTS = {"python-docx": ("word/settings.xml: /w:settings/w:zoom: required attribute percent missing",)}


@pytest.fixture(scope="module", params=sorted(TEMPLATES))
def exported(request: pytest.FixtureRequest, sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's 2024 report exported with each template of ``TEMPLATES``."""
    folder = tmp_path_factory.mktemp(f"ooxml-{request.param}")
    copy = folder / "bilan.mesdesk"
    shutil.copyfile(sample_file, copy)
    make = TEMPLATES[request.param]
    template = make(folder / "modele.docx") if make is not None else None
    with Workspace.open(copy) as ws:
        convention = ws.current_convention()
        assert convention is not None
        report = convention.report_for(2024)
        assert report is not None
        # With both logos (the sample has none): the cover's pictures are walked too.
        organisation = ws.organisation()
        assert organisation is not None and convention.funder is not None
        organisation.logo = png(90, 40)
        convention.funder.logo = JPEG
        add_sample_means(convention)  # generated means: their tables and annex are checked too
        result = export_docx(report, folder / "bilan.docx", template=template)
        assert not [w for w in result.warnings if "omis de la couverture" in w]
        return result.path


def _report(problems: list[str]) -> str:
    shown = problems[:40]
    more = f"\n… and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
    return "\n".join(shown) + more


def test_every_element_follows_its_schema_sequence(exported: Path) -> None:
    pkg = Package.open(exported)
    problems = [p for part, root in pkg.wml_parts() for p in order_problems(part, root)]
    assert not problems, _report(problems)


def test_attributes_are_present_and_well_typed(exported: Path, request: pytest.FixtureRequest) -> None:
    pkg = Package.open(exported)
    problems = [p for part, root in pkg.wml_parts() for p in attribute_problems(part, root)]
    known = TEMPLATE_FAULTS.get(request.node.callspec.params["exported"], ())
    problems = [p for p in problems if p not in known]
    assert not problems, _report(problems)


def test_every_part_has_a_content_type_and_every_relationship_a_target(exported: Path) -> None:
    problems = package_problems(Package.open(exported))
    assert not problems, _report(problems)


def test_every_relationship_id_resolves_in_its_own_part(exported: Path) -> None:
    problems = reference_problems(Package.open(exported))
    assert not problems, _report(problems)


def test_bookmarks_are_paired_and_links_reach_them(exported: Path) -> None:
    problems = bookmark_problems(Package.open(exported))
    assert not problems, _report(problems)


def test_fields_are_balanced(exported: Path) -> None:
    problems = field_problems(Package.open(exported))
    assert not problems, _report(problems)


def test_ids_are_unique_and_references_resolve(exported: Path) -> None:
    problems = id_problems(Package.open(exported))
    assert not problems, _report(problems)


def test_pictures_are_well_formed_drawings(exported: Path) -> None:
    pkg = Package.open(exported)
    assert sum(1 for _ in pkg.xml(pkg.main_part()).iter(W + "drawing")) == 2
    problems = drawing_problems(pkg)
    assert not problems, _report(problems)


def test_the_default_template_itself_is_valid() -> None:
    problems = all_problems(default_template())
    # The template's body is one empty paragraph: no notes, fields or links to check.
    assert not problems, _report(problems)


# -- the checker catches what it is meant to catch -------------------------------------

def _parse(xml: str) -> etree._Element:
    return etree.fromstring(f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{xml}</w:body></w:document>')


@pytest.mark.parametrize(
    "xml",
    [
        '<w:p><w:pPr><w:jc w:val="left"/><w:pStyle w:val="Normal"/></w:pPr></w:p>',
        '<w:p><w:pPr><w:spacing w:after="0"/><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr></w:p>',
        '<w:p><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:p>',
        "<w:p><w:r><w:rPr><w:i/><w:b/></w:rPr></w:r></w:p>",
        "<w:p><w:r><w:t>x</w:t><w:rPr/></w:r></w:p>",
        '<w:p><w:pPr><w:pStyle w:val="A"/><w:pStyle w:val="B"/></w:pPr></w:p>',
        '<w:sectPr><w:pgMar w:top="1" w:right="1" w:bottom="1" w:left="1" w:header="1" w:footer="1" w:gutter="0"/>'
        '<w:pgSz w:w="1" w:h="1"/></w:sectPr>',
        '<w:sectPr><w:titlePg/><w:cols w:space="708"/></w:sectPr>',
        '<w:sectPr><w:pgSz w:w="1" w:h="1"/><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>',
        "<w:sectPr/><w:p/>",
        "<w:tbl><w:tblGrid/><w:tblPr/><w:tr/></w:tbl>",
        '<w:tbl><w:tblPr><w:tblLayout w:type="fixed"/><w:tblW w:w="1" w:type="dxa"/></w:tblPr></w:tbl>',
        '<w:tbl><w:tr><w:tc><w:p/><w:tcPr><w:tcW w:w="1" w:type="dxa"/></w:tcPr></w:tc></w:tr></w:tbl>',
    ],
)
def test_the_order_check_rejects_misordered_children(xml: str) -> None:
    assert order_problems("t", _parse(xml))


@pytest.mark.parametrize(
    "xml",
    [
        '<w:p><w:pPr><w:spacing w:after="12.5"/></w:pPr></w:p>',
        '<w:p><w:pPr><w:jc w:val="justify"/></w:pPr></w:p>',
        '<w:p><w:pPr><w:tabs><w:tab w:val="right"/></w:tabs></w:pPr></w:p>',
        '<w:sectPr><w:pgMar w:top="1" w:right="1" w:bottom="1" w:left="1"/></w:sectPr>',
        '<w:p><w:r><w:fldChar w:fldCharType="start"/></w:r></w:p>',
    ],
)
def test_the_attribute_check_rejects_bad_values(xml: str) -> None:
    assert attribute_problems("t", _parse(xml))


def test_the_drawing_check_catches_misordered_and_dangling_pictures(tmp_path: Path) -> None:
    inline = (
        f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:pic="{PIC_NS}">'
        '<wp:docPr id="1" name="a"/><wp:extent cx="10" cy="10.5"/>'
        f'<a:graphic><a:graphicData uri="{PIC_NS}"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="x"/>'
        '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill><pic:spPr/>'
        '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    )
    pkg = Package(tmp_path / "x.docx", {
        "word/document.xml": etree.tostring(_parse(inline + inline)),
        "[Content_Types].xml": f'<Types xmlns="{CT_NS}"/>'.encode(),
    })
    problems = drawing_problems(pkg)
    assert any("out of inline order" in p for p in problems)
    assert any("must be a non-negative integer" in p for p in problems)
    assert any("has no relationship" in p for p in problems)
    assert any("drawing id 1 used 2 times" in p for p in problems)


def test_the_field_and_bookmark_checks_catch_imbalance(tmp_path: Path) -> None:
    body = (
        '<w:p><w:bookmarkStart w:id="1" w:name="a"/><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>'
        '<w:p><w:hyperlink w:anchor="b"><w:r><w:t>x</w:t></w:r></w:hyperlink></w:p>'
    )
    pkg = Package(tmp_path / "x.docx", {"word/document.xml": etree.tostring(_parse(body))})
    assert any("never end" in p for p in field_problems(pkg))
    bookmarks = bookmark_problems(pkg)
    assert any("never ends" in p for p in bookmarks) and any("missing bookmark" in p for p in bookmarks)
