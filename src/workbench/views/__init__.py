"""Qt widgets, dialogs and windows: what a person sees and clicks."""
