file(REMOVE_RECURSE
  "libplumb_core.a"
)
