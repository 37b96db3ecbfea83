from workbench.sql.migrate import run_migrations_in_env
from workbench.store.schema import Base

run_migrations_in_env(Base.metadata)
