"""Keys, key slots and signatures: pure functions over bytes and files.

Nothing here touches the database or Qt, so every other layer can use it and
it can be tested on its own. Import the submodules directly
(``from casekeeper.crypto import keyslots``); this package re-exports
nothing so that importing one piece never pays for the others.
"""
