"""The Workers page's dialogs: a message to workers, and one worker's history."""
