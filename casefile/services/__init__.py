"""Use cases: each opens one session and one transaction on the archive and returns frozen rows.

The UI and the command line call these; nothing here knows about screens.
"""
