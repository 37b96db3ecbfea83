import workbench.marketplace.local.invitations  # noqa: F401  (its tables join the metadata)
from workbench.marketplace.local.schema import MarketBase
from workbench.sql.migrate import run_migrations_in_env

run_migrations_in_env(MarketBase.metadata)
