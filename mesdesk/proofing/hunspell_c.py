"""Hunspell through its C interface, so that loading a dictionary lets other threads run.

chunspell's ``Hunspell(...)`` builds the dictionary (a third of a second for French)
while holding the GIL: a "background" load then stops the window as surely as a load
in the GUI thread, and keys typed meanwhile wait. ``ctypes`` releases the GIL around
every foreign call, so the same library, called through ``Hunspell_create``, loads
while the window goes on.

The library is the one inside chunspell's wheel, already loaded with its extension:
found by its name where the platform resolves it (Linux: ``libhunspell-1.7.so.0``,
also in the frozen bundle), else beside the extension. ``load`` returns None where
it is not to be had (a wheel linking Hunspell statically); the caller then uses
chunspell's class, which checks the same words.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_LIB_NAMES = ("libhunspell-1.7.so.0", "libhunspell-1.7.0.dylib", "libhunspell-1.7-0.dll", "hunspell-1.7-0.dll")

_lib: ctypes.CDLL | None = None


def _library() -> ctypes.CDLL | None:
    global _lib
    if _lib is not None:
        return _lib
    try:
        import hunspell  # chunspell: importing it loads its copy of the library
    except ImportError:
        return None
    package = Path(hunspell.__file__).parent
    candidates = [*_LIB_NAMES]
    for pattern in ("libhunspell*", ".dylibs/libhunspell*", "../chunspell.libs/*hunspell*", "*hunspell*.dll"):
        candidates += [str(p) for p in sorted(package.glob(pattern)) if p.suffix != ".pyd"]
    for name in candidates:
        try:
            lib = ctypes.CDLL(name)
            create = lib.Hunspell_create
        except (OSError, AttributeError):
            continue
        create.restype = ctypes.c_void_p
        create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.Hunspell_destroy.argtypes = [ctypes.c_void_p]
        lib.Hunspell_spell.restype = ctypes.c_int
        lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.Hunspell_suggest.restype = ctypes.c_int
        lib.Hunspell_suggest.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                         ctypes.c_char_p]
        lib.Hunspell_free_list.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                           ctypes.c_int]
        lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
        lib.Hunspell_get_dic_encoding.argtypes = [ctypes.c_void_p]
        _lib = lib
        return lib
    log.info("Hunspell's C interface not found beside chunspell: dictionaries load holding the GIL")
    return None


class CHunspell:
    """The two calls MES Desk makes of Hunspell: ``spell`` and ``suggest``."""

    def __init__(self, lib: ctypes.CDLL, handle: int) -> None:
        self._lib = lib
        self._handle = ctypes.c_void_p(handle)
        encoding = (lib.Hunspell_get_dic_encoding(self._handle) or b"UTF-8").decode("ascii", "replace")
        # Hunspell names ISO-8859-1 « ISO8859-1 », which Python does not know.
        self.encoding = "iso-8859-1" if encoding.upper().replace("-", "") == "ISO88591" else encoding

    def spell(self, word: str) -> bool:
        return bool(self._lib.Hunspell_spell(self._handle, word.encode(self.encoding)))

    def suggest(self, word: str) -> tuple[str, ...]:
        found = ctypes.POINTER(ctypes.c_char_p)()
        count = self._lib.Hunspell_suggest(self._handle, ctypes.byref(found), word.encode(self.encoding))
        try:
            return tuple(found[i].decode(self.encoding, "replace") for i in range(count))
        finally:
            if count > 0:
                self._lib.Hunspell_free_list(self._handle, ctypes.byref(found), count)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None and handle.value and not sys.is_finalizing():
            self._lib.Hunspell_destroy(handle)
            handle.value = None


def load(aff: Path, dic: Path) -> CHunspell | None:
    """The dictionary ``aff``/``dic`` loaded without holding the GIL, or None (see above)."""
    lib = _library()
    if lib is None:
        return None
    encoding = sys.getfilesystemencoding()
    handle = lib.Hunspell_create(str(aff).encode(encoding), str(dic).encode(encoding))
    if not handle:
        raise MemoryError("Hunspell_create")
    return CHunspell(lib, handle)
