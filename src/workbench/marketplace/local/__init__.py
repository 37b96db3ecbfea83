"""The local marketplace: MTurk's Requester operations and semantics kept in SQL."""
