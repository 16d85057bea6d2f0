file(REMOVE_RECURSE
  "libplumb_io.a"
)
