"""Facts of the micro-task domain shared by every layer: money, fees, ids, time, statuses."""
