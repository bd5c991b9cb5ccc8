"""The company booth station: PIN lock, scan bar, card, interview form and list, webcam."""
