"""The floor: halls, booths and which company stands where (the organiser's floor plan)."""
