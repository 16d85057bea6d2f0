# Empty compiler generated dependencies file for plumb_io.
# This may be replaced when dependencies are built.
