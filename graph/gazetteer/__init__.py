"""The actor gazetteer: people and their offices over time, countries, organisations, metonyms."""
from .offices import Gazetteer, load_gazetteer
from .tables import Country, Metonym, Organization, Person, Role, RoleWord

__all__ = ["Country", "Gazetteer", "Metonym", "Organization", "Person", "Role", "RoleWord", "load_gazetteer"]
