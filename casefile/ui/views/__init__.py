"""The window's views besides the case list: each a page of the window's view stack."""
