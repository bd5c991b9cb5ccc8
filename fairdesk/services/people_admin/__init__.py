"""The organiser's Students and Companies tools: list, search, edit, delete with undo.

`students` (attendees), `companies` and `positions` own their transactions; `deleted` is the
undo token a deletion hands back and how it is restored; `forms` checks what the organiser
typed with the import's own rules.
"""
