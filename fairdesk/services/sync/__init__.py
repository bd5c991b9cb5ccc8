"""Station packs (organiser → station), bundles (station → organiser) and their merge: one fair
on many laptops with no network. The merge rules are the ones the LAN hub will apply to the
same change log (`store.seam`): one engine, two transports."""
