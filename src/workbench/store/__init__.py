"""The requester's side of the data: SQLAlchemy tables, opening and migrating a store."""
