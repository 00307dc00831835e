"""Dialogs, one module per dialog, each composing its compiled form from `casefile.ui.forms`."""
