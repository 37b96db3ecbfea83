"""File and wire formats of the micro-task world: templates, question and answer XML, MTurk CSV."""
