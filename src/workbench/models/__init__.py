"""Qt item models over the store: ids in memory, rows fetched lazily, sorted in SQL."""
