"""The desktop application (PySide6). Nothing outside this package imports Qt."""
