"""What the organiser prints besides badges: the floor map with its company index, booth signs.

Plain dataclasses read in one short read transaction each; `fairdesk.render` draws them."""
