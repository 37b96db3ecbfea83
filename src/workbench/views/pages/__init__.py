"""The pages of the main window, one per side-bar entry."""
