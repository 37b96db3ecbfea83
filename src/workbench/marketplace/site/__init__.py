"""The worker site of the local marketplace: invited workers do HITs in their browsers."""
