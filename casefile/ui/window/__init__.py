"""The main window's parts, each with one job: the case list and its filters (`case_list`), the
menu and toolbar actions on the case shown (`case_actions`), the flagged-cases list
(`flagged`), the History tab's reads (`case_history`), the About box (`about`) and the window's
remembered size (`window_geometry`). `ui/main_window.py` is the frame that holds them."""
