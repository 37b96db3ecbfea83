import workbench.marketplace.local.invitations
import workbench.marketplace.local.replays
import workbench.marketplace.prolific.participants  # noqa: F401
from workbench.marketplace.local.schema import MarketBase
from workbench.sql.migrate import run_migrations_in_env

run_migrations_in_env(MarketBase.metadata)
