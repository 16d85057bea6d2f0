# Fills @PLUMB_VERSION@ in a man page: IN, OUT, VERSION.
set(PLUMB_VERSION ${VERSION})
configure_file(${IN} ${OUT} @ONLY)
