"""Qt item models over frozen rows (checked with pytest-qt's `qtmodeltester`)."""
