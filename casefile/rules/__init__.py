"""Pure, data-driven legal logic: working-day calendars, deadlines, criminal thresholds and the
transfer tracker. Imports nothing but domain types and its data files under resources/rules/;
every result names its source and explains itself."""
