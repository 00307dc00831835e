"""The desktop face of Casefile (PySide6): the only package that imports Qt.

`casefile.ui.app.run()` starts it. Widgets show frozen rows from `casefile.store.rows` and call
`casefile.services` through `casefile.ui.tasks`, never the ORM.
"""
