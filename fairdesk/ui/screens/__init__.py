"""One module per station screen; each is built with the services it needs."""
