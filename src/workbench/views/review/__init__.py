"""The Review page's parts: the side-by-side grid, dialogs, bulk rules and the task page."""
