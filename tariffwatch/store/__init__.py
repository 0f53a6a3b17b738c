"""The SQLite store: the one place every stage reads and writes.

crawler -> store (documents, versions, runs) -> nlp -> store (changes) -> digest.
"""

from tariffwatch.store.db import Store, open_store
from tariffwatch.store.records import DocumentRecord, SaveOutcome

__all__ = ["Store", "open_store", "DocumentRecord", "SaveOutcome"]
