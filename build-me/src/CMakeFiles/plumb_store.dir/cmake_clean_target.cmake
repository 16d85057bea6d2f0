file(REMOVE_RECURSE
  "libplumb_store.a"
)
