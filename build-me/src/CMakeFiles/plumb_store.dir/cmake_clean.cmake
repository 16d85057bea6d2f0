file(REMOVE_RECURSE
  "CMakeFiles/plumb_store.dir/store/clock_ids.cpp.o"
  "CMakeFiles/plumb_store.dir/store/clock_ids.cpp.o.d"
  "libplumb_store.a"
  "libplumb_store.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/plumb_store.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
