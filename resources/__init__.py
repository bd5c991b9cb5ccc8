"""FairDesk's shipped files: fonts/, i18n/ (compiled .qm catalogues), sounds/.

This folder stays at the repository top level and is installed as the package
`fairdesk.resources` (pyproject's package-dir), so `importlib.resources` finds it in an editable
checkout and in an installed wheel alike; `fairdesk.resource_files` is the one lookup.
"""
