# Empty dependencies file for plumb_services.
# This may be replaced when dependencies are built.
