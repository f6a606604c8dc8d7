"""The young person's record: one window with tabs for details, guardians, consents, cases."""
