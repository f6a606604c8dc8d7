"""Use cases on an open vault, shared by the command line and the GUI (no Qt here).

This package module imports nothing on purpose: the GUI may import the light modules
``services.changes`` and ``services.person_index`` (view-models) without pulling in the
store and the vault, which import-linter forbids for ``ui``. Import the facade from
``services.workspace`` (``Workspace``), the services from ``services.persons`` and
``services.users``, the report from ``services.check`` and the errors of opening a
vault from ``services.errors``, ``sspf_desk.store.errors`` and ``sspf_desk.vault``.
"""
