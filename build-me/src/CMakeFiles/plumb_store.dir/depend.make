# Empty dependencies file for plumb_store.
# This may be replaced when dependencies are built.
