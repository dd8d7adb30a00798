"""The desktop application (PySide6). Nothing outside this package imports Qt."""

from mesdesk.gui import _refcount_shim

_refcount_shim.apply()
