"""`python -m casefile.ui.forms`: regenerate every casefile/ui/forms/*_ui.py from forms/*.ui."""

from casefile.ui.forms import compile_all

for path in compile_all():
    print(path)
