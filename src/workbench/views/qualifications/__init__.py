"""The Qualifications page's editors and dialogs: types, tests, scores and requests."""
