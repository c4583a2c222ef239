"""Package data: vis-network 9.1.2 (dual MIT / Apache-2.0, licence texts alongside) and the
diagram section's own script and styles, served by the app or inlined into standalone files."""
