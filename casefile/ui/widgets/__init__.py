"""Reusable widgets, one module per widget, each composing its compiled form when it has one."""
