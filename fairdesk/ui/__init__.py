"""The Qt user interface: main window, station screens, dialogs, models and the task runner.

Nothing outside `fairdesk.ui` (except the composition root `fairdesk.app`) imports from here, and
nothing in here touches the ORM: screens call services.
"""
