"""Translation tests: the pseudo-localisation fixture."""

from tests.i18n.helpers import pseudo  # noqa: F401 - a fixture
