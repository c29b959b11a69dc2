"""Pure domain logic: normalisation, taxonomy, scoring and explanations. No Qt, no SQL."""
