"""Drawing with QtGui: badges, their PDF/PNG output, the bundled fonts and the PDF text layer.

`services` holds no Qt (CONVENTIONS.md); the CLI and the screens call these beside the services
that choose what to draw (`services.badges`).
"""
