"""SQL plumbing shared by the store and the local marketplace: engines, types, migrations."""
