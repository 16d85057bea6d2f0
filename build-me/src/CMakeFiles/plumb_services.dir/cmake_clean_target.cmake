file(REMOVE_RECURSE
  "libplumb_services.a"
)
