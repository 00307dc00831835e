"""Only what pyproject.toml cannot say: `resources/` (fonts, rule files) stays at the top of the
repository, where DESIGN.md puts it, and ships inside the package as `casefile/resources`, so a
plain `pip install .` finds it (casefile.paths)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["casefile", "casefile.*"]), "casefile.resources"],
    package_dir={"casefile.resources": "resources"},
    package_data={
        "casefile.resources": ["**/*"],
        # Alembic reads the versions by path: a folder of scripts, not a package.
        "casefile.store.migrations": ["script.py.mako", "versions/*.py"],
    },
)
